package org.dlf.engine;

/**
 * Loss functions over one sample's output vector, each with its derivative with respect to one
 * output. {@code n} is the number of outputs.
 */
public enum Loss {
    /** The source's E = Σ ½(target − output)²; dE/dout = output − target. */
    HALF_SQUARED_ERROR {
        @Override
        public double term(double output, double target, int n) {
            double e = target - output;
            return 0.5 * e * e;
        }

        @Override
        public double derivative(double output, double target, int n) {
            return output - target;
        }
    },
    /** Mean squared error (1/n) Σ (target − output)²; dE/dout = 2(output − target)/n. */
    MEAN_SQUARED_ERROR {
        @Override
        public double term(double output, double target, int n) {
            double e = target - output;
            return e * e / n;
        }

        @Override
        public double derivative(double output, double target, int n) {
            return 2.0 * (output - target) / n;
        }
    },
    /**
     * Binary cross-entropy −(1/n) Σ [t ln o + (1 − t) ln(1 − o)], targets in [0, 1]; the output is
     * clamped to [1e-15, 1 − 1e-15] so a saturated sigmoid gives a large but finite loss.
     */
    BINARY_CROSS_ENTROPY {
        @Override
        public double term(double output, double target, int n) {
            double o = clamp(output);
            return -(target * Math.log(o) + (1.0 - target) * Math.log(1.0 - o)) / n;
        }

        @Override
        public double derivative(double output, double target, int n) {
            double o = clamp(output);
            return (o - target) / (o * (1.0 - o)) / n;
        }
    };

    static final double EPS = 1e-15;

    private static double clamp(double o) {
        return o < EPS ? EPS : (o > 1.0 - EPS ? 1.0 - EPS : o);
    }

    /** This output's contribution to the loss. */
    public abstract double term(double output, double target, int n);

    /** dE / d output for one output. */
    public abstract double derivative(double output, double target, int n);

    /** The loss of one sample: the sum of {@link #term} over all outputs. */
    public double value(double[] output, double[] target) {
        if (output.length != target.length) {
            throw new IllegalArgumentException("expected " + output.length + " targets, got " + target.length);
        }
        double sum = 0;
        for (int i = 0; i < output.length; i++) sum += term(output[i], target[i], output.length);
        return sum;
    }
}
