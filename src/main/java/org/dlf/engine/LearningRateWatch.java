package org.dlf.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * Watches a run's training loss, epoch by epoch, for the signs of a learning rate that is too high, long before
 * anything becomes infinite: the loss rising several epochs in a row, jumping up and down, or staying above
 * where it started, and outputs saturated on the wrong side (the weights grew so large that the output neuron
 * is sure, and wrong). It reports the first sign it sees once, with the evidence, and then stays silent until
 * a new watch is made for a new network. Rising and oscillating count only until the run has made progress
 * (a loss below {@value #PROGRESS} of the starting loss): after that, a short spike is the ordinary noise of
 * mini-batches near a minimum, and only a loss back above its start, or saturation, is a sign. Loss values
 * are those of {@link EpochResult#loss()}.
 */
public final class LearningRateWatch {

    /** The sign that was seen. */
    public enum Sign {
        /**
         * The loss rose {@value #RISES} epochs in a row, by more than a quarter in all and by more than a tenth
         * of the starting loss (the small ups and downs of mini-batches near a minimum are not a sign).
         */
        RISING,
        /**
         * The loss went up and down in turn over the last {@value #WINDOW} epochs, with swings larger than a
         * quarter of its level, while that level is still more than half the starting loss.
         */
        OSCILLATING,
        /** After {@value #GRACE} epochs the last {@value #ABOVE} losses are all well above the starting loss. */
        ABOVE_START,
        /** A quarter or more of the training points get an output within 0.01 of the wrong class. */
        SATURATED
    }

    /**
     * What was seen, in epoch {@code epoch}: the last losses (oldest first, at most {@value #EVIDENCE}; early in
     * a run the loss before training comes first), the loss before training, and the share of training points
     * whose output is saturated on the wrong side.
     */
    public record Finding(Sign sign, int epoch, double[] losses, double startLoss, double saturatedShare) {
        public Finding {
            losses = losses.clone();
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Finding f
                    && f.sign == sign
                    && f.epoch == epoch
                    && Arrays.equals(f.losses, losses)
                    && Double.compare(f.startLoss, startLoss) == 0
                    && Double.compare(f.saturatedShare, saturatedShare) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * sign.hashCode() + epoch) + Arrays.hashCode(losses);
        }

        @Override
        public String toString() {
            return sign + " in epoch " + epoch + ": losses " + Arrays.toString(losses) + ", start " + startLoss;
        }
    }

    /** How many rises in a row make {@link Sign#RISING}. */
    public static final int RISES = 4;

    static final double RISE_FACTOR = 1.25;
    static final double RISE_OF_START = 0.1;
    static final int WINDOW = 10;
    static final int TURNS = 7;
    static final double SWING = 0.25;
    static final double LEVEL_OF_START = 0.5;
    static final int GRACE = 8;
    static final int ABOVE = 5;
    static final double ABOVE_FACTOR = 1.1;
    static final double SATURATED_SHARE = 0.25;
    static final double SATURATION = 0.01;
    static final int EVIDENCE = 8;
    static final double PROGRESS = 0.4;

    private final double startLoss;
    /** The last {@value #WINDOW} losses, a ring. */
    private final double[] recent = new double[WINDOW];

    private int seen;
    private double best = Double.POSITIVE_INFINITY;
    private boolean reported;

    /** A watch for a network whose loss before training is {@code startLoss}. */
    public LearningRateWatch(double startLoss) {
        if (!Double.isFinite(startLoss) || startLoss < 0) {
            throw new IllegalArgumentException("the starting loss must be a finite number ≥ 0 (got " + startLoss + ")");
        }
        this.startLoss = startLoss;
    }

    /**
     * Looks at the result of the epoch just trained; {@code network} and {@code train} (labels 0/1, one
     * output) are read for saturation only while the loss is above its start. Empty unless a sign is seen for
     * the first time.
     */
    public Optional<Finding> afterEpoch(EpochResult r, Network network, Dataset train) {
        if (reported || !Double.isFinite(r.loss())) {
            return Optional.empty(); // a non-finite loss is the trainer's divergence, not a sign
        }
        recent[seen % WINDOW] = r.loss();
        seen++;
        best = Math.min(best, r.loss());
        boolean early = best > PROGRESS * startLoss;
        Sign sign = early && rising()
                ? Sign.RISING
                : early && oscillating() ? Sign.OSCILLATING : aboveStart() ? Sign.ABOVE_START : null;
        double saturated = r.loss() > startLoss ? saturatedShare(network, train) : 0;
        if (sign == null && saturated >= SATURATED_SHARE) {
            sign = Sign.SATURATED;
        }
        if (sign == null) {
            return Optional.empty();
        }
        reported = true;
        return Optional.of(new Finding(sign, r.epoch(), evidence(), startLoss, saturated));
    }

    /** Whether a sign was reported (the watch is silent from then on). */
    public boolean reported() {
        return reported;
    }

    private double loss(int back) {
        return recent[(seen - 1 - back) % WINDOW];
    }

    /** The last {@value #EVIDENCE} losses, oldest first, after the starting loss while there are fewer. */
    private double[] evidence() {
        int n = Math.min(EVIDENCE, seen);
        int start = n < EVIDENCE ? 1 : 0;
        double[] out = new double[n + start];
        out[0] = startLoss;
        for (int i = 0; i < n; i++) {
            out[start + i] = loss(n - 1 - i);
        }
        return out;
    }

    private boolean rising() {
        if (seen <= RISES) {
            return false;
        }
        for (int i = 0; i < RISES; i++) {
            if (!(loss(i) > loss(i + 1))) {
                return false;
            }
        }
        return loss(0) > RISE_FACTOR * loss(RISES) && loss(0) - loss(RISES) > RISE_OF_START * startLoss;
    }

    private boolean oscillating() {
        if (seen < WINDOW) {
            return false;
        }
        int turns = 0;
        double swing = 0;
        double level = 0;
        for (int i = 0; i < WINDOW - 1; i++) {
            double d = loss(i) - loss(i + 1);
            swing += Math.abs(d);
            level += loss(i);
            if (i > 0 && Math.signum(d) == -Math.signum(loss(i - 1) - loss(i)) && d != 0) {
                turns++;
            }
        }
        int n = WINDOW - 1;
        return turns >= TURNS && swing > SWING * level && level / n > LEVEL_OF_START * startLoss;
    }

    private boolean aboveStart() {
        if (seen < GRACE) {
            return false;
        }
        for (int i = 0; i < ABOVE; i++) {
            if (!(loss(i) > ABOVE_FACTOR * startLoss)) {
                return false;
            }
        }
        return true;
    }

    /** Share of training points whose output is within {@value #SATURATION} of the wrong label. */
    static double saturatedShare(Network network, Dataset train) {
        double[][] x = train.inputs();
        double[][] t = train.targets();
        int wrong = 0;
        for (int i = 0; i < x.length; i++) {
            double o = network.valueAt(x[i][0], x[i][1]);
            if (Math.abs(o - t[i][0]) > 1 - SATURATION) {
                wrong++;
            }
        }
        return x.length == 0 ? 0 : (double) wrong / x.length;
    }
}
