package org.dlf.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.dlf.assignment.ParameterLocks;
import org.dlf.exercises.Verdict.Outcome;
import org.dlf.training.TrainingSnapshot;
import org.junit.jupiter.api.Test;

class TrainGoalCheckerTest {

    private static final Map<String, Object> OR_GOAL = Map.of("dataset", "OR", "converge-within-epochs", 10);
    private static final Map<String, Object> XOR_GOAL =
            Map.of("dataset", "XOR", "max-hidden-neurons", 4, "accuracy", 1.0);

    private static TrainingSnapshot state(String dataset, int epochs, boolean converged, int hidden, double accuracy) {
        return new TrainingSnapshot("w", dataset, epochs, converged, hidden, accuracy, Instant.EPOCH);
    }

    @Test
    void nothing_published_yet_asks_to_train_first() {
        assertThat(TrainGoalChecker.check(OR_GOAL, null).outcome()).isEqualTo(Outcome.NOT_READY);
    }

    @Test
    void the_perceptron_goal_needs_convergence_on_or_within_ten_epochs() {
        assertThat(TrainGoalChecker.check(OR_GOAL, state("OR", 4, true, 0, 1)).correct())
                .isTrue();
        assertThat(TrainGoalChecker.check(OR_GOAL, state("OR", 12, true, 0, 1)))
                .isEqualTo(Verdict.of(Outcome.WRONG, "goal.epochs", 10, 12));
        assertThat(TrainGoalChecker.check(OR_GOAL, state("OR", 5, false, 0, 0.75))
                        .code())
                .isEqualTo("goal.not-converged");
        assertThat(TrainGoalChecker.check(OR_GOAL, state("AND", 3, true, 0, 1)).code())
                .isEqualTo("goal.dataset");
    }

    @Test
    void the_mlp_goal_needs_xor_at_full_accuracy_with_at_most_four_hidden_neurons() {
        assertThat(TrainGoalChecker.check(XOR_GOAL, state("XOR", 900, true, 3, 1.0))
                        .correct())
                .isTrue();
        assertThat(TrainGoalChecker.check(XOR_GOAL, state("XOR", 900, true, 6, 1.0))
                        .code())
                .isEqualTo("goal.hidden");
        assertThat(TrainGoalChecker.check(XOR_GOAL, state("XOR", 900, false, 2, 0.75)))
                .isEqualTo(Verdict.of(Outcome.WRONG, "goal.accuracy", 100L, 75L));
    }

    @Test
    void a_goal_on_points_of_ones_own_refuses_a_ready_made_data_set_with_its_own_message() {
        Map<String, Object> goal = Map.of("dataset", "CUSTOM", "min-epochs", 10, "accuracy", 1.0);
        assertThat(TrainGoalChecker.check(goal, state("OR", 4, true, 0, 1)))
                .isEqualTo(Verdict.of(Outcome.WRONG, "goal.custom", "OR"));
        assertThat(TrainGoalChecker.check(goal, state("CUSTOM", 4, true, 0, 1)))
                .isEqualTo(Verdict.of(Outcome.WRONG, "goal.min-epochs", 10, 4));
        assertThat(TrainGoalChecker.check(goal, state("CUSTOM", 100, false, 0, 0.8))
                        .code())
                .isEqualTo("goal.not-converged");
        assertThat(TrainGoalChecker.check(goal, state("CUSTOM", 12, true, 0, 1)).correct())
                .isTrue();
    }

    @Test
    void an_activation_goal_compares_with_the_activation_the_run_recorded() {
        Map<String, Object> goal =
                Map.of("dataset", "XOR", "max-hidden-neurons", 2, "activation", "sigmoid", "accuracy", 1.0);
        TrainingSnapshot tanh =
                new TrainingSnapshot("w", "XOR", 150, false, 2, 1, Instant.EPOCH, Map.of("activation", "TANH"));
        TrainingSnapshot sigmoid =
                new TrainingSnapshot("w", "XOR", 800, false, 2, 1, Instant.EPOCH, Map.of("activation", "SIGMOID"));
        assertThat(TrainGoalChecker.check(goal, tanh))
                .isEqualTo(Verdict.of(Outcome.WRONG, "goal.activation", "sigmoid", "tanh"));
        assertThat(TrainGoalChecker.check(goal, sigmoid).correct()).isTrue();
        assertThat(TrainGoalChecker.check(goal, state("XOR", 800, false, 2, 1)))
                .isEqualTo(Verdict.of(Outcome.WRONG, "goal.activation", "sigmoid", "?"));
    }

    @Test
    void under_locks_only_a_run_with_the_teachers_values_is_accepted() {
        ParameterLocks locks = new ParameterLocks(Map.of("learningRate", "0.1", "seed", "7"));
        TrainingSnapshot locked = new TrainingSnapshot(
                "w", "XOR", 300, false, 4, 1, Instant.EPOCH, Map.of("learningRate", "0.1", "seed", "7"));
        TrainingSnapshot other = new TrainingSnapshot(
                "w", "XOR", 300, false, 4, 1, Instant.EPOCH, Map.of("learningRate", "0.5", "seed", "7"));
        assertThat(TrainGoalChecker.check(XOR_GOAL, locked, locks).correct()).isTrue();
        assertThat(TrainGoalChecker.check(XOR_GOAL, other, locks))
                .isEqualTo(Verdict.of(Outcome.NOT_READY, "goal.locked", "learningRate", "0.1", "0.5"));
        assertThat(TrainGoalChecker.check(XOR_GOAL, state("XOR", 300, false, 4, 1), locks)
                        .code())
                .isEqualTo("goal.locked");
        assertThat(TrainGoalChecker.check(XOR_GOAL, other).correct()).isTrue();
    }
}
