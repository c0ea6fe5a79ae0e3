package org.dlf.chapters.perceptron;

import java.util.Optional;
import org.dlf.engine.PerceptronTrainer.EpochSummary;

/**
 * The chapter's stopping rules and how far a run has got against them: ε on the epoch's mean error |d − y|
 * and ε on its total weight change (NaN = rule off), each needing {@code k} epochs in a row, and at most
 * {@code M} epochs. Judged after every epoch. Not thread-safe: {@link PerceptronTrainerModel} guards it.
 */
final class PerceptronStopping {

    static final double MAX_ERROR_EPSILON = 2;
    static final double MAX_WEIGHT_EPSILON = 10;
    static final int MAX_CONSECUTIVE = 100;
    static final int MAX_EPOCHS = 1000;

    private double errorEpsilon = 0.001;
    private double weightEpsilon = Double.NaN;
    private int consecutive = 1;
    private int maxEpochs = 100;

    private int errorRun;
    private int weightRun;
    private PerceptronOutcome outcome = PerceptronOutcome.NONE;
    private int convergedAfter;

    /** Sets the rules, or answers the message key of the first value the controls could not have sent. */
    Optional<String> set(double errorEps, double weightEps, int k, int m) {
        if (!Double.isNaN(errorEps) && !(errorEps >= 0 && errorEps <= MAX_ERROR_EPSILON)) {
            return Optional.of("perceptron.error.error-epsilon");
        }
        if (!Double.isNaN(weightEps) && !(weightEps >= 0 && weightEps <= MAX_WEIGHT_EPSILON)) {
            return Optional.of("perceptron.error.weight-epsilon");
        }
        if (k < 1 || k > MAX_CONSECUTIVE) {
            return Optional.of("perceptron.error.consecutive");
        }
        if (m < 1 || m > MAX_EPOCHS) {
            return Optional.of("perceptron.error.max-epochs");
        }
        errorEpsilon = errorEps;
        weightEpsilon = weightEps;
        consecutive = k;
        maxEpochs = m;
        return Optional.empty();
    }

    /** A new run: no epochs in a row yet, no outcome. */
    void restart() {
        errorRun = 0;
        weightRun = 0;
        outcome = PerceptronOutcome.NONE;
        convergedAfter = 0;
    }

    /** Checks the rules after epoch {@code e}; returns the outcome so far (NONE while the run can go on). */
    PerceptronOutcome judge(EpochSummary e) {
        errorRun = e.error() < errorEpsilon ? errorRun + 1 : 0;
        weightRun = e.weightChange() < weightEpsilon ? weightRun + 1 : 0;
        if (errorRun >= consecutive) {
            outcome = PerceptronOutcome.CONVERGED_ERROR;
        } else if (weightRun >= consecutive) {
            outcome = PerceptronOutcome.CONVERGED_WEIGHTS;
        } else if (e.epoch() >= maxEpochs) {
            outcome = PerceptronOutcome.MAX_EPOCHS;
        }
        if (outcome == PerceptronOutcome.CONVERGED_ERROR || outcome == PerceptronOutcome.CONVERGED_WEIGHTS) {
            convergedAfter = e.epoch();
        }
        return outcome;
    }

    PerceptronOutcome outcome() {
        return outcome;
    }

    /** The epoch after which a convergence rule held; 0 when none has. */
    int convergedAfter() {
        return convergedAfter;
    }

    double errorEpsilon() {
        return errorEpsilon;
    }

    double weightEpsilon() {
        return weightEpsilon;
    }

    int consecutive() {
        return consecutive;
    }

    int maxEpochs() {
        return maxEpochs;
    }
}
