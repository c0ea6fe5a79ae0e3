package org.dlf.engine;

/** How the two classes are labelled: 0/1 (sigmoid, step) or −1/+1 (tanh, the perceptron's sgn). */
public enum LabelStyle {
    ZERO_ONE(0.0, 1.0),
    PLUS_MINUS_ONE(-1.0, 1.0);

    private final double negative;
    private final double positive;

    LabelStyle(double negative, double positive) {
        this.negative = negative;
        this.positive = positive;
    }

    public double negative() {
        return negative;
    }

    public double positive() {
        return positive;
    }

    /** The label for a class: true = positive. */
    public double label(boolean positiveClass) {
        return positiveClass ? positive : negative;
    }

    /** The class decided by an output: at or above the midpoint of the two labels is positive. */
    public double classify(double output) {
        return output >= 0.5 * (negative + positive) ? positive : negative;
    }

    public boolean isLabel(double v) {
        return v == negative || v == positive;
    }
}
