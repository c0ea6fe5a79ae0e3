package org.dlf.chapters.backprop;

import java.util.List;
import java.util.Optional;
import org.dlf.engine.Activation;
import org.dlf.engine.LayerTrace;
import org.dlf.engine.Limits;
import org.dlf.engine.Loss;
import org.dlf.engine.Network;
import org.dlf.engine.StepTrace;

/**
 * State of the vanishing-gradients widget (chapter 8): a deep, narrow network (2 inputs, 2 to 6 hidden layers of
 * {@value #WIDTH} neurons, one sigmoid output) with the same seeded initial weights twice, once with sigmoid and
 * once with ReLU hidden layers. For one real input and target, backpropagation gives every weight's gradient;
 * the widget shows the mean size |∂E/∂w| of each layer's weights. Setters validate and answer a message key when
 * they refuse, changing nothing. No Vaadin here.
 */
public final class VanishingGradientsModel {

    public static final int WIDTH = 4;
    public static final int MIN_LAYERS = 2;
    public static final int MAX_LAYERS = Limits.MAX_HIDDEN_LAYERS;
    public static final long MAX_SEED = 999_999;
    /** The input the gradients are computed for, and its target. */
    static final double[] INPUT = {1.0, -1.0};

    static final double[] TARGET = {1.0};
    /** The activations compared. */
    public static final List<Activation> ACTIVATIONS = List.of(Activation.SIGMOID, Activation.RELU);

    static final String ERROR_LAYERS = "vanishing.error.layers";
    static final String ERROR_SEED = "vanishing.error.seed";

    /** The mean |∂E/∂w| of each layer, first hidden layer first, the output layer last. */
    public record Sizes(Activation activation, double[] perLayer) {

        /**
         * How many times the output layer's gradient size is the first hidden layer's (+∞ when nothing reaches the
         * first layer).
         */
        public double shrink() {
            return perLayer[0] > 0 ? perLayer[perLayer.length - 1] / perLayer[0] : Double.POSITIVE_INFINITY;
        }
    }

    private int hiddenLayers = MAX_LAYERS;
    private long seed = 1;

    public int hiddenLayers() {
        return hiddenLayers;
    }

    public long seed() {
        return seed;
    }

    public Optional<String> setHiddenLayers(Integer layers) {
        if (layers == null || layers < MIN_LAYERS || layers > MAX_LAYERS) return Optional.of(ERROR_LAYERS);
        hiddenLayers = layers;
        return Optional.empty();
    }

    public Optional<String> setSeed(Integer value) {
        if (value == null || value < 0 || value > MAX_SEED) return Optional.of(ERROR_SEED);
        seed = value;
        return Optional.empty();
    }

    /** Other initial weights: the next seed (back to 0 after the largest). */
    public void nextSeed() {
        seed = seed >= MAX_SEED ? 0 : seed + 1;
    }

    /** The gradient sizes of both networks, computed by the engine's backpropagation. */
    public List<Sizes> sizes() {
        return ACTIVATIONS.stream().map(this::sizes).toList();
    }

    private Sizes sizes(Activation hidden) {
        Network.Builder b = Network.builder(2);
        for (int l = 0; l < hiddenLayers; l++) b.layer(WIDTH, hidden);
        Network network = b.layer(1, Activation.SIGMOID).build().initialize(seed);
        // the trace's update is not used: only the gradients at the initial weights
        StepTrace trace = network.traceStep(INPUT, TARGET, Loss.HALF_SQUARED_ERROR, 1.0);
        double[] perLayer = new double[trace.layers().size()];
        for (int l = 0; l < perLayer.length; l++) perLayer[l] = meanSize(trace.layer(l));
        return new Sizes(hidden, perLayer);
    }

    private static double meanSize(LayerTrace layer) {
        double sum = 0;
        for (double g : layer.weightGradients()) sum += Math.abs(g);
        return sum / layer.weightGradients().length;
    }
}
