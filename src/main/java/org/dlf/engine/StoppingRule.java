package org.dlf.engine;

/**
 * The source's stopping rules, combinable: stop when the error is below {@code errorEpsilon}, or
 * the weight change is below {@code weightChangeEpsilon}, for {@code consecutive} iterations in a
 * row; in any case stop after {@code maxIterations} (M). An epsilon of NaN switches that rule off.
 *
 * <p>With {@link Unit#EPOCH} an iteration is one pass over the data; its error is the mean
 * |d − y| of the pass and its weight change is the total length Σ‖Δw‖ of the updates made.
 * With {@link Unit#SAMPLE} (online only) an iteration is one sample: error |d(n) − y(n)|,
 * change ‖w(n+1) − w(n)‖, exactly the source's formulas; then {@code consecutive} should be at
 * least the dataset size, or a single correct sample ends the run.
 */
public record StoppingRule(
        double errorEpsilon, double weightChangeEpsilon, int consecutive, int maxIterations, Unit unit) {

    public enum Unit {
        SAMPLE,
        EPOCH
    }

    public StoppingRule {
        if (consecutive < 1)
            throw new IllegalArgumentException("consecutive must be at least 1 (got " + consecutive + ")");
        if (maxIterations < 1)
            throw new IllegalArgumentException("maximum iterations M must be at least 1 (got " + maxIterations + ")");
        if (errorEpsilon < 0 || weightChangeEpsilon < 0)
            throw new IllegalArgumentException("epsilon must not be negative");
        java.util.Objects.requireNonNull(unit, "unit");
    }

    /** Per epoch: stop when a pass makes no mistake (error below 1e-9), at most M epochs. */
    public static StoppingRule errorBelow(double epsilon, int maxIterations) {
        return new StoppingRule(epsilon, Double.NaN, 1, maxIterations, Unit.EPOCH);
    }

    /** Per epoch: stop when the weights moved less than epsilon, at most M epochs. */
    public static StoppingRule weightChangeBelow(double epsilon, int maxIterations) {
        return new StoppingRule(Double.NaN, epsilon, 1, maxIterations, Unit.EPOCH);
    }

    /** Only the iteration limit M. */
    public static StoppingRule maxIterations(int maxIterations) {
        return new StoppingRule(Double.NaN, Double.NaN, 1, maxIterations, Unit.EPOCH);
    }

    public StoppingRule withConsecutive(int k) {
        return new StoppingRule(errorEpsilon, weightChangeEpsilon, k, maxIterations, unit);
    }

    public StoppingRule withUnit(Unit u) {
        return new StoppingRule(errorEpsilon, weightChangeEpsilon, consecutive, maxIterations, u);
    }

    public StoppingRule withErrorBelow(double epsilon) {
        return new StoppingRule(epsilon, weightChangeEpsilon, consecutive, maxIterations, unit);
    }

    public StoppingRule withWeightChangeBelow(double epsilon) {
        return new StoppingRule(errorEpsilon, epsilon, consecutive, maxIterations, unit);
    }
}
