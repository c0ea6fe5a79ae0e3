package org.dlf.chapters.mlp;

import java.util.List;
import org.dlf.engine.Activation;
import org.dlf.engine.TrainingConfig;

/**
 * What a learner chooses for an MLP run. {@code epochBudget} is the most epochs one press of Run may train
 * (with the executor's time budget, the server-side bound of a run); it also feeds the engine's cost estimate.
 */
public record MlpSettings(
        int hiddenLayers,
        int neuronsPerLayer,
        Activation activation,
        double learningRate,
        int batchSize,
        double noise,
        double testFraction,
        long seed,
        int epochBudget) {

    public static final long MAX_SEED = 999_999;
    public static final int DEFAULT_EPOCH_BUDGET = 5000;

    /** The hidden-layer activations the trainer offers. */
    public static final List<Activation> ACTIVATIONS =
            List.of(Activation.TANH, Activation.SIGMOID, Activation.RELU, Activation.LINEAR);

    /** The chapter's starting point: XOR with one hidden layer of 4 tanh neurons. */
    public static MlpSettings defaults() {
        return new MlpSettings(1, 4, Activation.TANH, 0.5, 4, 0, 0.2, 1, DEFAULT_EPOCH_BUDGET);
    }

    /** The engine's config; without a test split ({@code split} false) every point trains. */
    TrainingConfig config(int datasetSize, boolean split) {
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

    MlpSettings withBatchSize(int b) {
        return new MlpSettings(
                hiddenLayers, neuronsPerLayer, activation, learningRate, b, noise, testFraction, seed, epochBudget);
    }

    public int hiddenNeurons() {
        return hiddenLayers * neuronsPerLayer;
    }
}
