package org.dlf.engine;

/** Bounds of what a live classroom server accepts; the UI can read and show them. */
public final class Limits {
    public static final int MIN_HIDDEN_LAYERS = 0;
    public static final int MAX_HIDDEN_LAYERS = 6;
    public static final int MIN_NEURONS_PER_LAYER = 1;
    public static final int MAX_NEURONS_PER_LAYER = 16;
    public static final int MIN_DATASET_SIZE = 4;
    public static final int MAX_DATASET_SIZE = 1000;
    public static final int MIN_EPOCHS = 1;
    public static final int MAX_EPOCHS = 100_000;
    public static final int MIN_BATCH_SIZE = 1;
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
