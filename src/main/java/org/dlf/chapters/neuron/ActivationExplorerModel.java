package org.dlf.chapters.neuron;

import java.util.List;
import java.util.Optional;
import org.dlf.engine.Activation;

/**
 * State of the activation explorer: which function, whether its derivative is shown, and where the input
 * marker is. Every setter validates, so a tampered request cannot put the widget in a state the controls
 * cannot reach. Plain Java: no Vaadin components.
 */
public class ActivationExplorerModel {

    /** The functions the chapter teaches, in its order. */
    public static final List<Activation> FUNCTIONS =
            List.of(Activation.STEP, Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU);

    public static final double X_MIN = -6;
    public static final double X_MAX = 6;
    static final int SAMPLES = 241;

    private Activation activation = Activation.SIGMOID;
    private boolean showDerivative = true;
    private double x = 0.5;

    public Activation activation() {
        return activation;
    }

    public boolean showDerivative() {
        return showDerivative;
    }

    public double x() {
        return x;
    }

    /** Selects a function; anything but the five taught ones is refused. */
    public Optional<String> setActivation(Activation value) {
        if (!FUNCTIONS.contains(value)) {
            return Optional.of("activation.invalid");
        }
        activation = value;
        return Optional.empty();
    }

    public void setShowDerivative(boolean value) {
        showDerivative = value;
    }

    /** Moves the input marker; a value outside [−6, 6] or not a number is refused with a message key. */
    public Optional<String> setX(double value) {
        if (!Double.isFinite(value) || value < X_MIN || value > X_MAX) {
            return Optional.of("activation.x-range");
        }
        x = value;
        return Optional.empty();
    }

    public double value() {
        return activation.apply(x);
    }

    /** f′(x), or empty where the derivative does not exist (step and ReLU at 0). */
    public Optional<Double> derivative() {
        boolean kink = x == 0 && (activation == Activation.STEP || activation == Activation.RELU);
        return kink ? Optional.empty() : Optional.of(activation.derivative(x));
    }

    /** The x positions at which curves are sampled. */
    public double[] sampleXs() {
        double[] xs = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            xs[i] = X_MIN + (X_MAX - X_MIN) * i / (SAMPLES - 1);
        }
        return xs;
    }

    public double[] sampleValues(double[] xs) {
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ys[i] = activation.apply(xs[i]);
        }
        return ys;
    }

    /** f′ at each x; at a kink the curve gets a gap (NaN is dropped before it reaches the browser). */
    public double[] sampleDerivatives(double[] xs) {
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            boolean kink = xs[i] == 0 && (activation == Activation.STEP || activation == Activation.RELU);
            ys[i] = kink ? Double.NaN : activation.derivative(xs[i]);
        }
        return ys;
    }

    /** The y window that shows the whole curve of the current function. */
    public double[] yRange() {
        return switch (activation) {
            case LINEAR, RELU -> new double[] {-2, 6};
            case TANH -> new double[] {-1.2, 1.2};
            default -> new double[] {-0.2, 1.2};
        };
    }

    /** Message key of the note on this function's derivative (where it is zero or undefined). */
    public String noteKey() {
        return "activation.note." + activation.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** LaTeX of f and f′. */
    public String formula() {
        return switch (activation) {
            case STEP -> "f(z)=\\begin{cases}1 & z\\ge 0\\\\ 0 & z<0\\end{cases}\\qquad f'(z)=0\\ (z\\ne 0)";
            case LINEAR -> "f(z)=z\\qquad f'(z)=1";
            case SIGMOID -> "\\sigma(z)=\\frac{1}{1+e^{-z}}\\qquad \\sigma'(z)=\\sigma(z)\\,(1-\\sigma(z))";
            case TANH -> "\\tanh(z)=\\frac{e^{z}-e^{-z}}{e^{z}+e^{-z}}\\qquad \\tanh'(z)=1-\\tanh^2(z)";
            case RELU ->
                "\\operatorname{ReLU}(z)=\\max(0,z)\\qquad \\operatorname{ReLU}'(z)="
                        + "\\begin{cases}1 & z>0\\\\ 0 & z<0\\end{cases}";
            case SIGN -> "\\operatorname{sgn}(z)";
        };
    }
}
