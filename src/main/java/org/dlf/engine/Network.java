package org.dlf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multi-layer perceptron of dense layers. Build with {@link #builder(int)}; set weights
 * explicitly or {@link #initialize(long) seed} them; train with {@link #forward},
 * {@link #backward} and {@link #applyGradients}, or record a whole step with {@link #traceStep}.
 * Not thread-safe: it owns its working buffers.
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
            if (inputs < 1) throw new IllegalArgumentException("a network needs at least 1 input (got " + inputs + ")");
            this.inputs = inputs;
        }

        public Builder layer(int neurons, Activation activation) {
            return layer(neurons, activation, BiasMode.PER_NEURON);
        }

        public Builder layer(int neurons, Activation activation, BiasMode biasMode) {
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
        return layers[l];
    }

    public int parameterCount() {
        int n = 0;
        for (Layer l : layers) n += l.parameterCount();
        return n;
    }

    public Network setWeights(int layer, double... values) {
        layers[layer].setWeights(values);
        return this;
    }

    public Network setWeight(int layer, int to, int from, double value) {
        layers[layer].setWeight(to, from, value);
        return this;
    }

    /** For a shared bias pass one value. */
    public Network setBiases(int layer, double... values) {
        layers[layer].setBiases(values);
        return this;
    }

    /**
     * Forward pass. Returns the network's internal output buffer (valid until the next call);
     * copy it if you keep it.
     */
    public double[] forward(double[] x) {
        if (x.length != inputSize) {
            throw new IllegalArgumentException("expected " + inputSize + " inputs, got " + x.length);
        }
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
        for (int i = 0; i < x.length; i++) out[i] = forward(x[i])[0];
    }

    /** Forward pass into a copy. */
    public double[] predict(double... x) {
        return forward(x).clone();
    }

    /** First output for the 2-D input (x, y); no allocation. */
    @Override
    public double valueAt(double x, double y) {
        xy[0] = x;
        xy[1] = y;
        return forward(xy)[0];
    }

    /**
     * Back-propagates the sample of the last {@link #forward} call and adds its gradients to the
     * accumulated sums. Returns that sample's loss.
     */
    public double backward(double[] target, Loss loss) {
        Layer last = layers[layers.length - 1];
        if (target.length != last.size) {
            throw new IllegalArgumentException("expected " + last.size + " targets, got " + target.length);
        }
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
     * w ← w − η · (Σ ∂E/∂w) / count. Clears the sums. Returns false if a parameter is now not finite.
     */
    public boolean applyGradients(double learningRate, int count) {
        double scale = learningRate / count;
        boolean finite = true;
        for (Layer l : layers) finite &= l.update(scale);
        return finite;
    }

    /**
     * One online SGD step on one sample (forward, backward and update fused, no gradient sums);
     * returns its loss before the update. Same result, bit for bit, as forward + backward +
     * applyGradients(η, 1) when no gradients were pending.
     */
    public double trainSample(double[] x, double[] target, Loss loss, double learningRate) {
        Layer last = layers[layers.length - 1];
        if (kernel != null && x.length == 2 && target.length == 1) {
            double e = kernel.trainSample(x, target[0], loss, learningRate / 1);
            lastUpdateFinite = kernel.finite;
            return e;
        }
        forward(x);
        if (target.length != last.size) {
            throw new IllegalArgumentException("expected " + last.size + " targets, got " + target.length);
        }
        int n = last.size;
        double e = 0;
        for (int j = 0; j < n; j++) {
            e += loss.term(last.out[j], target[j], n);
            last.delta[j] = loss.derivative(last.out[j], target[j], n);
        }
        double eta = learningRate / 1;
        boolean finite = true;
        for (int l = layers.length - 1; l >= 0; l--) {
            finite &= layers[l].backwardAndUpdate(l > 0 ? layers[l - 1].delta : null, eta);
        }
        lastUpdateFinite = finite;
        return e;
    }

    /**
     * {@code steps} online SGD steps on one sample; the same weights, bit for bit, as calling
     * {@link #trainSample} {@code steps} times, without computing each step's loss. The worked
     * example's shape runs in {@link WorkedExampleKernel}.
     */
    void trainSteps(double[] x, double[] target, Loss loss, double learningRate, int steps) {
        if (steps > 0 && WorkedExampleKernel.fits(layers, loss) && x.length == 2 && target.length == 2) {
            lastUpdateFinite = WorkedExampleKernel.train(layers[0], layers[1], x, target, learningRate / 1, steps);
            return;
        }
        for (int s = 0; s < steps; s++) trainSample(x, target, loss, learningRate);
    }

    /** Whether every parameter was finite after the last {@link #trainSample}. */
    boolean lastUpdateFinite = true;

    /** Loss of one sample with the current weights (forward only). */
    public double loss(double[] x, double[] target, Loss loss) {
        double[] o = forward(x);
        if (target.length != o.length) {
            throw new IllegalArgumentException("expected " + o.length + " targets, got " + target.length);
        }
        double e = 0;
        for (int j = 0; j < o.length; j++) e += loss.term(o[j], target[j], o.length);
        return e;
    }

    /** Records one full step (forward, backward, update) and applies it; see {@link StepTrace}. */
    public StepTrace traceStep(double[] x, double[] target, Loss loss, double learningRate, BackpropVariant variant) {
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

    /** Copies all parameters into {@code p} (no allocation). */
    public void copyParametersTo(Parameters p) {
        for (int l = 0; l < layers.length; l++) {
            copy(layers[l].weights, p.weights()[l]);
            copy(layers[l].biases, p.biases()[l]);
        }
    }

    /** A plain loop: for the few values of a small layer it beats an arraycopy call. */
    private static void copy(double[] from, double[] to) {
        if (to.length < from.length) throw new ArrayIndexOutOfBoundsException("parameters of another shape");
        for (int i = 0; i < from.length; i++) to[i] = from[i];
    }

    /** Restores parameters copied from a network of the same shape; clears accumulated gradients. */
    public void restore(Parameters p) {
        if (p.weights().length != layers.length) throw new IllegalArgumentException("parameters of another shape");
        for (int l = 0; l < layers.length; l++) {
            layers[l].setWeights(p.weights()[l]);
            System.arraycopy(p.biases()[l], 0, layers[l].biases, 0, layers[l].size);
            layers[l].clearGradients();
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
