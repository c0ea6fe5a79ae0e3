package org.dlf.engine;

/**
 * The course's gradient-descent example (the chapter on gradient descent and the learning rate): one
 * linear neuron y = w·x + b fitted to eight points (x, t) with the mean of the chapter's squared error,
 * E(w, b) = (1/8) Σ ½(t − y)². Its loss landscape over (w, b) is a bowl with elliptic contours whose
 * lowest point is (w, b) = (0.475, 1.025), E = 0.0087890625. The window and the start are the widget's.
 */
public final class DescentExample {

    private static final double[] X = {-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5};
    private static final double[] T = {0.60, 0.60, 1.05, 1.45, 1.40, 1.75, 2.15, 2.05};

    public static final Loss LOSS = Loss.HALF_SQUARED_ERROR;
    /** Where the widget's descent starts unless the learner picks another place. */
    public static final double START_W = -1.5;

    public static final double START_B = 3.0;
    /** The seed of the mini-batch order. */
    public static final long SEED = 1;

    private DescentExample() {}

    /** The inputs x of the eight points. */
    public static double[] xs() {
        return X.clone();
    }

    /** The targets t of the eight points. */
    public static double[] targets() {
        return T.clone();
    }

    /** The part of the (w, b) plane the widget shows: w from −2.5 to 3.5, b from −2 to 4. */
    public static Range window() {
        return new Range(-2.5, 3.5, -2.0, 4.0);
    }

    /** The neuron: one input, one linear output with its own bias (w and b are set by the landscape). */
    public static Network network() {
        return Network.builder(1).layer(1, Activation.LINEAR).build();
    }

    /** The loss over (w, b) on the eight points. */
    public static LossLandscape landscape() {
        double[][] inputs = new double[X.length][], targets = new double[T.length][];
        for (int n = 0; n < X.length; n++) {
            inputs[n] = new double[] {X[n]};
            targets[n] = new double[] {T[n]};
        }
        return new LossLandscape(
                network(),
                inputs,
                targets,
                LOSS,
                LossLandscape.Parameter.weight(0, 0, 0),
                LossLandscape.Parameter.bias(0, 0));
    }

    /**
     * The lowest point of the landscape, {w, b}: the least-squares line through the eight points,
     * w = cov(x, t) / var(x) and b = mean(t) − w · mean(x).
     */
    public static double[] lowestPoint() {
        double mx = 0, mt = 0;
        for (int n = 0; n < X.length; n++) {
            mx += X[n] / X.length;
            mt += T[n] / T.length;
        }
        double cov = 0, var = 0;
        for (int n = 0; n < X.length; n++) {
            cov += (X[n] - mx) * (T[n] - mt);
            var += (X[n] - mx) * (X[n] - mx);
        }
        double w = cov / var;
        return new double[] {w, mt - w * mx};
    }

    /** Gradient descent on the example from (w, b) with η and a batch of 1 to 8 points. */
    public static GradientDescent descent(double learningRate, int batchSize, double w, double b) {
        return new GradientDescent(landscape(), learningRate, batchSize, SEED, w, b);
    }

    /** Full-batch gradient descent from the widget's start. */
    public static GradientDescent descent(double learningRate) {
        return descent(learningRate, X.length, START_W, START_B);
    }
}
