package org.dlf.chapters.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dlf.engine.Activation;
import org.dlf.engine.ConfigException;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Dataset;
import org.dlf.engine.Loss;
import org.dlf.engine.Network;
import org.dlf.engine.Trainer;
import org.dlf.engine.TrainingConfig;

/**
 * What a learner chooses for an MLP run, as one validated value: made only by {@link Builder#build}, which
 * checks every value against the engine's limits (the engine's {@link TrainingConfig} rules: one rule for the
 * learning rate and every other number) and against the data it will train on, and refuses bad values with
 * {@link ConfigException}, whose violations the widget translates. The settings build their own network and
 * {@link Trainer}. {@code epochBudget} is the most epochs one press of Play may train.
 */
public final class MlpSettings {

    /** How the weights start: seeded random (Glorot), or all equal (the symmetry demonstration). */
    public enum Start {
        RANDOM,
        EQUAL
    }

    public static final long MAX_SEED = 999_999;
    public static final int DEFAULT_EPOCH_BUDGET = 5000;
    /** Every weight of the equal start; biases start at 0. */
    public static final double EQUAL_WEIGHT = 0.5;

    /** The hidden-layer activations the trainer offers. */
    public static final List<Activation> ACTIVATIONS =
            List.of(Activation.TANH, Activation.SIGMOID, Activation.RELU, Activation.LINEAR);

    private static final MlpSettings DEFAULTS = new MlpSettings(new Builder());

    private final int hiddenLayers;
    private final int neuronsPerLayer;
    private final Activation activation;
    private final double learningRate;
    private final int batchSize;
    private final double noise;
    private final double testFraction;
    private final long seed;
    private final int epochBudget;
    private final Start start;

    private MlpSettings(Builder b) {
        hiddenLayers = b.hiddenLayers;
        neuronsPerLayer = b.neuronsPerLayer;
        activation = b.activation;
        learningRate = b.learningRate;
        batchSize = b.batchSize;
        noise = b.noise;
        testFraction = b.testFraction;
        seed = b.seed;
        epochBudget = b.epochBudget;
        start = b.start;
    }

    /** The chapter's starting point: XOR with one hidden layer of 4 tanh neurons, η = 0.5, full batches. */
    public static MlpSettings defaults() {
        return DEFAULTS;
    }

    /** A builder holding these settings, to change some of them. */
    public Builder edit() {
        return new Builder(this);
    }

    public int hiddenLayers() {
        return hiddenLayers;
    }

    public int neuronsPerLayer() {
        return neuronsPerLayer;
    }

    public Activation activation() {
        return activation;
    }

    public double learningRate() {
        return learningRate;
    }

    public int batchSize() {
        return batchSize;
    }

    public double noise() {
        return noise;
    }

    public double testFraction() {
        return testFraction;
    }

    public long seed() {
        return seed;
    }

    public int epochBudget() {
        return epochBudget;
    }

    public Start start() {
        return start;
    }

    public int hiddenNeurons() {
        return hiddenLayers * neuronsPerLayer;
    }

    /** A fresh network: 2 inputs, the hidden layers, one sigmoid output; weights as {@link #start()} says. */
    public Network network() {
        Network.Builder b = Network.builder(2);
        for (int l = 0; l < hiddenLayers; l++) {
            b.layer(neuronsPerLayer, activation);
        }
        Network n = b.layer(1, Activation.SIGMOID).build();
        if (start == Start.RANDOM) {
            return n.initialize(seed);
        }
        for (int l = 0; l < n.layerCount(); l++) {
            double[] w = new double[n.layer(l).inputs() * n.layer(l).size()];
            java.util.Arrays.fill(w, EQUAL_WEIGHT);
            n.setWeights(l, w);
        }
        return n;
    }

    /** A mini-batch trainer of a fresh {@link #network()} on this data (binary cross-entropy; test may be null). */
    public Trainer trainer(Dataset train, Dataset test) {
        return new Trainer(network(), train, test, Loss.BINARY_CROSS_ENTROPY, learningRate, batchSize, seed);
    }

