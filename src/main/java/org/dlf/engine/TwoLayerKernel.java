package org.dlf.engine;

/**
 * Fused forward, backward and update for the course's most common shape: 2 inputs → H hidden
 * neurons → 1 output, per-neuron biases (trainable or frozen). It does exactly the arithmetic of
 * {@link Layer#forward} and {@link Layer#backwardAndUpdate}, in the same order, and fills the same
 * net/out/δ buffers, so the result is bit for bit the general path's; it only skips the passes
 * over the δ and dE/dout arrays between the layers.
 */
final class TwoLayerKernel {
    private final Layer hidden;
    private final Layer output;
    /** Whether every parameter was finite after the last {@link #trainSample}. */
    boolean finite = true;

    /** Hidden outputs of the first sample of a pair (see {@link #firstOutputs}). */
    private final double[] pairHidden;

    private TwoLayerKernel(Layer hidden, Layer output) {
        this.hidden = hidden;
        this.output = output;
        this.pairHidden = new double[hidden.size];
    }

    /** A kernel for these layers, or null if they are not of its shape. */
    static TwoLayerKernel of(Layer[] layers) {
        boolean fits = layers.length == 2
                && layers[0].inputs == 2
                && layers[1].size == 1
                && !layers[0].biasMode.isShared()
                && !layers[1].biasMode.isShared();
        return fits ? new TwoLayerKernel(layers[0], layers[1]) : null;
    }

    /** Forward pass; returns the output. */
    double forward(double[] x) {
        hidden.forward(x);
        final double[] h = hidden.out, u = output.weights;
        double s = 0;
        for (int j = 0; j < h.length; j++) s += u[j] * h[j];
        s += output.biases[0];
        output.in = h;
        output.net[0] = s;
        double o = output.activation.value(s);
        output.out[0] = o;
        return o;
    }

    /**
     * The output for every row of {@code x} into {@code out}, the same numbers as {@link #forward}
     * row by row. Two rows go through together, so that their exponentials overlap; the second
     * row of each pair fills the buffers, so they end as a row-by-row pass would leave them.
     */
    void firstOutputs(double[][] x, double[] out) {
        final double[] w = hidden.weights, b = hidden.biases, u = output.weights;
        final double[] ha = pairHidden, hb = hidden.out, zb = hidden.net;
        final Activation f = hidden.activation, g = output.activation;
        final double c = output.biases[0];
        int n = x.length, r = 0;
        for (; r + 1 < n; r += 2) {
            double a0 = x[r][0], a1 = x[r][1], b0 = x[r + 1][0], b1 = x[r + 1][1];
            for (int j = 0; j < ha.length; j++) {
                double za = 0.0 + w[2 * j] * a0 + w[2 * j + 1] * a1 + b[j];
                double z = 0.0 + w[2 * j] * b0 + w[2 * j + 1] * b1 + b[j];
                ha[j] = f.value(za);
                zb[j] = z;
                hb[j] = f.value(z);
            }
            double sa = 0, sb = 0;
            for (int j = 0; j < ha.length; j++) {
                sa += u[j] * ha[j];
                sb += u[j] * hb[j];
            }
            sa += c;
            sb += c;
            out[r] = g.value(sa);
            double ob = g.value(sb);
            out[r + 1] = ob;
            hidden.in = x[r + 1];
            output.in = hb;
            output.net[0] = sb;
            output.out[0] = ob;
        }
        if (r < n) out[r] = forward(x[r]);
    }

    /**
     * One online SGD step (η already divided by the batch size of 1); returns the loss before
     * the update. Sets {@link #finite}.
     */
    double trainSample(double[] x, double t, Loss loss, double eta) {
        double o = forward(x);
        double e = loss.term(o, t, 1);
        double d = output.activation.delta(loss.derivative(o, t, 1), output.net[0], o);
        output.delta[0] = d;
        final double[] h = hidden.out, z = hidden.net, u = output.weights, w = hidden.weights, b = hidden.biases;
        final double x0 = x[0], x1 = x[1];
        final Activation f = hidden.activation;
        final boolean trainHidden = hidden.biasMode.isTrainable();
        boolean ok = true;
        for (int j = 0; j < h.length; j++) {
            double uj = u[j];
            double g = 0.0 + uj * d; // dE/dh_j through the old weight
            uj = uj - eta * (d * h[j]);
            u[j] = uj;
            double dj = f.delta(g, z[j], h[j]);
            hidden.delta[j] = dj;
            double w0 = w[2 * j] - eta * (dj * x0), w1 = w[2 * j + 1] - eta * (dj * x1);
            w[2 * j] = w0;
            w[2 * j + 1] = w1;
            ok &= Math.abs(uj) <= Double.MAX_VALUE
                    & Math.abs(w0) <= Double.MAX_VALUE
                    & Math.abs(w1) <= Double.MAX_VALUE;
            if (trainHidden) {
                double v = b[j] - eta * dj;
                b[j] = v;
                ok &= Math.abs(v) <= Double.MAX_VALUE;
            }
        }
        if (output.biasMode.isTrainable()) {
            double v = output.biases[0] - eta * d;
            output.biases[0] = v;
            ok &= Math.abs(v) <= Double.MAX_VALUE;
        }
        finite = ok;
        return e;
    }
}
