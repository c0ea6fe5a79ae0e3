package org.dlf.chapters.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.dlf.exercises.ManifestFixture;
import org.dlf.exercises.TrainGoalChecker;
import org.dlf.exercises.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The chapter's train goal (perceptron-train-or, as the course defines it) against real runs of the trainer's
 * model: the widget's defaults do not pass, nor does a point that changes nothing; a point that narrows the
 * margin does.
 */
class PerceptronTrainGoalTest {

    private static final Map<String, Object> GOAL = ManifestFixture.goal("perceptron-train-or");

    /** Trains until a stopping rule ends the run, then checks the goal. */
    private static Verdict trainAndCheck(PerceptronTrainerModel model) {
        while (!model.finished()) {
            model.epoch();
        }
        return TrainGoalChecker.check(GOAL, model.trainingSnapshot(Instant.EPOCH)); // what the widget publishes
    }

    private static PerceptronTrainerModel orWithPoint(double x, double y, boolean positive) {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        assertThat(model.points().choice()).isEqualTo(PerceptronPoints.Choice.OR);
        assertThat(model.clickAt(x, y, positive)).isEmpty();
        return model;
    }

    @Test
    void the_defaults_or_from_zero_with_eta_one_half_converge_in_epoch_4_and_do_not_pass() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        Verdict verdict = trainAndCheck(model);
        assertThat(model.snapshot().convergedAfterEpochs()).isEqualTo(4);
        assertThat(verdict.correct()).isFalse();
        assertThat(verdict.code()).isEqualTo("goal.custom");
    }

    @Test
    void a_point_far_from_the_boundary_changes_nothing_and_does_not_pass() {
        assertThat(trainAndCheck(orWithPoint(-0.4, -0.4, false)))
                .isEqualTo(Verdict.of(Verdict.Outcome.WRONG, "goal.min-epochs", 10, 4));
    }

    @Test
    void a_minus_one_point_just_below_the_segment_from_0_1_to_1_0_narrows_the_margin_and_passes() {
        PerceptronTrainerModel model = orWithPoint(0.45, 0.45, false);
        assertThat(trainAndCheck(model).correct()).isTrue();
        assertThat(model.snapshot().convergedAfterEpochs()).isEqualTo(12);
    }

    @Test
    void a_point_on_the_segment_makes_the_data_inseparable_so_it_never_converges() {
        Verdict verdict = trainAndCheck(orWithPoint(0.5, 0.5, false));
        assertThat(verdict.code()).isEqualTo("goal.not-converged");
    }
}