    /** The engine's config; without a test split ({@code split} false) every point trains. */
    private TrainingConfig config(int datasetSize, boolean split) {
        return new TrainingConfig(
                hiddenLayers,
                neuronsPerLayer,
                activation,
                datasetSize,
                noise,
                split ? testFraction : 0,
                epochBudget,
                batchSize,
                learningRate,
                seed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlpSettings s
                && s.hiddenLayers == hiddenLayers
                && s.neuronsPerLayer == neuronsPerLayer
                && s.activation == activation
                && Double.compare(s.learningRate, learningRate) == 0
                && s.batchSize == batchSize
                && Double.compare(s.noise, noise) == 0
                && Double.compare(s.testFraction, testFraction) == 0
                && s.seed == seed
                && s.epochBudget == epochBudget
                && s.start == start;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                hiddenLayers,
                neuronsPerLayer,
                activation,
                learningRate,
                batchSize,
                noise,
                testFraction,
                seed,
                epochBudget,
                start);
    }

    @Override
    public String toString() {
        return hiddenLayers + "×" + neuronsPerLayer + " " + activation + ", η " + learningRate + ", batch " + batchSize
                + ", noise " + noise + ", test " + testFraction + ", seed " + seed + ", " + epochBudget + " epochs, "
                + start;
    }

    /** Settings being put together; every setter takes any value, {@link #build} judges them all. */
    public static final class Builder {
        private int hiddenLayers = 1;
        private int neuronsPerLayer = 4;
        private Activation activation = Activation.TANH;
        private double learningRate = 0.5;
        private int batchSize = 4;
        private double noise = 0;
        private double testFraction = 0.2;
        private long seed = 1;
        private int epochBudget = DEFAULT_EPOCH_BUDGET;
        private Start start = Start.RANDOM;

        private Builder() {}

        private Builder(MlpSettings s) {
            hiddenLayers = s.hiddenLayers;
            neuronsPerLayer = s.neuronsPerLayer;
            activation = s.activation;
            learningRate = s.learningRate;
            batchSize = s.batchSize;
            noise = s.noise;
            testFraction = s.testFraction;
            seed = s.seed;
            epochBudget = s.epochBudget;
            start = s.start;
        }

        public Builder hiddenLayers(int value) {
            hiddenLayers = value;
            return this;
        }

        public Builder neuronsPerLayer(int value) {
            neuronsPerLayer = value;
            return this;
        }

        public Builder activation(Activation value) {
            activation = value;
            return this;
        }

        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder noise(double value) {
            noise = value;
            return this;
        }

        public Builder testFraction(double value) {
            testFraction = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder epochBudget(int value) {
            epochBudget = value;
            return this;
        }

        public Builder start(Start value) {
            start = value;
            return this;
        }

        /**
         * The settings, if every value is valid for training on {@code data} (its size, and the training part
         * of it after the test split); otherwise {@link ConfigException} with every violation, field names as
         * the engine's.
         */
        public MlpSettings build(MlpData data) {
            List<ConfigViolation> v = violations(data.dataset().size(), data.allowsTestSplit());
            if (!v.isEmpty()) {
                throw new ConfigException(v);
            }
            return new MlpSettings(this);
        }

        /** Without any check: for tests that need what the form refuses (e.g. η = 10²⁰⁰ to make it diverge). */
        MlpSettings buildUnchecked() {
            return new MlpSettings(this);
        }

        private List<ConfigViolation> violations(int datasetSize, boolean split) {
            List<ConfigViolation> v = new ArrayList<>();
            if (start == null) {
                v.add(new ConfigViolation("start", "config.required"));
            }
            if (seed < 0 || seed > MAX_SEED) {
                v.add(new ConfigViolation("seed", "config.range", 0, MAX_SEED, seed));
            }
            try {
                // the engine's rules, the batch against the training part of the split included
                v.addAll(new MlpSettings(this).config(datasetSize, split).validate());
            } catch (ConfigException e) {
                v.addAll(e.violations());
            }
            return v;
        }
    }
}
