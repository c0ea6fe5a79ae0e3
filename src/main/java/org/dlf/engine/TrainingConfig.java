package org.dlf.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user may choose for an MLP run, validated against {@link Limits}. The network has
 * 2 inputs, {@code hiddenLayers} × {@code neuronsPerLayer} hidden neurons with
 * {@code hiddenActivation}, and one sigmoid output trained with binary cross-entropy. A config that
 * validates builds its {@link #trainer(Dataset) Trainer}: the validation is complete (the batch is
 * checked against the training part of the split, not the whole dataset).
 */
public record TrainingConfig(
        int hiddenLayers,
        int neuronsPerLayer,
        Activation hiddenActivation,
        int datasetSize,
        double noise,
        double testFraction,
        int epochs,
        int batchSize,
        double learningRate,
        long seed) {

    /** Every violation (empty when valid). */
    public List<ConfigViolation> validate() {
        List<ConfigViolation> v = new ArrayList<>();
        range(v, "hiddenLayers", hiddenLayers, Limits.MIN_HIDDEN_LAYERS, Limits.MAX_HIDDEN_LAYERS);
        range(v, "neuronsPerLayer", neuronsPerLayer, Limits.MIN_NEURONS_PER_LAYER, Limits.MAX_NEURONS_PER_LAYER);
        range(v, "datasetSize", datasetSize, Limits.MIN_DATASET_SIZE, Limits.MAX_DATASET_SIZE);
        range(v, "epochs", epochs, Limits.MIN_EPOCHS, Limits.MAX_EPOCHS);
        // the batch is bounded by the training part of the split once both are known
        boolean splitKnown = datasetSize >= Limits.MIN_DATASET_SIZE
                && datasetSize <= Limits.MAX_DATASET_SIZE
                && testFraction >= Limits.MIN_TEST_FRACTION
                && testFraction <= Limits.MAX_TEST_FRACTION;
        int maxBatch = splitKnown ? trainingSize() : Limits.MAX_DATASET_SIZE;
        if (batchSize < Limits.MIN_BATCH_SIZE || (!splitKnown && batchSize > maxBatch)) {
            v.add(new ConfigViolation("batchSize", "config.range", Limits.MIN_BATCH_SIZE, maxBatch, batchSize));
        } else if (batchSize > maxBatch) {
            v.add(new ConfigViolation("batchSize", "config.batchSize.exceedsDataset", batchSize, maxBatch));
        }
        range(v, "learningRate", learningRate, Limits.MIN_LEARNING_RATE, Limits.MAX_LEARNING_RATE);
        range(v, "noise", noise, Limits.MIN_NOISE, Limits.MAX_NOISE);
        range(v, "testFraction", testFraction, Limits.MIN_TEST_FRACTION, Limits.MAX_TEST_FRACTION);
        if (hiddenActivation == null) {
            v.add(new ConfigViolation("hiddenActivation", "config.required"));
        } else if (!hiddenActivation.isDifferentiable()) {
            v.add(new ConfigViolation("hiddenActivation", "config.activation.notDifferentiable", hiddenActivation));
        }
        if (v.isEmpty() && estimatedCost() > Limits.MAX_COST) {
            v.add(new ConfigViolation("epochs", "config.cost.tooHigh", estimatedCost(), Limits.MAX_COST));
        }
        return v;
    }

    /** This config, or a {@link ConfigException} listing every violation. */
    public TrainingConfig validated() {
        List<ConfigViolation> v = validate();
        if (!v.isEmpty()) throw new ConfigException(v);
        return this;
    }

    /** Trainable parameters of the network this config builds. */
    public int parameterCount() {
        int params = 0, in = 2;
        for (int l = 0; l < hiddenLayers; l++) {
            params += (in + 1) * neuronsPerLayer;
            in = neuronsPerLayer;
        }
        return params + in + 1;
    }

    /**
     * Points in the training part of {@link Dataset#split the split}: {@code datasetSize} minus
     * round({@code datasetSize × testFraction}), and at least 1.
     */
    public int trainingSize() {
        long test = Math.min(Math.round(datasetSize * testFraction), datasetSize - 1L);
        return (int) Math.max(1, datasetSize - test);
    }

    /** Cost of a run ≈ parameters × training samples × epochs (one forward + backward each). */
    public long estimatedCost() {
        return (long) parameterCount() * trainingSize() * Math.max(0, epochs);
    }

    /** Builds the (seeded) network this config describes. */
    public Network buildNetwork() {
        Network.Builder b = Network.builder(2);
        for (int l = 0; l < hiddenLayers; l++) b.layer(neuronsPerLayer, hiddenActivation);
        return b.layer(1, Activation.SIGMOID).build().initialize(seed);
    }

    /**
     * The run this config describes on {@code data} ({@code datasetSize} points labelled 0/1): the seeded
     * split (no test set when {@code testFraction} is 0), the seeded network and a {@link Trainer} with
     * binary cross-entropy. Throws a {@link ConfigException} if the config does not validate.
     */
    public Trainer trainer(Dataset data) {
        validated();
        if (data.size() != datasetSize) {
            throw new IllegalArgumentException(
                    "the config is for " + datasetSize + " points; the dataset has " + data.size());
        }
        if (data.labelStyle() != LabelStyle.ZERO_ONE) {
            throw new IllegalArgumentException(
                    "binary cross-entropy needs 0/1 labels; the dataset has " + data.labelStyle());
        }
        Dataset train = data, test = null;
        if (testFraction > 0) {
            Dataset.Split split = data.split(testFraction, seed);
            train = split.train();
            test = split.test();
        }
        return new Trainer(buildNetwork(), train, test, Loss.BINARY_CROSS_ENTROPY, learningRate, batchSize, seed);
    }

    private static void range(List<ConfigViolation> v, String field, int value, int min, int max) {
        if (value < min || value > max) v.add(new ConfigViolation(field, "config.range", min, max, value));
    }

    private static void range(List<ConfigViolation> v, String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) v.add(new ConfigViolation(field, "config.range", min, max, value));
    }
}
