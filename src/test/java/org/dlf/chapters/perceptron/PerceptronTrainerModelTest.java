package org.dlf.chapters.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlf.chapters.perceptron.PerceptronPoints.Choice;
import org.junit.jupiter.api.Test;

class PerceptronTrainerModelTest {

    private static PerceptronTrainerModel runToEnd(PerceptronTrainerModel model) {
        while (model.step()) {
            // every sample until a stopping rule holds
        }
        return model;
    }

    @Test
    void or_from_zero_with_eta_one_half_converges_after_4_epochs_as_in_the_chapter() {
        PerceptronTrainerModel model = runToEnd(new PerceptronTrainerModel());

        PerceptronSnapshot s = model.snapshot();
        assertThat(s.dataset()).isEqualTo("OR");
        assertThat(s.outcome()).isEqualTo(PerceptronOutcome.CONVERGED_ERROR);
        assertThat(s.convergedAfterEpochs()).isEqualTo(4);
        assertThat(s.samplesPresented()).isEqualTo(16);
        assertThat(s.weights()).containsExactly(-1, 1, 1);
        assertThat(s.trainAccuracy()).isEqualTo(1.0);
    }

    @Test
    void the_first_sample_of_or_is_wrong_and_moves_the_weights_to_minus_one_zero_zero() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.step();

        PerceptronTrainerModel.Frame f = model.frame();
        assertThat(f.highlight()).isZero();
        assertThat(f.lastStep().changedWeights()).isTrue();
        assertThat(f.weights()).containsExactly(-1, 0, 0);
    }

    @Test
    void xor_never_converges_and_stops_at_M_epochs() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.setDataset(Choice.XOR);
        model.apply(model.settings().edit().stopping(0.001, Double.NaN, 1, 50));
        runToEnd(model);

        PerceptronSnapshot s = model.snapshot();
        assertThat(s.outcome()).isEqualTo(PerceptronOutcome.MAX_EPOCHS);
        assertThat(s.converged()).isFalse();
        assertThat(s.epochs()).isEqualTo(50);
        assertThat(s.trainAccuracy()).isLessThan(1.0);
        assertThat(model.points().separable()).contains(false);
    }

    @Test
    void k_in_a_row_needs_three_error_free_epochs_so_or_stops_after_epoch_6() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.apply(model.settings().edit().stopping(0.001, Double.NaN, 3, 100));
        runToEnd(model);

        assertThat(model.snapshot().convergedAfterEpochs()).isEqualTo(6);
    }

    @Test
    void a_loose_weight_change_rule_stops_xor_early_without_a_correct_classification() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.setDataset(Choice.XOR);
        model.apply(model.settings().edit().stopping(Double.NaN, 10, 1, 100));
        runToEnd(model);

        assertThat(model.snapshot().outcome()).isEqualTo(PerceptronOutcome.CONVERGED_WEIGHTS);
        assertThat(model.snapshot().epochs()).isEqualTo(1);
        assertThat(model.snapshot().trainAccuracy()).isLessThan(1.0);
    }

    @Test
    void values_the_controls_cannot_set_are_refused_and_change_nothing() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();

        assertThat(model.apply(model.settings().edit().learningRate(0))).contains("perceptron.error.learning-rate");
        assertThat(model.apply(model.settings().edit().learningRate(1.5))).contains("perceptron.error.learning-rate");
        assertThat(model.apply(model.settings().edit().learningRate(Double.NaN)))
                .contains("perceptron.error.learning-rate");
        assertThat(model.apply(model.settings().edit().start(true, -1))).contains("perceptron.error.seed");
        assertThat(model.apply(model.settings().edit().stopping(0.1, Double.NaN, 0, 10)))
                .contains("perceptron.error.consecutive");
        assertThat(model.apply(model.settings().edit().stopping(0.1, Double.NaN, 1, 1001)))
                .contains("perceptron.error.max-epochs");
        assertThat(model.apply(model.settings().edit().stopping(-1, Double.NaN, 1, 10)))
                .contains("perceptron.error.error-epsilon");
        assertThat(model.clickAt(50, 0, true)).contains("perceptron.error.outside");
        assertThat(model.settings().learningRate()).isEqualTo(0.5);
        assertThat(model.settings().maxEpochs()).isEqualTo(100);
    }

    @Test
    void a_click_adds_a_point_and_a_click_on_it_removes_it_making_the_set_custom() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();

        assertThat(model.clickAt(0.5, 1.2, false)).isEmpty();
        assertThat(model.points().choice()).isEqualTo(Choice.CUSTOM);
        assertThat(model.points().dataset().size()).isEqualTo(5);
        assertThat(model.clickAt(0.51, 1.21, true)).isEmpty();
        assertThat(model.points().dataset().size()).isEqualTo(4);
    }

    @Test
    void a_random_start_is_the_same_for_the_same_seed() {
        PerceptronTrainerModel a = new PerceptronTrainerModel();
        PerceptronTrainerModel b = new PerceptronTrainerModel();
        a.apply(a.settings().edit().start(true, 42));
        b.apply(b.settings().edit().start(true, 42));

        assertThat(a.frame().weights()).containsExactly(b.frame().weights());
        assertThat(a.frame().weights()).isNotEqualTo(new double[] {0, 0, 0});
    }

    @Test
    void advance_presents_at_most_the_samples_asked_for_and_stops_at_a_stopping_rule() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        assertThat(model.advance(Long.MAX_VALUE, 3)).isEqualTo(3);
        assertThat(model.samplesToEpochEnd()).isEqualTo(1);
        assertThat(model.advance(Long.MAX_VALUE, 1000)).isEqualTo(13);
        assertThat(model.halted()).isTrue();
        assertThat(model.snapshot().convergedAfterEpochs()).isEqualTo(4);
    }

    @Test
    void each_frame_returns_only_the_epochs_not_charted_yet() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.epoch();
        model.epoch();

        assertThat(model.frame().newEpochs()).hasSize(2);
        model.epoch();
        assertThat(model.frame().newEpochs()).extracting(e -> e.epoch()).containsExactly(3);
    }

    @Test
    void the_config_keys_set_data_set_and_learning_rate_and_bad_values_keep_the_defaults() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        assertThat(PerceptronTrainerFactory.configure(model, java.util.Map.of("dataset", "xor", "learningRate", "0.1")))
                .isEmpty();
        assertThat(model.points().choice()).isEqualTo(Choice.XOR);
        assertThat(model.settings().learningRate()).isEqualTo(0.1);

        PerceptronTrainerModel bad = new PerceptronTrainerModel();
        assertThat(PerceptronTrainerFactory.configure(bad, java.util.Map.of("learningRate", "7")))
                .contains("perceptron.error.config");
        assertThat(bad.settings().learningRate()).isEqualTo(0.5);
    }
}
