package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlf.engine.Activation;
import org.dlf.engine.ConfigViolation;
import org.junit.jupiter.api.Test;

class MlpTrainerModelTest {

    @Test
    void the_default_4_tanh_network_learns_xor_to_100_percent_within_300_epochs_of_full_batch_steps() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.advance(Long.MAX_VALUE, XOR_EPOCHS);

        MlpSnapshot s = model.snapshot();
        assertThat(s.dataset()).isEqualTo("XOR");
        assertThat(s.hiddenNeurons()).isEqualTo(4);
        assertThat(s.trainAccuracy()).isEqualTo(1.0);
        assertThat(s.trainLoss()).isLessThan(0.1);
        assertThat(s.epochs()).isEqualTo(XOR_EPOCHS);
    }

    static final int XOR_EPOCHS = 300;

    @Test
    void the_same_seed_gives_the_same_network_after_training() {
        MlpTrainerModel a = new MlpTrainerModel();
        MlpTrainerModel b = new MlpTrainerModel();
        a.setDataset(MlpData.Choice.SPIRAL);
        b.setDataset(MlpData.Choice.SPIRAL);
        a.trainUntil(Long.MAX_VALUE, 20);
        b.trainUntil(Long.MAX_VALUE, 20);

        assertThat(a.network().parameters().sameBits(b.network().parameters())).isTrue();
    }

    @Test
    void settings_beyond_the_engine_limits_are_refused_with_the_field_named() {
        MlpTrainerModel model = new MlpTrainerModel();
        MlpSettings d = MlpSettings.defaults();

        assertThat(model.apply(d.edit().neuronsPerLayer(17)))
                .extracting(ConfigViolation::field)
                .containsExactly("neuronsPerLayer");
        assertThat(model.apply(d.edit().activation(Activation.STEP)))
                .extracting(ConfigViolation::key)
                .containsExactly("config.activation.notDifferentiable");
        assertThat(model.apply(d.edit().batchSize(5)))
                .extracting(ConfigViolation::key)
                .containsExactly("config.batchSize.exceedsDataset");
        assertThat(model.apply(d.edit().learningRate(50)))
                .extracting(ConfigViolation::field)
                .containsExactly("learningRate");
        assertThat(model.apply(d.edit().learningRate(Double.NaN)))
                .extracting(ConfigViolation::field)
                .containsExactly("learningRate");
        assertThat(model.apply(d.edit().seed(-5)))
                .extracting(ConfigViolation::field)
                .containsExactly("seed");
        assertThat(model.apply(d.edit().start(null)))
                .extracting(ConfigViolation::field)
                .containsExactly("start");
        assertThat(model.settings()).isEqualTo(d);
    }

    @Test
    void spiral_uses_200_points_split_by_the_test_fraction() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.setDataset(MlpData.Choice.SPIRAL);
        assertThat(model.apply(model.settings()
                        .edit()
                        .hiddenLayers(2)
                        .neuronsPerLayer(8)
                        .learningRate(0.03)
                        .batchSize(10)
                        .noise(0.1)))
                .isEmpty();

        MlpSnapshot s = model.snapshot();
        assertThat(s.trainPoints()).isEqualTo(160);
        assertThat(s.testPoints()).isEqualTo(40);
        assertThat(s.hiddenNeurons()).isEqualTo(16);
    }

    @Test
    void reset_with_a_new_seed_starts_another_network_on_the_same_data_and_the_seed_repeats_it() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.setDataset(MlpData.Choice.CIRCLE);
        var data = model.data().dataset().points();
        var first = model.network().parameters();

        assertThat(model.reseed(424_242)).isEmpty();

        assertThat(model.settings().seed()).isEqualTo(424_242);
        assertThat(model.network().parameters().sameBits(first)).isFalse();
        assertThat(model.data().dataset().points()).isEqualTo(data);
        assertThat(model.reseed(1)).isEmpty();
        assertThat(model.network().parameters().sameBits(first)).isTrue();
    }

    @Test
    void all_equal_weights_keep_every_hidden_neuron_identical_while_training_and_random_ones_do_not() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.setDataset(MlpData.Choice.CIRCLE);
        assertThat(model.apply(model.settings()
                        .edit()
                        .hiddenLayers(2)
                        .neuronsPerLayer(6)
                        .batchSize(10)
                        .start(MlpSettings.Start.EQUAL)))
                .isEmpty();

        model.trainUntil(Long.MAX_VALUE, 200);

        MlpTrainerModel.Frame f = model.frame();
        assertThat(f.symmetric()).isTrue();
        var layer = model.network().layer(0);
        assertThat(layer.weight(5, 1)).isEqualTo(layer.weight(0, 1)).isNotEqualTo(MlpSettings.EQUAL_WEIGHT);
        assertThat(f.last().accuracy()).isLessThan(0.9); // one neuron's worth cannot draw a circle

        model.apply(model.settings().edit().start(MlpSettings.Start.RANDOM));
        model.trainUntil(Long.MAX_VALUE, 200);
        assertThat(model.frame().symmetric()).isFalse();
        assertThat(model.frame().last().accuracy()).isGreaterThan(0.95);
    }

    @Test
    void a_learning_rate_of_10_on_the_spiral_and_on_xor_is_explained_and_pauses_before_anything_is_not_finite() {
        for (MlpData.Choice dataset : new MlpData.Choice[] {MlpData.Choice.SPIRAL, MlpData.Choice.XOR}) {
            MlpTrainerModel model = new MlpTrainerModel();
            model.setDataset(dataset);
            assertThat(model.apply(model.settings().edit().learningRate(10))).isEmpty();

            model.advance(Long.MAX_VALUE, 5000);

            assertThat(model.halted()).as(dataset.name()).isTrue();
            assertThat(model.diverged()).isFalse();
            MlpTrainerModel.Frame f = model.frame();
            assertThat(f.alarm()).isNotNull();
            assertThat(f.alarm().epoch()).isLessThan(20);
            assertThat(f.epoch()).isEqualTo(f.alarm().epoch());
            assertThat(java.util.Arrays.stream(f.trainLoss()).allMatch(Double::isFinite))
                    .isTrue();

            model.overruleAlarm(); // Play again: it goes on, and the watch stays silent
            assertThat(model.advance(Long.MAX_VALUE, 50)).isEqualTo(50);
            assertThat(model.frame().alarm()).isNull();
        }
    }

    @Test
    void a_learning_rate_of_0_03_on_the_spiral_trains_a_whole_run_without_an_alarm() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.setDataset(MlpData.Choice.SPIRAL);
        model.apply(model.settings()
                .edit()
                .hiddenLayers(2)
                .neuronsPerLayer(8)
                .learningRate(0.03)
                .batchSize(10)
                .noise(0.1));

        assertThat(model.advance(Long.MAX_VALUE, MlpSettings.DEFAULT_EPOCH_BUDGET))
                .isEqualTo(MlpSettings.DEFAULT_EPOCH_BUDGET);
        assertThat(model.halted()).isFalse();
        assertThat(model.frame().alarm()).isNull();
    }

    @Test
    void a_huge_learning_rate_still_stops_at_the_first_non_finite_value_with_finite_numbers_for_the_charts() {
        MlpTrainerModel model = new MlpTrainerModel(MlpSettings.defaults()
                .edit()
                .hiddenLayers(2)
                .activation(Activation.RELU)
                .learningRate(1e200)
                .batchSize(2)
                .buildUnchecked());

        model.advance(Long.MAX_VALUE, 5000);

        assertThat(model.diverged()).isTrue();
        assertThat(model.halted()).isTrue();
        MlpTrainerModel.Frame f = model.frame();
        assertThat(f.divergence().epoch()).isEqualTo(1);
        assertThat(f.divergence().restoredToEpoch()).isZero();
        assertThat(java.util.Arrays.stream(f.heatmap()).allMatch(v -> v >= 0 && v <= 1))
                .isTrue();
        assertThat(Double.isFinite(f.last().loss())).isTrue();
        assertThat(model.network().firstNonFiniteParameter()).isNull();
    }

    @Test
    void a_frame_carries_at_most_30_new_loss_points_and_a_40_by_40_heatmap_in_0_1() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.trainUntil(Long.MAX_VALUE, 100);

        MlpTrainerModel.Frame f = model.frame();
        assertThat(f.epochs()).hasSize(30);
        assertThat(f.epochs()[0]).isEqualTo(0);
        assertThat(f.epochs()[29]).isEqualTo(100);
        assertThat(f.heatmap()).hasSize(1600);
        assertThat(java.util.Arrays.stream(f.heatmap()).allMatch(v -> v >= 0 && v <= 1))
                .isTrue();
        assertThat(model.frame().epochs()).isEmpty();
    }

    @Test
    void a_neuron_shows_its_bias_incoming_weights_and_output_range() {
        MlpTrainerModel model = new MlpTrainerModel();
        NeuronInfo n = model.neuron(0, 1).orElseThrow();

        assertThat(n.weights()).hasSize(2);
        assertThat(n.bias()).isZero();
        assertThat(n.minOutput()).isBetween(-1.0, n.maxOutput());
        assertThat(model.neuron(5, 0)).isEmpty();
    }
}
