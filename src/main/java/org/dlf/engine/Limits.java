package org.dlf.engine;

/**
 * Bounds of what a live classroom server accepts; the UI can read and show them. The engine's public
 * API refuses values outside them itself (a {@link ConfigException} naming the value and the bounds),
 * so no size, count or rate can overflow an array, loop without end or fill the heap.
 */
public final class Limits {
    public static final int MIN_HIDDEN_LAYERS = 0;
    public static final int MAX_HIDDEN_LAYERS = 6;
    /** Layers of a network: its hidden layers and the output layer. */
    public static final int MAX_LAYERS = MAX_HIDDEN_LAYERS + 1;
    /** Inputs of a network or a perceptron. */
    public static final int MAX_INPUTS = 16;
    /** Neurons of any layer, hidden or output. */
    public static final int MIN_NEURONS_PER_LAYER = 1;

    public static final int MAX_NEURONS_PER_LAYER = 16;
    public static final int MIN_DATASET_SIZE = 4;
    public static final int MAX_DATASET_SIZE = 1000;
    /** Epochs of a run or of one training call (0 is allowed there); also steps of {@link WorkedExample#train}. */
    public static final int MIN_EPOCHS = 1;

    public static final int MAX_EPOCHS = 100_000;
    /** The most iterations M of a {@link StoppingRule}, and the most passes a {@link PerceptronTrainer} records. */
    public static final int MAX_ITERATIONS = 100_000;

    public static final int MIN_BATCH_SIZE = 1;
    /** The learning rate η of an MLP run ({@link TrainingConfig}) and of a {@link Perceptron}. */
    public static final double MIN_LEARNING_RATE = 1e-4;

    public static final double MAX_LEARNING_RATE = 10;
    public static final double MIN_NOISE = 0;
    public static final double MAX_NOISE = 1;
    public static final double MIN_TEST_FRACTION = 0;
    public static final double MAX_TEST_FRACTION = 0.9;
    /** Largest accepted {@link TrainingConfig#estimatedCost()} (parameters × samples × epochs). */
    public static final long MAX_COST = 2_000_000_000L;

    private Limits() {}
}
