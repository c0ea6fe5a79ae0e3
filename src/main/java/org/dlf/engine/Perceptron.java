package org.dlf.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Rosenblatt's perceptron as the course teaches it: augmented input x = [+1, x1..xN], weights
 * w = [b, w1..wN] (the bias is w0), y = sgn(wᵀx) (or the 0/1 step), and the learning rule
 * w(n+1) = w(n) + η[d(n) − y(n)]x(n).
 */
public final class Perceptron implements Surface {
    private final int inputs;
    private final Activation output;
    private final double learningRate;
    private final double[] w;

    /** {@code output} is {@link Activation#SIGN} (labels ±1) or {@link Activation#STEP} (labels 0/1). */
    public Perceptron(int inputs, Activation output, double learningRate) {
        if (inputs < 1) throw new IllegalArgumentException("a perceptron needs at least 1 input (got " + inputs + ")");
        if (output != Activation.SIGN && output != Activation.STEP) {
            throw new IllegalArgumentException("a perceptron outputs SIGN or STEP (got " + output + ")");
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive (got " + learningRate + ")");
        }
        this.inputs = inputs;
        this.output = output;
        this.learningRate = learningRate;
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

    public Perceptron setWeights(double... weights) {
        if (weights.length != w.length) {
            throw new IllegalArgumentException(
                    "expected " + w.length + " weights [w0 (bias), w1..w" + inputs + "], got " + weights.length);
        }
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

    /** [+1, x1..xN]. */
    public double[] augment(double[] x) {
        if (x.length != inputs) throw new IllegalArgumentException("expected " + inputs + " inputs, got " + x.length);
        double[] a = new double[inputs + 1];
        a[0] = 1.0;
        System.arraycopy(x, 0, a, 1, inputs);
        return a;
    }

    /** v = wᵀx for the (non-augmented) input. */
    public double netInput(double[] x) {
        if (x.length != inputs) throw new IllegalArgumentException("expected " + inputs + " inputs, got " + x.length);
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
