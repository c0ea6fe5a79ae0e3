package org.dlf.chapters.perceptron;

/** How a perceptron run ended; NONE while it can go on. */
public enum PerceptronOutcome {
    NONE,
    CONVERGED_ERROR,
    CONVERGED_WEIGHTS,
    MAX_EPOCHS
}
