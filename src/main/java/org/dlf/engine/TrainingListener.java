package org.dlf.engine;

/** Receives a {@link Trainer}'s progress; called on the training thread. */
@FunctionalInterface
public interface TrainingListener {
    void onEpoch(EpochResult result);

    /** Called when a {@code train}/{@code runUntil} call returns. */
    default void onStop(TrainingOutcome outcome) {}
}
