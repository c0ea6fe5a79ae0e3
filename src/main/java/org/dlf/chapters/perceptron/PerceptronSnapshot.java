package org.dlf.chapters.perceptron;

/**
 * A read-only picture of a perceptron trainer's engine state, for an exercise checker (e.g. the goal
 * {@code {dataset: OR, converge-within-epochs: 10}}). {@code dataset} is the dataset's name (AND, OR, NAND,
 * XOR, BLOBS) or CUSTOM once points were added or removed; {@code convergedAfterEpochs} is 0 when not converged.
 */
public record PerceptronSnapshot(
        String dataset,
        int points,
        double learningRate,
        boolean randomStart,
        long seed,
        int epochs,
        int samplesPresented,
        boolean converged,
        int convergedAfterEpochs,
        PerceptronOutcome outcome,
        double trainAccuracy,
        double[] weights) {

    public PerceptronSnapshot {
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }
}
