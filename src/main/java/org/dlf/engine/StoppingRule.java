package org.dlf.engine;

/**
 * The source's stopping rules, combinable: stop when the error is below {@code errorEpsilon}, or
 * the weight change is below {@code weightChangeEpsilon}, for {@code consecutive} iterations in a
 * row; in any case stop after {@code maxIterations} (M), 1 to {@link Limits#MAX_ITERATIONS}. An
 * epsilon of NaN switches that rule off; otherwise it is at least 0. {@code consecutive} is 1 to M.
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
        Require.between("maxIterations", maxIterations, 1, Limits.MAX_ITERATIONS);
        Require.between("consecutive", consecutive, 1, maxIterations);
        epsilon("errorEpsilon", errorEpsilon);
        epsilon("weightChangeEpsilon", weightChangeEpsilon);
        Require.present("unit", unit);
    }

    private static void epsilon(String field, double value) {
        if (value < 0) throw Require.refused(field, "config.epsilon", value);
    }

    /** Per epoch: stop when a pass's mean error |d − y| is below {@code epsilon}, at most M epochs. */
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
