package org.dlf.chapters.mlp;

import java.util.function.Consumer;
import org.dlf.training.TrainingJob;

/**
 * Run: trains mini-batches in executor slices until the run's epoch budget is spent or training diverges,
 * handing the page a coalesced {@link MlpTrainerModel.Frame} at most every {@code pushIntervalNanos} and a
 * last one at the end. The sink is the page ({@code ui.access}) or, in the load harness, a counter.
 */
public final class MlpRunJob implements TrainingJob {

    /** How often a running MLP trainer pushes a chart update at most: ≤ 6–7 a second, never one per epoch. */
    public static final long PUSH_INTERVAL_NANOS = 150_000_000L;

    private final MlpTrainerModel model;
    private final Consumer<MlpTrainerModel.Frame> sink;
    private final long pushIntervalNanos;
    private final int epochLimit;
    private long pushedAt = System.nanoTime();

    public MlpRunJob(MlpTrainerModel model, Consumer<MlpTrainerModel.Frame> sink, long pushIntervalNanos) {
        this.model = model;
        this.sink = sink;
        this.pushIntervalNanos = pushIntervalNanos;
        this.epochLimit = model.epochs() + model.settings().epochBudget();
    }

    @Override
    public Next runSlice(long deadlineNanos) {
        model.trainUntil(deadlineNanos, epochLimit);
        boolean done = model.diverged() || model.epochs() >= epochLimit;
        long now = System.nanoTime();
        if (done || now - pushedAt >= pushIntervalNanos) {
            pushedAt = now;
            sink.accept(model.frame());
        }
        return done ? Next.DONE : Next.CONTINUE;
    }

    /** True when the run ended because the epoch budget was spent. */
    public boolean budgetSpent() {
        return model.epochs() >= epochLimit;
    }
}
