package org.dlf.chapters.mlp;

/**
 * A read-only picture of an MLP trainer's engine state, for an exercise checker (e.g. the goal
 * {@code {dataset: XOR, max-hidden-neurons: 4, accuracy: 1.0}}). {@code dataset} is XOR, CIRCLE, XOR_QUADRANTS,
 * SPIRAL, GAUSSIAN or CUSTOM; {@code hiddenNeurons} counts all hidden neurons; accuracies are in [0, 1]
 * (test accuracy NaN without a test set).
 */
public record MlpSnapshot(
        String dataset,
        int trainPoints,
        int testPoints,
        int hiddenLayers,
        int neuronsPerLayer,
        int hiddenNeurons,
        String activation,
        double learningRate,
        int batchSize,
        long seed,
        int epochs,
        double trainLoss,
        double trainAccuracy,
        double testAccuracy,
        boolean diverged) {}
