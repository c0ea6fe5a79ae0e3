package org.dlf.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user may choose for an MLP run, validated against {@link Limits}. The network has
 * 2 inputs, {@code hiddenLayers} × {@code neuronsPerLayer} hidden neurons with
 * {@code hiddenActivation}, and one sigmoid output trained with binary cross-entropy.
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
        if (batchSize < Limits.MIN_BATCH_SIZE) {
            v.add(new ConfigViolation("batchSize", "config.range", Limits.MIN_BATCH_SIZE, datasetSize, batchSize));
        } else if (batchSize > datasetSize) {
            v.add(new ConfigViolation("batchSize", "config.batchSize.exceedsDataset", batchSize, datasetSize));
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

    /** Cost of a run ≈ parameters × training samples × epochs (one forward + backward each). */
    public long estimatedCost() {
        long train = Math.max(1, datasetSize - Math.round(datasetSize * testFraction));
        return (long) parameterCount() * train * Math.max(0, epochs);
    }

    /** Builds the (seeded) network this config describes. */
    public Network buildNetwork() {
        Network.Builder b = Network.builder(2);
        for (int l = 0; l < hiddenLayers; l++) b.layer(neuronsPerLayer, hiddenActivation);
        return b.layer(1, Activation.SIGMOID).build().initialize(seed);
    }

    private static void range(List<ConfigViolation> v, String field, int value, int min, int max) {
        if (value < min || value > max) v.add(new ConfigViolation(field, "config.range", min, max, value));
    }

    private static void range(List<ConfigViolation> v, String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) v.add(new ConfigViolation(field, "config.range", min, max, value));
    }
}
