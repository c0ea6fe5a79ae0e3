package org.dlf.chapters.descent;

import java.util.function.Consumer;
import org.dlf.training.TrainingJob;

/**
 * Run: the descent takes one step every {@link #STEP_NANOS} on the shared executor (a timer wakes it; no
 * thread waits) and hands the page a frame after each, until it diverges, reaches the bottom or the step
 * limit. Steps are cheap (eight samples); the pace is for the eye.
 */
final class DescentRun implements TrainingJob {

    /** Ten steps a second: slow enough to follow a zig-zag, fast enough that 100 steps take ten seconds. */
    static final long STEP_NANOS = 100_000_000L;

    private final LossLandscapeModel model;
    private final Consumer<LossLandscapeModel.Frame> page;
    private long next = System.nanoTime();

    DescentRun(LossLandscapeModel model, Consumer<LossLandscapeModel.Frame> page) {
        this.model = model;
        this.page = page;
    }

    @Override
    public Next runSlice(long deadlineNanos) {
        if (model.halted()) {
            return Next.DONE;
        }
        model.advance(deadlineNanos, 1);
        page.accept(model.frame());
        if (model.halted()) {
            return Next.DONE;
        }
        next = Math.max(next + STEP_NANOS, System.nanoTime());
        return Next.waitUntil(next);
    }
}
