package org.dlf.chapters.share;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a widget exports and what an import reads: a network's weights and biases, and optionally the sample
 * it was shown, its learning rate, a loss history and a step trace. One JSON format for both directions
 * ({@link NetworkJson}, described in docs/network-file-format.md); CSV is written from the same value
 * ({@link NetworkCsv}).
 *
 * @param widget       the widget that wrote the file, e.g. {@code forward-stepper}
 * @param inputs       the number of inputs of the network
 * @param layers       its layers, the first hidden layer first
 * @param sample       the training sample (input and target), if the widget has one
 * @param learningRate η, if the widget has one
 * @param lossHistory  the loss (or error) by epoch or step, if the widget has trained
 * @param trace        the steps of a step-through widget, if it is one
 */
public record NetworkFile(
        String widget,
        int inputs,
        List<Layer> layers,
        @Nullable Sample sample,
        @Nullable Double learningRate,
        @Nullable Table lossHistory,
        @Nullable Trace trace) {

    public static final String FORMAT = "dlf-network";
    public static final int VERSION = 1;

    public NetworkFile {
        layers = List.copyOf(layers);
    }

    /**
     * One dense layer: {@code weights[j][i]} is the weight from input {@code i} to neuron {@code j},
     * {@code biases[j]} the bias of neuron {@code j}; {@code activation} is an engine activation's name in
     * lower case ({@code sigmoid}, {@code tanh}, {@code relu}, {@code linear}, {@code step}, {@code sign}).
     */
    public record Layer(String activation, double[][] weights, double[] biases) {

        public int size() {
            return biases.length;
        }
    }

    /** The input and target of the one sample a stepper works on. */
    public record Sample(double[] input, double[] target) {}

    /** A table of numbers, e.g. columns {@code epoch, error}; every row has one number per column. */
    public record Table(List<String> columns, List<double[]> rows) {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** The steps of a step-through widget and the one shown when the file was written. */
    public record Trace(int shown, List<Step> steps) {

        public Trace {
            steps = List.copyOf(steps);
        }
    }

    /** One step: its number (1-based), the quantity's plain name, its value and its formula in LaTeX. */
    public record Step(int number, String symbol, double value, String formula) {}

    /** The shape, e.g. {@code 2-2-2}. */
    public String shape() {
        StringBuilder s = new StringBuilder().append(inputs);
        for (Layer l : layers) {
            s.append('-').append(l.size());
        }
        return s.toString();
    }
}
