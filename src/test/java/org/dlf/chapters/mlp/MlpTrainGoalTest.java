package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.dlf.assignment.ParameterLocks;
import org.dlf.exercises.ManifestFixture;
import org.dlf.exercises.TrainGoalChecker;
import org.dlf.exercises.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The chapter's train goal (mlp-train-xor, as the course defines it) against real runs of the trainer's model:
 * the default 4 tanh units learn XOR but do not pass; the smallest sigmoid network, 2 hidden units, does.
 */
class MlpTrainGoalTest {

    private static final Map<String, Object> GOAL = ManifestFixture.goal("mlp-train-xor");

    /** The trainer's defaults with some parameters changed (named as the trainer's lockable parameters). */
    private static MlpTrainerModel with(Map<String, String> changed) {
        MlpTrainerModel model = new MlpTrainerModel();
        assertThat(model.apply(MlpLocks.applied(
                        new ParameterLocks(changed), model.settings().edit())))
                .isEmpty();
        return model;
    }

    /** Trains as one press of Run at most does, stopping once every sample is right, then checks the goal. */
    private static Verdict trainAndCheck(MlpTrainerModel model) {
        for (int epoch = 0; epoch < model.settings().epochBudget(); epoch++) {
            if (model.snapshot().trainAccuracy() == 1.0) {
                break;
            }
            model.advance(Long.MAX_VALUE, 1);
        }
        return TrainGoalChecker.check(GOAL, model.trainingSnapshot(Instant.EPOCH)); // what the widget publishes
    }

    @Test
    void the_default_four_tanh_units_learn_xor_but_do_not_pass() {
        MlpTrainerModel model = new MlpTrainerModel();
        Verdict verdict = trainAndCheck(model);
        assertThat(model.snapshot().trainAccuracy()).isEqualTo(1.0);
        assertThat(verdict).isEqualTo(Verdict.of(Verdict.Outcome.WRONG, "goal.hidden", 2, 4));
    }

    @Test
    void two_tanh_units_are_small_enough_but_not_the_sigmoid_units_the_goal_asks_for() {
        assertThat(trainAndCheck(with(Map.of(MlpLocks.NEURONS, "2"))))
                .isEqualTo(Verdict.of(Verdict.Outcome.WRONG, "goal.activation", "sigmoid", "tanh"));
    }

    @Test
    void one_sigmoid_unit_draws_one_line_and_never_gets_all_four_points_right() {
        Verdict verdict = trainAndCheck(with(Map.of(MlpLocks.NEURONS, "1", MlpLocks.ACTIVATION, "SIGMOID")));
        assertThat(verdict.code()).isEqualTo("goal.accuracy");
    }

    @Test
    void two_sigmoid_units_the_smallest_network_learn_xor_and_pass() {
        MlpTrainerModel model = with(Map.of(MlpLocks.NEURONS, "2", MlpLocks.ACTIVATION, "SIGMOID"));
        assertThat(trainAndCheck(model).correct()).isTrue();
        assertThat(model.snapshot().hiddenNeurons()).isEqualTo(2);
    }
}
