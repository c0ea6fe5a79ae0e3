package org.dlf.chapters.perceptron;

import org.dlf.engine.PerceptronTrainer.EpochSummary;

/**
 * How far a run has got against the chapter's stopping rules (of {@link PerceptronSettings}), judged after
 * every epoch. Not thread-safe: {@link PerceptronTrainerModel} guards it.
 */
final class PerceptronStopping {

    private final PerceptronSettings rules;
    private int errorRun;
    private int weightRun;
    private PerceptronOutcome outcome = PerceptronOutcome.NONE;
    private int convergedAfter;

    PerceptronStopping(PerceptronSettings rules) {
        this.rules = rules;
    }

    /** Checks the rules after epoch {@code e}; returns the outcome so far (NONE while the run can go on). */
    PerceptronOutcome judge(EpochSummary e) {
        errorRun = e.error() < rules.errorEpsilon() ? errorRun + 1 : 0;
        weightRun = e.weightChange() < rules.weightEpsilon() ? weightRun + 1 : 0;
        if (errorRun >= rules.consecutive()) {
            outcome = PerceptronOutcome.CONVERGED_ERROR;
        } else if (weightRun >= rules.consecutive()) {
            outcome = PerceptronOutcome.CONVERGED_WEIGHTS;
        } else if (e.epoch() >= rules.maxEpochs()) {
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
}
