package org.dlf.engine;

import java.util.Arrays;

/**
 * A dense layer: {@code size} neurons, each connected to all {@code inputs} of the previous layer.
 * Weights are one flat row-major array: {@code weight(j, i)} (input i → neuron j) is at
 * {@code j * inputs + i}; for the 2-2-2 example layer 0 holds w1..w4 and layer 1 holds w5..w8 in
 * order. Working buffers (net inputs, outputs, δ, gradient sums) are preallocated.
 */
public final class Layer {
    final int inputs;
    final int size;
    final Activation activation;
    final BiasMode biasMode;
    final double[] weights;
    final double[] biases;
    final double[] net;
    final double[] out;
    final double[] delta;
    final double[] gradW;
    final double[] gradB;
    double[] in;

    Layer(int inputs, int size, Activation activation, BiasMode biasMode) {
        if (inputs < 1 || size < 1) {
            throw new IllegalArgumentException(
                    "a layer needs at least 1 input and 1 neuron (got " + inputs + " inputs, " + size + " neurons)");
        }
        this.inputs = inputs;
        this.size = size;
        this.activation = java.util.Objects.requireNonNull(activation, "activation");
        this.biasMode = java.util.Objects.requireNonNull(biasMode, "biasMode");
        this.weights = new double[inputs * size];
        this.biases = new double[size];
        this.net = new double[size];
        this.out = new double[size];
        this.delta = new double[size];
        this.gradW = new double[inputs * size];
        this.gradB = new double[size];
    }

    Layer copy() {
        Layer c = new Layer(inputs, size, activation, biasMode);
        System.arraycopy(weights, 0, c.weights, 0, weights.length);
        System.arraycopy(biases, 0, c.biases, 0, biases.length);
        return c;
    }

    /**
     * Computes net inputs and outputs for {@code x}; returns the output buffer. Each net input is
     * summed from 0.0 in input order, then the bias is added; the activation is applied in the
     * same loop. Two inputs (every first layer here) get a loop without an inner loop.
     */
    double[] forward(double[] x) {
        in = x;
        final int n = inputs;
        final double[] w = weights, b = biases;
        final Activation f = activation;
        if (n == 2) {
            final double x0 = x[0], x1 = x[1];
            for (int j = 0; j < size; j++) {
                double s = 0.0 + w[2 * j] * x0 + w[2 * j + 1] * x1 + b[j];
                net[j] = s;
                out[j] = f.value(s);
            }
            return out;
        }
        for (int j = 0, k = 0; j < size; j++) {
            double s = 0;
            for (int i = 0; i < n; i++, k++) s += w[k] * x[i];
            s += b[j];
            net[j] = s;
            out[j] = f.value(s);
        }
        return out;
    }

    /** Expects dE/dout in {@link #delta}; turns it into δ, accumulates gradients and writes
     *  dE/dout of the previous layer into {@code prevGrad} (if not null). One pass over the
     *  weights; each sum is formed in the same order as separate passes would. */
    void backward(double[] prevGrad) {
        final int n = inputs;
        final double[] x = in, w = weights, g = gradW;
        if (prevGrad != null) Arrays.fill(prevGrad, 0, n, 0.0);
        for (int j = 0, k = 0; j < size; j++) {
            double d = activation.delta(delta[j], net[j], out[j]);
            delta[j] = d;
            gradB[j] += d;
            if (prevGrad == null) {
                for (int i = 0; i < n; i++, k++) g[k] += d * x[i];
            } else {
                for (int i = 0; i < n; i++, k++) {
                    g[k] += d * x[i];
                    prevGrad[i] += w[k] * d;
                }
            }
        }
    }

    /**
     * Online SGD for this layer in one pass (batch of one): δ, then dE/dout of the previous layer
     * through the current (not yet updated) weights, then w −= η·(δ·in). Same arithmetic as
     * {@link #backward} followed by {@link #update}, bit for bit. Returns false if a parameter
     * became non-finite.
     */
    boolean backwardAndUpdate(double[] prevGrad, double eta) {
        final int n = inputs;
        final double[] x = in, w = weights;
        if (prevGrad != null) Arrays.fill(prevGrad, 0, n, 0.0);
        boolean finite = true;
        for (int j = 0, k = 0; j < size; j++) {
            double d = activation.delta(delta[j], net[j], out[j]);
            delta[j] = d;
            for (int i = 0; i < n; i++, k++) {
                double v = w[k];
                if (prevGrad != null) prevGrad[i] += v * d;
                v = v - eta * (d * x[i]);
                w[k] = v;
                finite &= Math.abs(v) <= Double.MAX_VALUE;
            }
        }
        if (biasMode.isTrainable()) {
            if (biasMode.isShared()) {
                double s = 0;
                for (int j = 0; j < size; j++) s += delta[j];
                double v = biases[0] - eta * s;
                Arrays.fill(biases, v);
                finite &= Math.abs(v) <= Double.MAX_VALUE;
            } else {
                for (int j = 0; j < size; j++) {
                    double v = biases[j] - eta * delta[j];
                    biases[j] = v;
                    finite &= Math.abs(v) <= Double.MAX_VALUE;
                }
            }
        }
        return finite;
    }

