package org.dlf.chapters.backprop;

import java.util.Arrays;
import java.util.Optional;
import org.dlf.chapters.stepper.WorkedValues;
import org.dlf.engine.Network;
import org.dlf.engine.WorkedExample;

/**
 * One "train n steps" run of the 2-2-2 network from the stepper's numbers (the worked example unless the
 * learner changed them; biases fixed): plain SGD steps on the one sample, done in slices on the training executor. The error curve is sampled
 * (about {@value #SAMPLES} points whatever n is); {@link #drain} hands over what is new since the last call.
 * Used by one thread at a time (the executor's), so it needs no locking. Plain Java: no Vaadin.
 */
public final class BackpropTraining {

    public static final int MIN_STEPS = 1;
    public static final int MAX_STEPS = 10_000;
    static final int SAMPLES = 200;

    /** What a run has reached: new curve points since the last drain, and the current state and weights. */
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
    private final double[] sampleSteps = new double[SAMPLES + 2];
    private final double[] sampleErrors = new double[SAMPLES + 2];
    private int pending;
    private int done;
    private double error;
    private boolean diverged;

    private BackpropTraining(int total, WorkedValues start) {
        this.network = start.network();
        this.x = start.input();
        this.t = start.target();
        this.eta = start.learningRate();
        this.total = total;
        this.every = Math.max(1, (total + SAMPLES - 1) / SAMPLES);
        this.error = network.loss(x, t, WorkedExample.LOSS);
    }

    /** A run of {@code steps} steps from {@code start}, or empty if the number of steps is out of bounds. */
    public static Optional<BackpropTraining> of(Integer steps, WorkedValues start) {
        return validate(steps).isPresent() ? Optional.empty() : Optional.of(new BackpropTraining(steps, start.copy()));
    }

    /** Empty if {@code steps} is a whole number in [{@value #MIN_STEPS}, {@value #MAX_STEPS}]. */
    public static Optional<String> validate(Integer steps) {
        return steps == null || steps < MIN_STEPS || steps > MAX_STEPS
                ? Optional.of("backprop.train.range")
                : Optional.empty();
    }

    /** Trains until {@code deadlineNanos} ({@link System#nanoTime()} scale) or the end; true when finished. */
    public boolean advance(long deadlineNanos) {
        while (done < total && !diverged) {
            double before = network.trainSample(x, t, WorkedExample.LOSS, eta);
            if (done % every == 0) {
                record(done, before);
            }
            done++;
            if (!Double.isFinite(before) || network.firstNonFiniteParameter() != null) {
                diverged = true;
            }
            if ((done & 255) == 0 && System.nanoTime() - deadlineNanos > 0) {
                break;
            }
        }
        if (done == total || diverged) {
            error = network.loss(x, t, WorkedExample.LOSS);
            record(done, error);
            return true;
        }
        return false;
    }

    private void record(int step, double value) {
        if (pending < sampleSteps.length) {
            sampleSteps[pending] = step;
            sampleErrors[pending] = value;
            pending++;
        }
    }

    /** New curve points since the last call, and where the run is now. */
    public Progress drain() {
        double[] out = network.predict(x);
        Progress p = new Progress(
                Arrays.copyOf(sampleSteps, pending),
                Arrays.copyOf(sampleErrors, pending),
                done,
                total,
                done == total || diverged ? error : network.loss(x, t, WorkedExample.LOSS),
                out[0],
                out[1],
                done == total || diverged,
                diverged,
                network.parameters());
        pending = 0;
        return p;
    }

    public int total() {
        return total;
    }
}
