package org.dlf.engine;

/**
 * The loss of a network over a set of samples as a function of two of its parameters, every other
 * parameter held where it is: E(a, b) = (1/N) Σₙ E(sample n). Its {@link #gradient} comes from
 * backpropagation ({@link Network#forward} and {@link Network#backward} over the samples), its
 * {@link #grid} is what a contour or heatmap of the surface draws. Works on a private copy of the
 * network; not thread-safe.
 *
 * <p>The constructor refuses what would make the surface meaningless (no samples, too many, inputs or
 * targets of the wrong size or not finite, a parameter the network does not have, the same parameter
 * twice, a frozen bias); the coordinates passed in later must be finite.
 */
public final class LossLandscape {

    /** The most cells a side of a {@link #grid} may have. */
    public static final int MAX_GRID = 200;

    /**
     * One parameter of a network: the weight from input {@code input} to neuron {@code neuron} of layer
     * {@code layer}, or, with {@code input} = −1, that neuron's bias (a shared bias moves for the whole
     * layer).
     */
    public record Parameter(int layer, int neuron, int input) {

        public static Parameter weight(int layer, int neuron, int input) {
            return new Parameter(layer, neuron, input);
        }

        public static Parameter bias(int layer, int neuron) {
            return new Parameter(layer, neuron, -1);
        }

        public boolean isBias() {
            return input < 0;
        }
    }

    private final Network network;
    private final double[][] inputs;
    private final double[][] targets;
    private final Loss loss;
    private final Parameter first;
    private final Parameter second;
    private final double[] gradient = new double[2];

    public LossLandscape(
            Network network, double[][] inputs, double[][] targets, Loss loss, Parameter first, Parameter second) {
        Require.present("network", network);
        Require.present("inputs", inputs);
        Require.present("targets", targets);
        Require.between("samples", inputs.length, 1, Limits.MAX_DATASET_SIZE);
        if (targets.length != inputs.length) {
            throw new IllegalArgumentException(inputs.length + " inputs but " + targets.length + " targets");
        }
        for (int n = 0; n < inputs.length; n++) {
            if (inputs[n] == null || inputs[n].length != network.inputSize()) {
                throw new IllegalArgumentException("sample " + n + " needs " + network.inputSize() + " inputs");
            }
            if (targets[n] == null || targets[n].length != network.outputSize()) {
                throw new IllegalArgumentException("sample " + n + " needs " + network.outputSize() + " targets");
            }
            Require.finite("input", inputs[n]);
            Require.finite("target", targets[n]);
        }
        this.network = network.copy();
        this.inputs = deepCopy(inputs);
        this.targets = deepCopy(targets);
        this.loss = Require.present("loss", loss);
        this.first = check(Require.present("first", first));
        this.second = check(Require.present("second", second));
        if (same(first, second)) throw new IllegalArgumentException("the two parameters are the same: " + first);
    }

    private Parameter check(Parameter p) {
        Layer layer = network.layer(p.layer());
        if (p.neuron() < 0 || p.neuron() >= layer.size || p.input() >= layer.inputs || p.input() < -1) {
            throw new IndexOutOfBoundsException("the network has no parameter " + p);
        }
        if (p.isBias() && !layer.biasMode.isTrainable()) {
            throw new IllegalArgumentException(
                    "the bias of " + p + " is frozen; a landscape moves trainable parameters");
        }
        return p;
    }

    private boolean same(Parameter a, Parameter b) {
        boolean sharedBias = a.isBias()
                && b.isBias()
                && a.layer() == b.layer()
                && network.layer(a.layer()).biasMode.isShared();
        return a.equals(b) || sharedBias;
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int n = 0; n < rows.length; n++) copy[n] = rows[n].clone();
        return copy;
    }

    public int sampleCount() {
        return inputs.length;
    }

    public Parameter first() {
        return first;
    }

    public Parameter second() {
        return second;
    }

    /** The mean loss over all samples with the two parameters at (a, b), both finite. */
    public double loss(double a, double b) {
        place(a, b);
        double sum = 0;
        for (int n = 0; n < inputs.length; n++) sum += sampleLoss(n);
        return sum / inputs.length;
    }

    /** {∂E/∂a, ∂E/∂b} of the mean loss over all samples at (a, b), by backpropagation; a new array. */
    public double[] gradient(double a, double b) {
        place(a, b);
        accumulate(null, 0, inputs.length);
        return gradient.clone();
    }

    /**
     * The gradient of the mean loss over the samples {@code order[from]} … {@code order[to − 1]} (a
     * mini-batch) at the current place; into {@link #gradient}. Returns that mini-batch's mean loss.
     */
    double accumulate(int[] order, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            int n = order == null ? k : order[k];
            network.propagate(inputs[n]);
            sum += network.backpropagate(targets[n], loss);
        }
        int count = to - from;
        gradient[0] = read(first) / count;
        gradient[1] = read(second) / count;
        for (int l = 0; l < network.layerCount(); l++) network.layer(l).clearGradients();
        return sum / count;
    }

    /** The last gradient {@link #accumulate} computed. */
    double gradientOf(int which) {
        return gradient[which];
    }

    /**
     * The mean loss at the centres of a {@code size} × {@code size} lattice of cells covering {@code range}
     * ({@code size} from 2 to {@value #MAX_GRID}): {@code values[row * size + col]}, row 0 at the bottom
     * (minY), column 0 at the left (minX). A loss that overflows is +∞.
     */
    public double[] grid(Range range, int size) {
        Require.present("range", range);
        Require.between("size", size, 2, MAX_GRID);
        double[] values = new double[size * size];
        double dx = (range.maxX() - range.minX()) / size, dy = (range.maxY() - range.minY()) / size;
        for (int row = 0; row < size; row++) {
            double b = range.minY() + (row + 0.5) * dy;
            for (int col = 0; col < size; col++) {
                values[row * size + col] = loss(range.minX() + (col + 0.5) * dx, b);
            }
        }
        return values;
    }

    /** Sets the two parameters (finite); clears any pending gradients. */
    void place(double a, double b) {
        if (!Double.isFinite(a)) throw Require.notFinite("a", first, a);
        if (!Double.isFinite(b)) throw Require.notFinite("b", second, b);
        write(first, a);
        write(second, b);
    }

    private double sampleLoss(int n) {
        double[] out = network.propagate(inputs[n]);
        double e = 0;
        for (int j = 0; j < out.length; j++) e += loss.term(out[j], targets[n][j], out.length);
        return e;
    }

    private void write(Parameter p, double value) {
        Layer layer = network.layer(p.layer());
        if (!p.isBias()) {
            layer.weights[p.neuron() * layer.inputs + p.input()] = value;
        } else if (layer.biasMode.isShared()) {
            java.util.Arrays.fill(layer.biases, value);
        } else {
            layer.biases[p.neuron()] = value;
        }
    }

    private double read(Parameter p) {
        Layer layer = network.layer(p.layer());
        if (!p.isBias()) return layer.gradW[p.neuron() * layer.inputs + p.input()];
        if (!layer.biasMode.isShared()) return layer.gradB[p.neuron()];
        double s = 0;
        for (double g : layer.gradB) s += g;
        return s;
    }
}
