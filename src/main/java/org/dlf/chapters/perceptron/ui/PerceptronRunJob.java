package org.dlf.chapters.perceptron.ui;

import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.dlf.training.TrainingJob;

/**
 * Run: presents samples at the chosen speed until a stopping rule holds, and hands the page a coalesced
 * {@link PerceptronTrainerModel.Frame} at most every {@code pushIntervalNanos}, plus a last one at the end.
 */
final class PerceptronRunJob implements TrainingJob {

    private final PerceptronTrainerModel model;
    private final Consumer<PerceptronTrainerModel.Frame> sink;
    private final long pushIntervalNanos;
    private final long started = System.nanoTime();
    private long presented;
    private long pushedAt = started;
    private boolean dirty;

    PerceptronRunJob(
            PerceptronTrainerModel model, Consumer<PerceptronTrainerModel.Frame> sink, long pushIntervalNanos) {
        this.model = model;
        this.sink = sink;
        this.pushIntervalNanos = pushIntervalNanos;
    }

    @Override
    public Next runSlice(long deadlineNanos) {
        long now = System.nanoTime();
        while (now < deadlineNanos && !model.finished()) {
            if (presented < model.samplesDue(now - started)) {
                model.step();
                presented++;
                dirty = true;
            } else {
                // paced run: wait for the next sample's time, but never past this slice (the executor
                // has no delayed re-queue; see the report)
                LockSupport.parkNanos(Math.min(deadlineNanos - now, 1_000_000));
            }
            now = System.nanoTime();
        }
        if (model.finished()) {
            sink.accept(model.frame());
            return Next.DONE;
        }
        if (dirty && now - pushedAt >= pushIntervalNanos) {
            pushedAt = now;
            dirty = false;
            sink.accept(model.frame());
        }
        return Next.CONTINUE;
    }
}
