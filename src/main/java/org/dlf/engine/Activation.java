package org.dlf.engine;

/**
 * Activation functions with their derivatives (TensorFlow Playground nn.ts style).
 *
 * <p>{@link #apply(double)} maps a net input to an output. {@link #derivative(double)} is
 * d out / d net at a net input. {@link #derivative(double, double)} does the same but may reuse
 * the already computed output (sigmoid: y(1-y), tanh: 1-y²) so no exponential is evaluated twice.
 *
 * <p>STEP and SIGN are the perceptron's threshold units: they map non-negative input to 1 and
 * negative input to 0 (STEP) or -1 (SIGN, the source's sgn). Their derivative is 0 everywhere it
 * exists, so they are {@linkplain #isDifferentiable() not differentiable} for gradient training.
 */
public enum Activation {
    /** 1 if x ≥ 0, else 0. */
    STEP(false) {
        @Override
        public double apply(double x) {
            return x >= 0 ? 1.0 : 0.0;
        }

        @Override
        public double derivative(double x, double y) {
            return 0.0;
        }
    },
    /** sgn: +1 if x ≥ 0, else −1. */
    SIGN(false) {
        @Override
        public double apply(double x) {
            return x >= 0 ? 1.0 : -1.0;
        }

        @Override
        public double derivative(double x, double y) {
            return 0.0;
        }
    },
    /** Identity. */
    LINEAR(true) {
        @Override
        public double apply(double x) {
            return x;
        }

        @Override
        public double derivative(double x, double y) {
            return 1.0;
        }
    },
    /** Logistic sigmoid 1/(1+e^−x). */
    SIGMOID(true) {
        @Override
        public double apply(double x) {
            return 1.0 / Exp.onePlusExp(-x);
        }

        @Override
        public double derivative(double x, double y) {
            return y * (1.0 - y);
        }
    },
    /** Hyperbolic tangent, computed with one {@link Exp#onePlusExp} (see {@link #tanh(double)}). */
    TANH(true) {
        @Override
        public double apply(double x) {
            return tanh(x);
        }

        @Override
        public double derivative(double x, double y) {
            return 1.0 - y * y;
        }
    },
    /** max(0, x); the derivative at the kink x = 0 is taken as 0 (as in nn.ts). */
    RELU(true) {
        @Override
        public double apply(double x) {
            return x > 0 ? x : 0.0;
        }

        @Override
        public double derivative(double x, double y) {
            return x > 0 ? 1.0 : 0.0;
        }
    };

    private final boolean differentiable;

    Activation(boolean differentiable) {
        this.differentiable = differentiable;
    }

    /** Output for net input {@code x}. */
    public abstract double apply(double x);

    /** d out / d net at net input {@code x}, given the output {@code y = apply(x)}. */
    public abstract double derivative(double x, double y);

    /** d out / d net at net input {@code x}. */
    public double derivative(double x) {
        return derivative(x, apply(x));
    }

    /** False for STEP and SIGN: gradient descent cannot train through them. */
    public boolean isDifferentiable() {
        return differentiable;
    }

    /**
     * {@link #apply} for the layer loops: a switch instead of a virtual call, so the call site
     * stays inlined whatever mix of activations a program uses.
     */
    final double value(double x) {
        switch (this) {
            case SIGMOID:
                return 1.0 / Exp.onePlusExp(-x);
            case TANH:
                return tanh(x);
            case RELU:
                return x > 0 ? x : 0.0;
            case LINEAR:
                return x;
            default:
                return apply(x);
        }
    }

    /**
     * δ = dE/dnet from {@code grad} = dE/dout, reusing the output: sigmoid grad·(y(1−y)), tanh
     * grad·(1−y²), ReLU grad or 0, linear grad; STEP and SIGN give 0.
     */
    final double delta(double grad, double net, double out) {
        switch (this) {
            case SIGMOID:
                return grad * (out * (1.0 - out));
            case TANH:
                return grad * (1.0 - out * out);
            case RELU:
                return net > 0 ? grad : 0.0;
            case LINEAR:
                return grad;
            default:
                return 0.0;
        }
    }

    private static final double SMALL = 0.25;
    // Taylor coefficients of tanh: x − x³/3 + 2x⁵/15 − 17x⁷/315 + ... (odd terms up to x^21)
    private static final double C3 = -1.0 / 3,
            C5 = 2.0 / 15,
            C7 = -17.0 / 315,
            C9 = 62.0 / 2835,
            C11 = -1382.0 / 155925,
            C13 = 21844.0 / 6081075,
            C15 = -929569.0 / 638512875,
            C17 = 6404582.0 / 10854718875.0,
            C19 = -443861162.0 / 1856156927625.0,
            C21 = 18888466084.0 / 194896477400625.0;

    /**
     * tanh with a single {@link Exp#onePlusExp}: 1 − 2/(e^{2|x|}+1) for |x| ≥ 0.25 (no overflow: e^{2|x|}
     * = ∞ gives exactly 1), and an odd Taylor polynomial below, where the subtraction would cancel.
     * Agrees with {@link Math#tanh} to about 1e-15 relative.
     */
    public static double tanh(double x) {
        double a = Math.abs(x);
        if (a < SMALL) {
            double z = x * x;
            return x
                    + x
                            * z
                            * (C3
                                    + z
                                            * (C5
                                                    + z
                                                            * (C7
                                                                    + z
                                                                            * (C9
                                                                                    + z
                                                                                            * (C11
                                                                                                    + z
                                                                                                            * (C13
                                                                                                                    + z
                                                                                                                            * (C15
                                                                                                                                    + z
                                                                                                                                            * (C17
                                                                                                                                                    + z
                                                                                                                                                            * (C19
                                                                                                                                                                    + z
                                                                                                                                                                            * C21)))))))));
        }
        double t = 1.0 - 2.0 / Exp.onePlusExp(2.0 * a);
        return x < 0 ? -t : t;
    }
}
