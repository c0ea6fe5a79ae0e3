package org.dlf.engine;

/**
 * The course's 2-2-2 example: inputs 0.05, 0.10; targets 0.01, 0.99; sigmoid everywhere;
 * w1..w4 = 0.15, 0.20, 0.25, 0.30; w5..w8 = 0.40, 0.45, 0.50, 0.55; b1 = 0.35 shared by the
 * hidden layer, b2 = 0.60 shared by the output layer; E = Σ ½(t − o)²; η = 0.5.
 */
public final class WorkedExample {
    public static final double LEARNING_RATE = 0.5;
    public static final Loss LOSS = Loss.HALF_SQUARED_ERROR;

    private WorkedExample() {}

    public static double[] input() {
        return new double[] {0.05, 0.10};
    }

    public static double[] target() {
        return new double[] {0.01, 0.99};
    }

    /** The network with frozen shared biases, exactly as in the source. */
    public static Network network() {
        return build(BiasMode.SHARED_FROZEN);
    }

    /** The variant where b1 and b2 are trained too (still one value per layer). */
    public static Network networkWithTrainableBiases() {
        return build(BiasMode.SHARED);
    }

    private static Network build(BiasMode mode) {
        return Network.builder(2)
                .layer(2, Activation.SIGMOID, mode)
                .layer(2, Activation.SIGMOID, mode)
                .build()
                .setWeights(0, 0.15, 0.20, 0.25, 0.30)
                .setWeights(1, 0.40, 0.45, 0.50, 0.55)
                .setBiases(0, 0.35)
                .setBiases(1, 0.60);
    }

    /** One traced step of the example network (the network is updated). */
    public static StepTrace step(Network network, BackpropVariant variant) {
        return network.traceStep(input(), target(), LOSS, LEARNING_RATE, variant);
    }

    /**
     * Runs {@code steps} (0 to {@link Limits#MAX_EPOCHS}) plain SGD steps on the example sample;
     * returns E_total afterwards.
     */
    public static double train(Network network, int steps) {
        Require.present("network", network);
        double[] x = input(), t = target();
        network.trainSteps(x, t, LOSS, LEARNING_RATE, steps);
        return network.loss(x, t, LOSS);
    }

    /** The textbook name of weight (j, i) of layer l: w1..w8. */
    public static String weightName(int layer, int j, int i) {
        return "w" + (layer * 4 + j * 2 + i + 1);
    }

    /**
     * Which back-propagation variant produces {@code lossAfterOneStep} (to 1e-9), or null.
     * Lets an exercise tell a correct answer from the known mistake.
     */
    public static BackpropVariant identify(double lossAfterOneStep) {
        for (BackpropVariant v : BackpropVariant.values()) {
            if (Math.abs(step(network(), v).lossAfter() - lossAfterOneStep) < 1e-9) return v;
        }
        return null;
    }
}
