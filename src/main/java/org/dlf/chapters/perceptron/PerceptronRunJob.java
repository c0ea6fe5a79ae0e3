package org.dlf.chapters.perceptron;

import java.util.function.Consumer;
import org.dlf.training.TrainingJob;

/**
 * Run: presents samples at the chosen speed until a stopping rule holds, and hands the page a coalesced
 * {@link PerceptronTrainerModel.Frame} at most every {@code pushIntervalNanos}, plus a last one at the end.
 * A paced run (slow, normal) presents the samples that are due and then asks the executor to wake it when
 * the next one is due, or when an unsent change may be pushed, whichever comes first: it never holds a
 * thread while it waits.
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
        PerceptronSpeed speed = model.speed();
        long now = System.nanoTime();
        while (now < deadlineNanos && !model.finished() && presented < speed.samplesDue(now - started)) {
            model.step();
            presented++;
            dirty = true;
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
        if (presented < speed.samplesDue(now - started)) {
            return Next.CONTINUE; // unpaced, or behind: the next slice when our turn comes
        }
        long wake = started + speed.dueAfterNanos(presented);
        return Next.waitUntil(dirty ? Math.min(wake, pushedAt + pushIntervalNanos) : wake);
    }
}
