package org.dlf.training;

/** Why a run ended. */
public enum StopReason {
    /** The job said it was done (converged, reached its epochs, diverged — the job knows which). */
    FINISHED,
    /** Someone called {@link TrainingRun#cancel()} or the view went away. */
    CANCELLED,
    /** The run used up its wall-clock budget on the server. */
    TIME_BUDGET,
    /** The job threw; the run stops and the widget says so. */
    FAILED,
    /** The server had too many runs at once; try again shortly. */
    REJECTED
}
