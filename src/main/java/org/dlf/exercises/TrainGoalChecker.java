package org.dlf.exercises;

import java.util.Locale;
import java.util.Map;
import org.dlf.assignment.ParameterLocks;
import org.dlf.exercises.Verdict.Outcome;
import org.dlf.training.TrainingSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Checks a train goal against the engine state the widget published on the server: {@code dataset} (the
 * trainer's data set; {@code CUSTOM} = points the learner placed), {@code max-hidden-neurons},
 * {@code activation} (the hidden layers' activation the run used), {@code converge-within-epochs} (converged
 * after at most so many epochs), {@code min-epochs} (converged, but only after at least so many) and
 * {@code accuracy} (training accuracy, 0…1).
 */
public final class TrainGoalChecker {

    /** The data set name a trainer reports for points the learner placed by clicking. */
    static final String CUSTOM = "CUSTOM";

    private TrainGoalChecker() {}

    public static Verdict check(Map<String, Object> goal, @Nullable TrainingSnapshot state) {
        return check(goal, state, ParameterLocks.NONE);
    }

    /**
     * As {@link #check(Map, TrainingSnapshot)}, and a run that did not use the teacher's locked values (as the
     * snapshot records them) is not accepted: {@code goal.locked} with the parameter's name, not recorded.
     */
    public static Verdict check(Map<String, Object> goal, @Nullable TrainingSnapshot state, ParameterLocks locks) {
        if (state == null || state.epochs() == 0) return Verdict.of(Outcome.NOT_READY, "goal.none");
        var breach = locks.firstBreach(state.parameters());
        if (breach.isPresent()) {
            String name = breach.get();
            return Verdict.of(
                    Outcome.NOT_READY,
                    "goal.locked",
                    name,
                    locks.value(name).orElse(""),
                    state.parameters().getOrDefault(name, "?"));
        }
        String dataset = String.valueOf(goal.get("dataset"));
        if (!dataset.equalsIgnoreCase(state.dataset())) {
            return dataset.equalsIgnoreCase(CUSTOM)
                    ? Verdict.of(Outcome.WRONG, "goal.custom", state.dataset())
                    : Verdict.of(Outcome.WRONG, "goal.dataset", dataset, state.dataset());
        }
        if (goal.get("max-hidden-neurons") instanceof Number max && state.hiddenNeurons() > max.intValue()) {
            return Verdict.of(Outcome.WRONG, "goal.hidden", max.intValue(), state.hiddenNeurons());
        }
        if (goal.get("activation") instanceof String activation) {
            String used = state.parameters().getOrDefault("activation", "?");
            if (!activation.equalsIgnoreCase(used)) {
                return Verdict.of(Outcome.WRONG, "goal.activation", activation, used.toLowerCase(Locale.ROOT));
            }
        }
        if (goal.get("converge-within-epochs") instanceof Number epochs) {
            if (!state.converged()) return Verdict.of(Outcome.WRONG, "goal.not-converged", state.epochs());
            if (state.epochs() > epochs.intValue()) {
                return Verdict.of(Outcome.WRONG, "goal.epochs", epochs.intValue(), state.epochs());
            }
        }
        if (goal.get("min-epochs") instanceof Number epochs) {
            if (!state.converged()) return Verdict.of(Outcome.WRONG, "goal.not-converged", state.epochs());
            if (state.epochs() < epochs.intValue()) {
                return Verdict.of(Outcome.WRONG, "goal.min-epochs", epochs.intValue(), state.epochs());
            }
        }
        if (goal.get("accuracy") instanceof Number accuracy && state.trainAccuracy() < accuracy.doubleValue() - 1e-9) {
            return Verdict.of(
                    Outcome.WRONG,
                    "goal.accuracy",
                    Math.round(accuracy.doubleValue() * 100),
                    Math.round(state.trainAccuracy() * 100));
        }
        return Verdict.of(Outcome.CORRECT, "correct");
    }

    /** A key for the state, so that checking the same state twice is one attempt. */
    public static String stateKey(@Nullable TrainingSnapshot s) {
        return s == null
                ? "none"
                : s.dataset() + "/" + s.epochs() + "/" + s.converged() + "/" + s.hiddenNeurons() + "/"
                        + s.trainAccuracy() + "/" + s.at().toEpochMilli();
    }
}
