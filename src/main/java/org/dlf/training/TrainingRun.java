package org.dlf.training;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** A handle on one started job: cancel it, ask whether it runs. */
public final class TrainingRun {

    private final TrainingJob job;
    private final Consumer<StopReason> onStop;
    private final long startedNanos;
    private final long budgetNanos;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    /** While the run waits for its wake-up time: wakes it at once (so that a cancel is not kept waiting). */
    private final AtomicReference<Runnable> waker = new AtomicReference<>();

    TrainingRun(TrainingJob job, Consumer<StopReason> onStop, long budgetNanos) {
        this.job = job;
        this.onStop = onStop;
        this.budgetNanos = budgetNanos;
        this.startedNanos = System.nanoTime();
    }

    /**
     * Asks the run to stop; it stops before its next slice (the current one, if any, completes). A run that
     * is waiting for its wake-up time stops at once.
     */
    public void cancel() {
        cancelled.set(true);
        Runnable wake = waker.getAndSet(null);
        if (wake != null) {
            wake.run();
        }
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

    /** The time the run must stop by, on the {@link System#nanoTime()} scale. */
    long budgetEndsNanos() {
        return startedNanos + budgetNanos;
    }

    TrainingJob job() {
        return job;
    }

    /** The run waits; {@link #cancel} calls {@code wake} to re-queue it early. */
    void waiting(Runnable wake) {
        waker.set(wake);
        if (cancelled.get()) {
            cancel();
        }
    }

    /** The wake-up time came: a later cancel has nothing to wake. */
    void awake() {
        waker.set(null);
    }

    /** Ends the run once; the callback runs on the executor thread. */
    void stop(StopReason reason) {
        if (stopped.compareAndSet(false, true)) {
            onStop.accept(reason);
        }
    }
}
