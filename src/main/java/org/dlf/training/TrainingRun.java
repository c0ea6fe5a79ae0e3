package org.dlf.training;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A handle on one started job: cancel it, ask whether it runs. */
public final class TrainingRun {

    private final TrainingJob job;
    private final Consumer<StopReason> onStop;
    private final long startedNanos;
    private final long budgetNanos;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    TrainingRun(TrainingJob job, Consumer<StopReason> onStop, long budgetNanos) {
        this.job = job;
        this.onStop = onStop;
        this.budgetNanos = budgetNanos;
        this.startedNanos = System.nanoTime();
    }

    /** Asks the run to stop; it stops before its next slice (the current one, if any, completes). */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isRunning() {
        return !stopped.get();
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    boolean overBudget(long now) {
        return now - startedNanos > budgetNanos;
    }

    TrainingJob job() {
        return job;
    }

    /** Ends the run once; the callback runs on the executor thread. */
    void stop(StopReason reason) {
        if (stopped.compareAndSet(false, true)) {
            onStop.accept(reason);
        }
    }
}
