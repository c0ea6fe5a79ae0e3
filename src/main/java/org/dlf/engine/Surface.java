package org.dlf.engine;

/** Anything with a scalar value over the plane: a network's first output, a perceptron's wᵀx. */
@FunctionalInterface
public interface Surface {
    double valueAt(double x, double y);
}
