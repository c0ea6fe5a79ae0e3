package org.dlf.engine;

import java.util.SplittableRandom;

/**
 * Gradient descent on a {@link LossLandscape}: from a start (a, b), each {@link #step} moves against the
 * gradient of one mini-batch, (a, b) ← (a, b) − η · ∇E_batch. A batch of all samples is (full-)batch
 * gradient descent, a batch of 1 online (stochastic) gradient descent; the samples are shuffled at the
 * start of every epoch with the seed, so the same settings give the same path. Every step reports the
 * loss over all samples at the new place (the height of the surface) and the gradient of that loss.
 *
 * <p>A descent stops for good when the loss passes {@link #LOSS_LIMIT} or stops being a finite number:
 * it has {@linkplain #diverged() diverged}, and further steps do nothing.
 */
public final class GradientDescent {

    /** A loss above this ends the descent as diverged (long before a double overflows). */
    public static final double LOSS_LIMIT = 1e6;

    /**
     * Where the descent is after {@code step} steps: the two parameters, the loss over all samples, its
     * gradient (both components and the length), and the mean loss of the mini-batch the step used
     * (NaN for the start).
     */
    public record Point(
            int step, double a, double b, double loss, double gradientA, double gradientB, double batchLoss) {

        /** |∇E|, the length of the gradient. */
        public double gradientNorm() {
            return Math.hypot(gradientA, gradientB);
        }
    }

    private final LossLandscape landscape;
    private final double learningRate;
    private final int batchSize;
    private final SplittableRandom rng;
    private final int[] order;
    private int cursor;
    private Point current;
    private boolean diverged;

    /**
     * Starts at (a, b), both finite; η is a finite number above 0 (a large one diverges, which is
     * reported); the batch holds 1 to all samples.
     */
    public GradientDescent(LossLandscape landscape, double learningRate, int batchSize, long seed, double a, double b) {
        this.landscape = Require.present("landscape", landscape);
        this.learningRate = Require.positive("learningRate", learningRate);
        this.batchSize = Require.between("batchSize", batchSize, 1, landscape.sampleCount());
        this.rng = new SplittableRandom(seed);
        this.order = new int[landscape.sampleCount()];
        for (int n = 0; n < order.length; n++) order[n] = n;
        this.current = measure(0, a, b, Double.NaN);
        this.diverged = !(current.loss() <= LOSS_LIMIT);
    }

    public Point current() {
        return current;
    }

    public int steps() {
        return current.step();
    }

    public double learningRate() {
        return learningRate;
    }

    public int batchSize() {
        return batchSize;
    }

    /** True once the loss passed {@link #LOSS_LIMIT} or stopped being finite; no further steps are taken. */
    public boolean diverged() {
        return diverged;
    }

    /** One update with the next mini-batch; returns the new point (the current one again once diverged). */
    public Point step() {
        if (diverged) return current;
        if (cursor == 0) shuffle();
        int end = Math.min(cursor + batchSize, order.length);
        landscape.place(current.a(), current.b());
        double batchLoss = landscape.accumulate(order, cursor, end);
        cursor = end == order.length ? 0 : end;
        double a = current.a() - learningRate * landscape.gradientOf(0);
        double b = current.b() - learningRate * landscape.gradientOf(1);
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            diverged = true;
            return current;
        }
        current = measure(current.step() + 1, a, b, batchLoss);
        diverged = !(current.loss() <= LOSS_LIMIT);
        return current;
    }

    private Point measure(int step, double a, double b, double batchLoss) {
        double[] g = landscape.gradient(a, b);
        return new Point(step, a, b, landscape.loss(a, b), g[0], g[1], batchLoss);
    }

    private void shuffle() {
        if (batchSize == order.length) return; // full batch: the order does not matter
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
