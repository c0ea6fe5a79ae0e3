package org.dlf.chapters.perceptron;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dlf.engine.Activation;
import org.dlf.engine.ConfigException;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Dataset;
import org.dlf.engine.Perceptron;
import org.dlf.engine.PerceptronTrainer;

/**
 * What a learner chooses for the perceptron, as one validated value: the learning rate η, the start (all
 * zero, or random from a seed) and the chapter's stopping rules (ε on an epoch's mean error |d − y| and ε on
 * its total weight change, NaN = rule off, each needing {@code consecutive} epochs in a row; at most
 * {@code maxEpochs} epochs). Made only by {@link Builder#build}, which refuses a bad value with
 * {@link ConfigException}: each violation's key is the message the widget shows. Builds its own trainer.
 */
public final class PerceptronSettings {

    public static final double MIN_LEARNING_RATE = 0.001;
    public static final double MAX_LEARNING_RATE = 1;
    public static final long MAX_SEED = 999_999;
    static final double MAX_ERROR_EPSILON = 2;
    static final double MAX_WEIGHT_EPSILON = 10;
    static final int MAX_CONSECUTIVE = 100;
    static final int MAX_EPOCHS = 1000;

    private static final PerceptronSettings DEFAULTS = new PerceptronSettings(new Builder());

    private final double learningRate;
    private final boolean randomStart;
    private final long seed;
    private final double errorEpsilon;
    private final double weightEpsilon;
    private final int consecutive;
    private final int maxEpochs;

    private PerceptronSettings(Builder b) {
        learningRate = b.learningRate;
        randomStart = b.randomStart;
        seed = b.seed;
        errorEpsilon = b.errorEpsilon;
        weightEpsilon = b.weightEpsilon;
        consecutive = b.consecutive;
        maxEpochs = b.maxEpochs;
    }

    /** The chapter's example: η = 0.5 from zero weights, stop after an error-free epoch, at most 100 epochs. */
    public static PerceptronSettings defaults() {
        return DEFAULTS;
    }

    public Builder edit() {
        return new Builder(this);
    }

    public double learningRate() {
        return learningRate;
    }

    public boolean randomStart() {
        return randomStart;
    }

    public long seed() {
        return seed;
    }

    public double errorEpsilon() {
        return errorEpsilon;
    }

    public double weightEpsilon() {
        return weightEpsilon;
    }

    public int consecutive() {
        return consecutive;
    }

    public int maxEpochs() {
        return maxEpochs;
    }

    /** An online trainer (one sample at a time, the chapter's rule) of a fresh perceptron on these points. */
    PerceptronTrainer trainer(Dataset points) {
        Perceptron p = new Perceptron(2, Activation.SIGN, learningRate);
        if (randomStart) {
            p.randomWeights(seed);
        }
        return new PerceptronTrainer(p, points, PerceptronTrainer.Mode.ONLINE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PerceptronSettings s
                && Double.compare(s.learningRate, learningRate) == 0
                && s.randomStart == randomStart
                && s.seed == seed
                && Double.compare(s.errorEpsilon, errorEpsilon) == 0
                && Double.compare(s.weightEpsilon, weightEpsilon) == 0
                && s.consecutive == consecutive
                && s.maxEpochs == maxEpochs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, randomStart, seed, errorEpsilon, weightEpsilon, consecutive, maxEpochs);
    }

    /** Settings being put together; {@link #build} judges them. */
    public static final class Builder {
        private double learningRate = 0.5;
        private boolean randomStart;
        private long seed = 1;
        private double errorEpsilon = 0.001;
        private double weightEpsilon = Double.NaN;
        private int consecutive = 1;
        private int maxEpochs = 100;

        private Builder() {}

        private Builder(PerceptronSettings s) {
            learningRate = s.learningRate;
            randomStart = s.randomStart;
            seed = s.seed;
            errorEpsilon = s.errorEpsilon;
            weightEpsilon = s.weightEpsilon;
            consecutive = s.consecutive;
            maxEpochs = s.maxEpochs;
        }

        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        public Builder start(boolean random, long seedValue) {
            randomStart = random;
            seed = seedValue;
            return this;
        }

        /** The stopping rules; NaN switches an ε rule off. */
        public Builder stopping(double errorEps, double weightEps, int k, int m) {
            errorEpsilon = errorEps;
            weightEpsilon = weightEps;
            consecutive = k;
            maxEpochs = m;
            return this;
        }

        /** The settings, or {@link ConfigException} naming every bad value (keys are the widget's messages). */
        public PerceptronSettings build() {
            List<ConfigViolation> v = new ArrayList<>();
            if (!(learningRate >= MIN_LEARNING_RATE && learningRate <= MAX_LEARNING_RATE)) {
                v.add(new ConfigViolation("learningRate", "perceptron.error.learning-rate"));
            }
            if (seed < 0 || seed > MAX_SEED) {
                v.add(new ConfigViolation("seed", "perceptron.error.seed"));
            }
            if (!Double.isNaN(errorEpsilon) && !(errorEpsilon >= 0 && errorEpsilon <= MAX_ERROR_EPSILON)) {
                v.add(new ConfigViolation("errorEpsilon", "perceptron.error.error-epsilon"));
            }
            if (!Double.isNaN(weightEpsilon) && !(weightEpsilon >= 0 && weightEpsilon <= MAX_WEIGHT_EPSILON)) {
                v.add(new ConfigViolation("weightEpsilon", "perceptron.error.weight-epsilon"));
            }
            if (consecutive < 1 || consecutive > MAX_CONSECUTIVE) {
                v.add(new ConfigViolation("consecutive", "perceptron.error.consecutive"));
            }
            if (maxEpochs < 1 || maxEpochs > MAX_EPOCHS) {
                v.add(new ConfigViolation("maxEpochs", "perceptron.error.max-epochs"));
            }
            if (!v.isEmpty()) {
                throw new ConfigException(v);
            }
            return new PerceptronSettings(this);
        }
    }
}
