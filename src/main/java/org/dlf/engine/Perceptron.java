package org.dlf.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Rosenblatt's perceptron as the course teaches it: augmented input x = [+1, x1..xN], weights
 * w = [b, w1..wN] (the bias is w0), y = sgn(wᵀx) (or the 0/1 step), and the learning rule
 * w(n+1) = w(n) + η[d(n) − y(n)]x(n).
 *
 * <p>Refuses what would make its answers meaningless: more than {@link Limits#MAX_INPUTS} inputs, a
 * learning rate outside [{@link Limits#MIN_LEARNING_RATE}, {@link Limits#MAX_LEARNING_RATE}] (as an
 * MLP's), and weights or inputs that are not finite. With η ≤ 10 and a {@link Dataset}'s coordinates
 * (within ±{@link Dataset#MAX_COORDINATE}) an update changes a weight by less than 2·10⁷, which cannot
 * carry a finite weight past {@link Double#MAX_VALUE}; only wᵀx can overflow, for huge weights set by
 * hand, and {@link PerceptronTrainer} then stops with {@code DIVERGED}.
 */
public final class Perceptron implements Surface {
    private final int inputs;
    private final Activation output;
    private final double learningRate;
    private final double[] w;

    /** {@code output} is {@link Activation#SIGN} (labels ±1) or {@link Activation#STEP} (labels 0/1). */
    public Perceptron(int inputs, Activation output, double learningRate) {
        Require.between("inputs", inputs, 1, Limits.MAX_INPUTS);
        if (output != Activation.SIGN && output != Activation.STEP) {
            throw new IllegalArgumentException("a perceptron outputs SIGN or STEP (got " + output + ")");
        }
        this.inputs = inputs;
        this.output = output;
        this.learningRate =
                Require.between("learningRate", learningRate, Limits.MIN_LEARNING_RATE, Limits.MAX_LEARNING_RATE);
        this.w = new double[inputs + 1];
    }

    public int inputs() {
        return inputs;
    }

    public Activation outputFunction() {
        return output;
    }

    public double learningRate() {
        return learningRate;
    }

    /** The labels this perceptron outputs. */
    public LabelStyle labelStyle() {
        return output == Activation.SIGN ? LabelStyle.PLUS_MINUS_ONE : LabelStyle.ZERO_ONE;
    }

    /** A copy of w = [w0 (bias), w1..wN]. */
    public double[] weights() {
        return w.clone();
    }

    /** w = [w0 (bias), w1..wN], all finite. */
    public Perceptron setWeights(double... weights) {
        if (weights.length != w.length) {
            throw new IllegalArgumentException(
                    "expected " + w.length + " weights [w0 (bias), w1..w" + inputs + "], got " + weights.length);
        }
        Require.finite("weight", weights);
        System.arraycopy(weights, 0, w, 0, w.length);
        return this;
    }

    /** Start from w = 0. */
    public Perceptron zeroWeights() {
        Arrays.fill(w, 0.0);
        return this;
    }

    /** Start from seeded uniform random weights in [−0.5, 0.5). */
    public Perceptron randomWeights(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < w.length; i++) w[i] = rng.nextDouble(-0.5, 0.5);
        return this;
    }

    /** Refuses an input of the wrong size or not finite. */
    private void checkInput(double[] x) {
        if (x.length != inputs) throw new IllegalArgumentException("expected " + inputs + " inputs, got " + x.length);
        Require.finite("input", x);
    }

    /** [+1, x1..xN]. */
    public double[] augment(double[] x) {
        checkInput(x);
        double[] a = new double[inputs + 1];
        a[0] = 1.0;
        System.arraycopy(x, 0, a, 1, inputs);
        return a;
    }

    /** v = wᵀx for the (non-augmented) input; ±∞ or NaN only if the weights are huge enough to overflow. */
    public double netInput(double[] x) {
        checkInput(x);
        double v = w[0];
        for (int i = 0; i < inputs; i++) v += w[i + 1] * x[i];
        return v;
    }

    /** y = sgn(wᵀx) or step(wᵀx). */
    public double predict(double[] x) {
        return output.apply(netInput(x));
    }

    /** wᵀx at (x, y) for a 2-input perceptron (a heatmap of the margin). */
    @Override
    public double valueAt(double x, double y) {
        if (inputs != 2)
            throw new IllegalStateException("valueAt needs a 2-input perceptron (this has " + inputs + ")");
        if (!Double.isFinite(x)) throw Require.notFinite("input", 0, x);
        if (!Double.isFinite(y)) throw Require.notFinite("input", 1, y);
        return w[0] + w[1] * x + w[2] * y;
    }

    /** The update η[d − y]x for one sample, without applying it. */
    double[] update(double[] x, double d, double y) {
        double[] a = augment(x);
        double f = learningRate * (d - y);
        for (int i = 0; i < a.length; i++) a[i] *= f;
        return a;
    }

    /** w ← w + Δw; returns ‖Δw‖₂. */
    double apply(double[] delta) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] += delta[i];
            s += delta[i] * delta[i];
        }
        return Math.sqrt(s);
    }

    /** The decision line w0 + w1·x + w2·y = 0 (2-input perceptrons only). */
    public DecisionLine decisionLine() {
        if (inputs != 2)
            throw new IllegalStateException("a decision line needs a 2-input perceptron (this has " + inputs + ")");
        return new DecisionLine(w[0], w[1], w[2]);
    }
}