    /** w −= scale · ∂E/∂w (and trainable biases); clears the sums. Returns false if any
     *  parameter became non-finite. */
    boolean update(double scale) {
        boolean finite = true;
        final double[] w = weights;
        final double[] g = gradW;
        for (int k = 0; k < w.length; k++) {
            double v = w[k] - scale * g[k];
            w[k] = v;
            g[k] = 0.0;
            finite &= Math.abs(v) <= Double.MAX_VALUE;
        }
        if (biasMode.isTrainable()) {
            if (biasMode.isShared()) {
                double s = 0;
                for (int j = 0; j < size; j++) s += gradB[j];
                double v = biases[0] - scale * s;
                Arrays.fill(biases, v);
                finite &= Math.abs(v) <= Double.MAX_VALUE;
            } else {
                for (int j = 0; j < size; j++) {
                    double v = biases[j] - scale * gradB[j];
                    biases[j] = v;
                    finite &= Math.abs(v) <= Double.MAX_VALUE;
                }
            }
        }
        Arrays.fill(gradB, 0.0);
        return finite;
    }

    void clearGradients() {
        Arrays.fill(gradW, 0.0);
        Arrays.fill(gradB, 0.0);
    }

    public int inputs() {
        return inputs;
    }

    public int size() {
        return size;
    }

    public Activation activation() {
        return activation;
    }

    public BiasMode biasMode() {
        return biasMode;
    }

    /** Weight from input {@code i} to neuron {@code j}. */
    public double weight(int j, int i) {
        return weights[index(j, i)];
    }

    public double bias(int j) {
        return biases[j];
    }

    /** A copy of the flat row-major weights. */
    public double[] weights() {
        return weights.clone();
    }

    public double[] biases() {
        return biases.clone();
    }

    /** Net input of neuron j from the last forward pass. */
    public double net(int j) {
        return net[j];
    }

    /** Output of neuron j from the last forward pass. */
    public double output(int j) {
        return out[j];
    }

    public int parameterCount() {
        return weights.length + (biasMode.isShared() ? 1 : size);
    }

    void setWeight(int j, int i, double value, int layer) {
        int k = index(j, i);
        if (!Double.isFinite(value))
            throw Require.notFinite("weight", "(" + j + ", " + i + ") of layer " + layer, value);
        weights[k] = value;
    }

    void setWeights(double[] values, int layer) {
        checkWeights(values, layer);
        System.arraycopy(values, 0, weights, 0, values.length);
    }

    void setBiases(double[] values, int layer) {
        checkBiases(values, layer);
        if (biasMode.isShared()) {
            Arrays.fill(biases, values[0]);
        } else {
            System.arraycopy(values, 0, biases, 0, size);
        }
    }

    /** Refuses weights of another count or not finite; changes nothing. */
    void checkWeights(double[] values, int layer) {
        if (values == null || values.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " weights (" + size + " neurons × "
                    + inputs + " inputs), got " + (values == null ? 0 : values.length));
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw Require.notFinite(
                        "weight", "(" + k / inputs + ", " + k % inputs + ") of layer " + layer, values[k]);
            }
        }
    }

    /** Refuses biases of another count, not finite, or (shared) not all equal; changes nothing. */
    void checkBiases(double[] values, int layer) {
        boolean shared = biasMode.isShared();
        int n = values == null ? 0 : values.length;
        if (shared ? n != 1 && n != size : n != size) {
            throw new IllegalArgumentException(
                    shared ? "a shared bias takes 1 value, got " + n : "expected " + size + " biases, got " + n);
        }
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(values[j])) throw Require.notFinite("bias", j + " of layer " + layer, values[j]);
        }
        for (int j = 1; shared && j < n; j++) {
            if (values[j] != values[0]) throw new IllegalArgumentException("shared bias values differ");
        }
    }

    private int index(int j, int i) {
        if (j < 0 || j >= size || i < 0 || i >= inputs) {
            throw new IndexOutOfBoundsException(
                    "no weight (" + j + ", " + i + ") in a layer of " + size + " neurons × " + inputs + " inputs");
        }
        return j * inputs + i;
    }
}
