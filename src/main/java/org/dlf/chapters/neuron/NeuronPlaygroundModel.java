package org.dlf.chapters.neuron;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.dlf.engine.Activation;

/**
 * State of the neuron playground: one neuron y = f(Σ wᵢxᵢ + b) with one to three inputs. Starts at the
 * chapter's worked example (x = (1.0, 0.5), w = (0.4, −0.6), b = 0.1, sigmoid: z = 0.2, y ≈ 0.549834).
 * Every setter validates and answers a message key when it refuses, so a tampered request cannot reach a
 * state the controls cannot. Plain Java: no Vaadin components.
 */
public class NeuronPlaygroundModel {

    /** The functions chapter 3 teaches, in its order. */
    public static final List<Activation> FUNCTIONS =
            List.of(Activation.STEP, Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU);

    public static final double MIN = -5;
    public static final double MAX = 5;
    public static final int MAX_INPUTS = 3;
    static final String RANGE = "playground.error.range";
    static final String NOT_A_NUMBER = "playground.error.number";
    static final String INPUT_COUNT = "playground.error.inputs";
    static final String FUNCTION = "playground.error.function";

    private static final double[] START_X = {1.0, 0.5, 1.0};
    private static final double[] START_W = {0.4, -0.6, 0.0};

    private final double[] x = START_X.clone();
    private final double[] w = START_W.clone();
    private double bias = 0.1;
    private int inputs = 2;
    private Activation activation = Activation.SIGMOID;

    /** Back to the chapter's worked example. */
    public void reset() {
        System.arraycopy(START_X, 0, x, 0, x.length);
        System.arraycopy(START_W, 0, w, 0, w.length);
        bias = 0.1;
        inputs = 2;
        activation = Activation.SIGMOID;
    }

    public int inputs() {
        return inputs;
    }

    public double x(int i) {
        return x[i];
    }

    public double w(int i) {
        return w[i];
    }

    public double bias() {
        return bias;
    }

    public Activation activation() {
        return activation;
    }

    /** Uses the first {@code n} inputs, 1 ≤ n ≤ 3; the others keep their values for later. */
    public Optional<String> setInputs(int n) {
        if (n < 1 || n > MAX_INPUTS) {
            return Optional.of(INPUT_COUNT);
        }
        inputs = n;
        return Optional.empty();
    }

    public Optional<String> setX(int i, double value) {
        return set(x, i, value);
    }

    public Optional<String> setW(int i, double value) {
        return set(w, i, value);
    }

    public Optional<String> setBias(double value) {
        Optional<String> problem = check(value);
        if (problem.isEmpty()) {
            bias = value;
        }
        return problem;
    }

    public Optional<String> setActivation(Activation value) {
        if (value == null || !FUNCTIONS.contains(value)) {
            return Optional.of(FUNCTION);
        }
        activation = value;
        return Optional.empty();
    }

    /** Parses a number typed or sent by the browser; anything that is not a plain finite number is refused. */
    public static Optional<Double> parse(String raw) {
        if (raw == null || !raw.strip().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(raw.strip()));
    }

    /** The net input z = Σ wᵢxᵢ + b over the inputs in use. */
    public double z() {
        double z = bias;
        for (int i = 0; i < inputs; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** The output y = f(z). */
    public double y() {
        return activation.apply(z());
    }

    /** The formula with the numbers plugged in, as LaTeX (two lines: z, then y). */
    public String formula() {
        StringBuilder tex = new StringBuilder("\\begin{aligned} z &= ");
        for (int i = 0; i < inputs; i++) {
            tex.append(i == 0 ? "" : " + ")
                    .append(signed(w[i]))
                    .append(" \\times ")
                    .append(signed(x[i]));
        }
        double z = z();
        tex.append(" + ")
                .append(signed(bias))
                .append(" \\\\ &")
                .append(relation(z, 6).strip())
                .append(' ')
                .append(show(z, 6));
        double y = y();
        tex.append(" \\\\ y &= ")
                .append(functionTex())
                .append("(")
                .append(show(z, 6))
                .append(")")
                .append(relation(y, 6))
                .append(show(y, 6))
                .append(" \\end{aligned}");
        return tex.toString();
    }

    private String functionTex() {
        return switch (activation) {
            case STEP -> "\\operatorname{step}";
            case LINEAR -> "\\operatorname{linear}";
            case SIGMOID -> "\\sigma";
            case TANH -> "\\tanh";
            case RELU -> "\\operatorname{ReLU}";
            case SIGN -> "\\operatorname{sgn}";
        };
    }

    /** A value rounded to at most {@code decimals} places, trailing zeros dropped, at least one decimal. */
    public static String show(double value, int decimals) {
        BigDecimal rounded =
                new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 1) {
            rounded = rounded.setScale(1, RoundingMode.UNNECESSARY);
        }
        String text = rounded.toPlainString();
        return text.equals("-0.0") ? "0.0" : text;
    }

    private static String relation(double value, int decimals) {
        double rounded =
                new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        return Math.abs(rounded - value) < 1e-12 ? " = " : " \\approx ";
    }

    private static String signed(double value) {
        String text = show(value, 4);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }

    private Optional<String> set(double[] values, int i, double value) {
        if (i < 0 || i >= MAX_INPUTS) {
            return Optional.of(INPUT_COUNT);
        }
        Optional<String> problem = check(value);
        if (problem.isEmpty()) {
            values[i] = value;
        }
        return problem;
    }

    private static Optional<String> check(double value) {
        if (!Double.isFinite(value)) {
            return Optional.of(NOT_A_NUMBER);
        }
        return value < MIN || value > MAX ? Optional.of(RANGE) : Optional.empty();
    }
}
