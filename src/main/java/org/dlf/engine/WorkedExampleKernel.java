package org.dlf.engine;

/**
 * Online SGD for the worked example's shape, 2 inputs → 2 sigmoid → 2 sigmoid with frozen biases
 * and E = Σ ½(t − o)², with every weight in a local variable. The arithmetic is the general
 * path's ({@link Layer#forward}, {@link Layer#backwardAndUpdate}) in the same order, so the
 * weights agree bit for bit; it just avoids the arrays between the steps.
 */
final class WorkedExampleKernel {
    private WorkedExampleKernel() {}

    /** Whether {@link #train} applies to this network and loss. */
    static boolean fits(Layer[] layers, Loss loss) {
        return layers.length == 2 && loss == Loss.HALF_SQUARED_ERROR && fits(layers[0]) && fits(layers[1]);
    }

    /**
     * The general path sums from 0.0, i.e. computes (0.0 + p) + q. That equals p + q except when
     * both products are −0.0, which matters only for a weight of −0.0: a sigmoid's input sign of
     * zero never does (e^0 = 1), and a weight w ≠ −0.0 never becomes −0.0 (w − w = +0.0). So the
     * kernel runs only when no weight is −0.0, and drops the 0.0 terms.
     */
    private static boolean fits(Layer l) {
        if (l.inputs != 2 || l.size != 2 || l.activation != Activation.SIGMOID || l.biasMode.isTrainable())
            return false;
        for (double w : l.weights) if (Double.doubleToRawLongBits(w) == NEGATIVE_ZERO) return false;
        return true;
    }

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    /**
     * {@code steps} calls of {@code trainSample(x, t, HALF_SQUARED_ERROR, η)}; the loss of each
     * step is not computed. Leaves the weights, as the general path would; net, out and δ buffers
     * are not updated. Returns whether every weight is finite.
     */
    static boolean train(Layer hidden, Layer output, double[] x, double[] t, double eta, int steps) {
        final double x0 = x[0], x1 = x[1], t0 = t[0], t1 = t[1];
        final double[] v = hidden.weights, u = output.weights;
        final double b0 = hidden.biases[0], b1 = hidden.biases[1], c0 = output.biases[0], c1 = output.biases[1];
        double v00 = v[0], v01 = v[1], v10 = v[2], v11 = v[3];
        double u00 = u[0], u01 = u[1], u10 = u[2], u11 = u[3];
        for (int s = 0; s < steps; s++) {
            // forward: net = w·x₀ + w·x₁ + b (see fits for the dropped 0.0)
            double h0 = sigmoid(v00 * x0 + v01 * x1 + b0);
            double h1 = sigmoid(v10 * x0 + v11 * x1 + b1);
            double o0 = sigmoid(u00 * h0 + u01 * h1 + c0);
            double o1 = sigmoid(u10 * h0 + u11 * h1 + c1);
            // output δ = (o − t) · o(1 − o)
            double d0 = (o0 - t0) * (o0 * (1.0 - o0));
            double d1 = (o1 - t1) * (o1 * (1.0 - o1));
            // dE/dh through the weights before the update
            double g0 = u00 * d0 + u10 * d1;
            double g1 = u01 * d0 + u11 * d1;
            u00 = u00 - eta * (d0 * h0);
            u01 = u01 - eta * (d0 * h1);
            u10 = u10 - eta * (d1 * h0);
            u11 = u11 - eta * (d1 * h1);
            double e0 = g0 * (h0 * (1.0 - h0));
            double e1 = g1 * (h1 * (1.0 - h1));
            v00 = v00 - eta * (e0 * x0);
            v01 = v01 - eta * (e0 * x1);
            v10 = v10 - eta * (e1 * x0);
            v11 = v11 - eta * (e1 * x1);
        }
        v[0] = v00;
        v[1] = v01;
        v[2] = v10;
        v[3] = v11;
        u[0] = u00;
        u[1] = u01;
        u[2] = u10;
        u[3] = u11;
        return finite(v) && finite(u);
    }

    private static double sigmoid(double z) {
        return 1.0 / Exp.onePlusExp(-z);
    }

    private static boolean finite(double[] w) {
        for (double a : w) if (!(Math.abs(a) <= Double.MAX_VALUE)) return false;
        return true;
    }
}
