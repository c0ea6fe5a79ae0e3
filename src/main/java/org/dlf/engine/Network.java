package org.dlf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multi-layer perceptron of dense layers. Build with {@link #builder(int)}; set weights
 * explicitly or {@link #initialize(long) seed} them; train with {@link #forward},
 * {@link #backward} and {@link #applyGradients}, or record a whole step with {@link #traceStep}.
 * Not thread-safe: it owns its working buffers.
 *
 * <p>Every public method refuses bad input before it changes anything: sizes beyond {@link Limits},
 * inputs, targets, weights and biases that are not finite, a learning rate that is not a finite
 * number above 0 ({@link ConfigException}, naming the value). A finite but huge learning rate is
 * accepted: training then diverges, which {@link Trainer} detects and undoes. {@link Trainer} checks
 * its data and rate once and then calls the unchecked package-private steps.
 */
public final class Network implements Surface {
    private final int inputSize;
    private final Layer[] layers;
    private final double[] xy = new double[2];
    /** Fused path for 2 → H → 1 networks, or null. */
    private final TwoLayerKernel kernel;

    private Network(int inputSize, Layer[] layers) {
        this.inputSize = inputSize;
        this.layers = layers;
        this.kernel = TwoLayerKernel.of(layers);
    }

    public static Builder builder(int inputs) {
        return new Builder(inputs);
    }

    /** Builds layer by layer: {@code Network.builder(2).layer(8, TANH).layer(1, SIGMOID).build()}. */
    public static final class Builder {
        private final int inputs;
        private final List<Layer> layers = new ArrayList<>();

        private Builder(int inputs) {
            this.inputs = Require.between("inputs", inputs, 1, Limits.MAX_INPUTS);
        }

        public Builder layer(int neurons, Activation activation) {
            return layer(neurons, activation, BiasMode.PER_NEURON);
        }

        public Builder layer(int neurons, Activation activation, BiasMode biasMode) {
            Require.between("layers", layers.size() + 1, 1, Limits.MAX_LAYERS);
            Require.between("neurons", neurons, Limits.MIN_NEURONS_PER_LAYER, Limits.MAX_NEURONS_PER_LAYER);
            Require.present("activation", activation);
            Require.present("biasMode", biasMode);
            int in = layers.isEmpty() ? inputs : layers.get(layers.size() - 1).size;
            layers.add(new Layer(in, neurons, activation, biasMode));
            return this;
        }

        /** All weights and biases are 0 until {@link Network#initialize} or explicit setting. */
        public Network build() {
            if (layers.isEmpty()) throw new IllegalStateException("a network needs at least one layer");
            return new Network(inputs, layers.toArray(new Layer[0]));
        }
    }

    /** Glorot-uniform weights from {@code seed}: U(−√(6/(in+out)), +√(6/(in+out))); biases 0. */
    public Network initialize(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (Layer l : layers) {
            double limit = Math.sqrt(6.0 / (l.inputs + l.size));
            for (int k = 0; k < l.weights.length; k++) l.weights[k] = rng.nextDouble(-limit, limit);
            java.util.Arrays.fill(l.biases, 0.0);
            l.clearGradients();
        }
        return this;
    }

    public int inputSize() {
        return inputSize;
    }

    public int outputSize() {
        return layers[layers.length - 1].size;
    }

    public int layerCount() {
        return layers.length;
    }

    /** Layer {@code l} (0 = first hidden layer, last = output layer); read-only view. */
    public Layer layer(int l) {
        if (l < 0 || l >= layers.length) {
            throw new IndexOutOfBoundsException(
                    "no layer " + l + ": the network has layers 0 to " + (layers.length - 1));
        }
        return layers[l];
    }

    public int parameterCount() {
        int n = 0;
        for (Layer l : layers) n += l.parameterCount();
        return n;
    }

    /** Layer {@code layer}'s weights, flat row-major; all finite. */
    public Network setWeights(int layer, double... values) {
        layer(layer).setWeights(values, layer);
        return this;
    }

    public Network setWeight(int layer, int to, int from, double value) {
        layer(layer).setWeight(to, from, value, layer);
        return this;
    }

    /** For a shared bias pass one value. All finite. */
    public Network setBiases(int layer, double... values) {
        layer(layer).setBiases(values, layer);
        return this;
    }

    /** Refuses an input of the wrong size or not finite. */
    private void checkInput(double[] x) {
        if (x.length != inputSize) {
            throw new IllegalArgumentException("expected " + inputSize + " inputs, got " + x.length);
        }
        Require.finite("input", x);
    }

    /** Refuses a target of the wrong size or not finite, or no loss. */
    private void checkTarget(double[] target, Loss loss) {
        int n = outputSize();
        if (target.length != n) throw new IllegalArgumentException("expected " + n + " targets, got " + target.length);
        Require.finite("target", target);
        Require.present("loss", loss);
    }

    /**
     * Forward pass of a finite input. Returns the network's internal output buffer (valid until the
     * next call); copy it if you keep it.
     */
    public double[] forward(double[] x) {
        checkInput(x);
        return propagate(x);
    }

    /** {@link #forward} without the checks. */
    double[] propagate(double[] x) {
        if (kernel != null) {
            kernel.forward(x);
            return layers[1].out;
        }
        double[] a = x;
        for (Layer l : layers) a = l.forward(a);
        return a;
    }

    /** The first output for every row of {@code x} into {@code out}; as {@link #forward} row by row. */
    void firstOutputs(double[][] x, double[] out) {
        if (kernel != null && inputSize == 2) {
            for (double[] row : x) {
                if (row.length != 2) throw new IllegalArgumentException("expected 2 inputs, got " + row.length);
            }
            kernel.firstOutputs(x, out);
            return;
        }
        for (int i = 0; i < x.length; i++) out[i] = propagate(x[i])[0];
    }

    /** Forward pass into a copy. */
    public double[] predict(double... x) {
        return forward(x).clone();
    }

    /** First output for the finite 2-D input (x, y); no allocation (a decision grid calls it per cell). */
    @Override
    public double valueAt(double x, double y) {
        if (inputSize != 2 || !(Math.abs(x) <= Double.MAX_VALUE && Math.abs(y) <= Double.MAX_VALUE)) {
            checkInput(new double[] {x, y});
        }
        xy[0] = x;
        xy[1] = y;
        return propagate(xy)[0];
    }

    /**
     * Back-propagates the sample of the last {@link #forward} call and adds its gradients to the
     * accumulated sums. Returns that sample's loss.
     */
    public double backward(double[] target, Loss loss) {
        checkTarget(target, loss);
        if (layers[0].in == null) throw new IllegalStateException("backward needs a forward pass first");
        return backpropagate(target, loss);
    }

    /** {@link #backward} without the checks. */
    double backpropagate(double[] target, Loss loss) {
        Layer last = layers[layers.length - 1];
        int n = last.size;
        double e = 0;
        for (int j = 0; j < n; j++) {
            e += loss.term(last.out[j], target[j], n);
            last.delta[j] = loss.derivative(last.out[j], target[j], n);
        }
        for (int l = layers.length - 1; l >= 0; l--) {
            layers[l].backward(l > 0 ? layers[l - 1].delta : null);
        }
        return e;
    }

    /**
     * Gradient-descent update with the mean of the accumulated gradients:
     * w ← w − η · (Σ ∂E/∂w) / count, for a finite η above 0 and a count of 1 to
     * {@link Limits#MAX_DATASET_SIZE} samples. Clears the sums. Returns false if a parameter is now
     * not finite.
     */
    public boolean applyGradients(double learningRate, int count) {
        Require.positive("learningRate", learningRate);
        Require.between("count", count, 1, Limits.MAX_DATASET_SIZE);
        return descend(learningRate, count);
    }

    /** {@link #applyGradients} without the checks. */
    boolean descend(double learningRate, int count) {
        double scale = learningRate / count;
        boolean finite = true;
        for (Layer l : layers) finite &= l.update(scale);
        return finite;
    }

    /**
     * One online SGD step on one sample (forward, backward and update fused, no gradient sums);
     * returns its loss before the update. Same result, bit for bit, as forward + backward +
     * applyGradients(η, 1) when no gradients were pending. η is a finite number above 0.
     */
    public double trainSample(double[] x, double[] target, Loss loss, double learningRate) {
        checkInput(x);
        checkTarget(target, loss);
        Require.positive("learningRate", learningRate);
        return step(x, target, loss, learningRate);
    }

    /** {@link #trainSample} without the checks. */
    double step(double[] x, double[] target, Loss loss, double eta) {
        if (kernel != null) {
            double e = kernel.trainSample(x, target[0], loss, eta);
            lastUpdateFinite = kernel.finite;
            return e;
        }
        propagate(x);
        Layer last = layers[layers.length - 1];
        int n = last.size;
        double e = 0;
        for (int j = 0; j < n; j++) {
            e += loss.term(last.out[j], target[j], n);
            last.delta[j] = loss.derivative(last.out[j], target[j], n);
        }
        boolean finite = true;
        for (int l = layers.length - 1; l >= 0; l--) {
            finite &= layers[l].backwardAndUpdate(l > 0 ? layers[l - 1].delta : null, eta);
        }
        lastUpdateFinite = finite;
        return e;
    }

    /**
     * {@code steps} (0 to {@link Limits#MAX_EPOCHS}) online SGD steps on one sample; the same
     * weights, bit for bit, as calling {@link #trainSample} {@code steps} times, without computing
     * each step's loss. Checks its arguments once. The worked example's shape runs in
     * {@link WorkedExampleKernel}.
     */
    void trainSteps(double[] x, double[] target, Loss loss, double learningRate, int steps) {
        checkInput(x);
        checkTarget(target, loss);
        Require.positive("learningRate", learningRate);
        Require.between("steps", steps, 0, Limits.MAX_EPOCHS);
        if (steps > 0 && WorkedExampleKernel.fits(layers, loss)) {
            lastUpdateFinite = WorkedExampleKernel.train(layers[0], layers[1], x, target, learningRate, steps);
            return;
        }
        for (int s = 0; s < steps; s++) step(x, target, loss, learningRate);
    }

    /** Whether every parameter was finite after the last {@link #trainSample}. */
    boolean lastUpdateFinite = true;

    /** Loss of one sample with the current weights (forward only). */
    public double loss(double[] x, double[] target, Loss loss) {
        checkInput(x);
        checkTarget(target, loss);
        double[] o = propagate(x);
        double e = 0;
        for (int j = 0; j < o.length; j++) e += loss.term(o[j], target[j], o.length);
        return e;
    }

    /**
     * Records one full step (forward, backward, update with a finite η above 0) and applies it; see
     * {@link StepTrace}.
     */
    public StepTrace traceStep(double[] x, double[] target, Loss loss, double learningRate, BackpropVariant variant) {
        checkInput(x);
        checkTarget(target, loss);
        Require.positive("learningRate", learningRate);
        Require.present("variant", variant);
        return Tracer.step(this, layers, x, target, loss, learningRate, variant);
    }

    public StepTrace traceStep(double[] x, double[] target, Loss loss, double learningRate) {
        return traceStep(x, target, loss, learningRate, BackpropVariant.CORRECT);
    }

    /** Where the first non-finite parameter is, e.g. "weight (1, 0) of layer 2", or null. */
    public String firstNonFiniteParameter() {
        for (int l = 0; l < layers.length; l++) {
            Layer y = layers[l];
            for (int k = 0; k < y.weights.length; k++) {
                if (!Double.isFinite(y.weights[k])) {
                    return "weight (" + (k / y.inputs) + ", " + (k % y.inputs) + ") of layer " + l + " = "
                            + y.weights[k];
                }
            }
            for (int j = 0; j < y.size; j++) {
                if (!Double.isFinite(y.biases[j])) return "bias " + j + " of layer " + l + " = " + y.biases[j];
            }
        }
        return null;
    }

    /** A copy of all parameters. */
    public Parameters parameters() {
        Parameters p = Parameters.shaped(this);
        copyParametersTo(p);
        return p;
    }

    /** Copies all parameters into {@code p}, which has this network's shape (no allocation). */
    public void copyParametersTo(Parameters p) {
        checkShape(p);
        for (int l = 0; l < layers.length; l++) {
            copy(layers[l].weights, p.weights()[l]);
            copy(layers[l].biases, p.biases()[l]);
        }
    }

    /** A plain loop: for the few values of a small layer it beats an arraycopy call. */
    private static void copy(double[] from, double[] to) {
        for (int i = 0; i < from.length; i++) to[i] = from[i];
    }

    /**
     * Restores finite parameters copied from a network of the same shape; clears accumulated
     * gradients. Checks every layer first: on a refusal nothing has changed.
     */
    public void restore(Parameters p) {
        checkShape(p);
        for (int l = 0; l < layers.length; l++) {
            layers[l].checkWeights(p.weights()[l], l);
            layers[l].checkBiases(p.biases()[l], l);
        }
        for (int l = 0; l < layers.length; l++) {
            Layer y = layers[l];
            System.arraycopy(p.weights()[l], 0, y.weights, 0, y.weights.length);
            System.arraycopy(p.biases()[l], 0, y.biases, 0, y.size);
            y.clearGradients();
        }
    }

    /** Refuses parameters whose layer count or array lengths differ from this network's. */
    private void checkShape(Parameters p) {
        double[][] w = p.weights(), b = p.biases();
        boolean same = w != null && b != null && w.length == layers.length && b.length == layers.length;
        for (int l = 0; same && l < layers.length; l++) {
            same = w[l] != null
                    && b[l] != null
                    && w[l].length == layers[l].weights.length
                    && b[l].length == layers[l].size;
        }
        if (!same) {
            StringBuilder shape = new StringBuilder().append(inputSize);
            for (Layer y : layers) shape.append(" → ").append(y.size);
            throw new IllegalArgumentException("parameters of another shape; this network is " + shape);
        }
    }

    /** A deep copy with the same shape and parameters (fresh buffers). */
    public Network copy() {
        Layer[] c = new Layer[layers.length];
        for (int l = 0; l < layers.length; l++) c[l] = layers[l].copy();
        return new Network(inputSize, c);
    }

    /** Network parameters: {@code weights()[layer]} flat row-major, {@code biases()[layer]}. */
    public record Parameters(double[][] weights, double[][] biases) {
        static Parameters shaped(Network n) {
            double[][] w = new double[n.layers.length][];
            double[][] b = new double[n.layers.length][];
            for (int l = 0; l < w.length; l++) {
                w[l] = new double[n.layers[l].weights.length];
                b[l] = new double[n.layers[l].size];
            }
            return new Parameters(w, b);
        }

        /** Bitwise equality of all values (for determinism checks). */
        public boolean sameBits(Parameters o) {
            return java.util.Arrays.deepEquals(weights, o.weights) && java.util.Arrays.deepEquals(biases, o.biases);
        }
    }
}
