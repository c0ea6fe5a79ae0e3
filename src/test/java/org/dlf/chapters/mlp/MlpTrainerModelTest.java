package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dlf.engine.Activation;
import org.dlf.engine.ConfigViolation;
import org.junit.jupiter.api.Test;

class MlpTrainerModelTest {

    @Test
    void the_default_4_tanh_network_learns_xor_to_100_percent_within_300_epochs_of_full_batch_steps() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.trainUntil(Long.MAX_VALUE, MlpTrainerModelTest.XOR_EPOCHS);

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

        List<ConfigViolation> v = model.apply(new MlpSettings(1, 17, Activation.TANH, 0.5, 4, 0, 0, 1, 100));
        assertThat(v).extracting(ConfigViolation::field).containsExactly("neuronsPerLayer");
        assertThat(model.apply(new MlpSettings(1, 4, Activation.STEP, 0.5, 4, 0, 0, 1, 100)))
                .extracting(ConfigViolation::key)
                .containsExactly("config.activation.notDifferentiable");
        assertThat(model.apply(new MlpSettings(1, 4, Activation.TANH, 0.5, 5, 0, 0, 1, 100)))
                .extracting(ConfigViolation::key)
                .containsExactly("config.batchSize.exceedsDataset");
        assertThat(model.apply(new MlpSettings(1, 4, Activation.TANH, 50, 4, 0, 0, 1, 100)))
                .extracting(ConfigViolation::field)
                .containsExactly("learningRate");
        assertThat(model.apply(new MlpSettings(1, 4, Activation.TANH, 0.5, 4, 0, 0, -5, 100)))
                .extracting(ConfigViolation::field)
                .containsExactly("seed");
        assertThat(model.settings()).isEqualTo(d);
    }

    @Test
    void spiral_uses_200_points_split_by_the_test_fraction() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.setDataset(MlpData.Choice.SPIRAL);
        assertThat(model.apply(new MlpSettings(2, 8, Activation.TANH, 0.03, 10, 0.1, 0.2, 1, 1000)))
                .isEmpty();

        MlpSnapshot s = model.snapshot();
        assertThat(s.trainPoints()).isEqualTo(160);
        assertThat(s.testPoints()).isEqualTo(40);
        assertThat(s.hiddenNeurons()).isEqualTo(16);
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
