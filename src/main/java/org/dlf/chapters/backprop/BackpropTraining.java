package org.dlf.chapters.backprop;

import java.util.Arrays;
import java.util.Optional;
import org.dlf.chapters.stepper.WorkedValues;
import org.dlf.engine.Network;
import org.dlf.engine.WorkedExample;
import org.dlf.training.LiveTraining;

/**
 * Training the course's 2-2-2 network from the stepper's numbers (the worked example, η = 0.5, unless the learner
 * changed them; biases fixed) up to {@code total}
 * plain SGD steps on the one sample, trained live in steps ({@link LiveTraining}): it halts when it reaches
 * {@code total} or diverges. The error curve keeps every one of the first {@value #SAMPLES} steps and then
 * about {@value #SAMPLES} more, evenly spread up to {@code total}; each {@link #frame} hands over what is new.
 * Plain Java: no Vaadin. Used by one thread at a time, so it needs no locking beyond the frame hand-over.
 */
public final class BackpropTraining implements LiveTraining.Model<BackpropTraining.Progress> {

    public static final int MIN_STEPS = 1;
    public static final int MAX_STEPS = 10_000;
    static final int SAMPLES = 200;

    /** What a run has reached: new curve points since the last frame, and the current state and weights. */
    public record Progress(
            double[] steps,
            double[] errors,
            int done,
            int total,
            double error,
            double out1,
            double out2,
            boolean finished,
            boolean diverged,
            Network.Parameters parameters) {}

    private final Network network;
    private final double[] x;
    private final double[] t;
    private final double eta;
    private final int total;
    private final int every;
    private final double[] sampleSteps = new double[2 * SAMPLES + 2];
    private final double[] sampleErrors = new double[2 * SAMPLES + 2];
    private int pending;
    private int done;
    private boolean diverged;

    private BackpropTraining(int total, WorkedValues start) {
        this.network = start.network();
        this.x = start.input();
        this.t = start.target();
        this.eta = start.learningRate();
        this.total = total;
        this.every = Math.max(1, (total + SAMPLES - 1) / SAMPLES);
        record(0, network.loss(x, t, WorkedExample.LOSS));
    }

    /** Training up to {@code steps} steps from {@code start}, or empty if that is out of bounds ({@link #validate}). */
    public static Optional<BackpropTraining> of(Integer steps, WorkedValues start) {
        return validate(steps).isPresent() ? Optional.empty() : Optional.of(new BackpropTraining(steps, start.copy()));
    }

    /** Empty if {@code steps} is a whole number in [{@value #MIN_STEPS}, {@value #MAX_STEPS}]. */
    public static Optional<String> validate(Integer steps) {
        return steps == null || steps < MIN_STEPS || steps > MAX_STEPS
                ? Optional.of("backprop.train.range")
                : Optional.empty();
    }

    /** Trains at most {@code units} steps (never beyond {@code total}), until the deadline; the steps done. */
    @Override
    public synchronized long advance(long deadlineNanos, long units) {
        long end = Math.min(total, done + Math.max(0, units));
        int start = done;
        while (done < end && !diverged) {
            network.trainSample(x, t, WorkedExample.LOSS, eta);
            done++;
            double error = network.loss(x, t, WorkedExample.LOSS);
            if (done <= SAMPLES || done % every == 0 || done == total) {
                record(done, error);
            }
            if (!Double.isFinite(error) || network.firstNonFiniteParameter() != null) {
                diverged = true;
            }
            if ((done & 255) == 0 && System.nanoTime() - deadlineNanos > 0) {
                break;
            }
        }
        return done - start;
    }

    @Override
    public synchronized boolean halted() {
        return done >= total || diverged;
    }

    private void record(int step, double value) {
        if (pending < sampleSteps.length) {
            sampleSteps[pending] = step;
            sampleErrors[pending] = value;
            pending++;
        }
    }

    /** New curve points since the last call, and where the run is now. */
    @Override
    public synchronized Progress frame() {
        double[] out = network.predict(x);
        Progress p = new Progress(
                Arrays.copyOf(sampleSteps, pending),
                Arrays.copyOf(sampleErrors, pending),
                done,
                total,
                network.loss(x, t, WorkedExample.LOSS),
                out[0],
                out[1],
                halted(),
                diverged,
                network.parameters());
        pending = 0;
        return p;
    }

    public int total() {
        return total;
    }

    public synchronized int done() {
        return done;
    }
}
