package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dlf.engine.Activation;
import org.dlf.training.TrainingSpeed;
import org.junit.jupiter.api.Test;

class MlpStateTest {

    private static MlpTrainerModel edited() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.setDataset(MlpData.Choice.SPIRAL);
        model.apply(model.settings()
                .edit()
                .hiddenLayers(3)
                .neuronsPerLayer(12)
                .activation(Activation.RELU)
                .learningRate(0.01)
                .batchSize(5)
                .noise(0.1)
                .seed(4711)
                .start(MlpSettings.Start.EQUAL)
                .epochBudget(1000));
        var first = model.data().dataset().points().getFirst();
        model.clickAt(5.123456, -5.9, true); // added (a corner the spiral leaves empty), rounded to 0.001
        model.clickAt(first.x(), first.y(), true); // a generated point removed
        return model;
    }

    @Test
    void the_text_form_is_stable_and_carries_data_edits_settings_and_speed() {
        MlpState state = edited().state(TrainingSpeed.FAST);

        assertThat(state.encode())
                .isEqualTo("v=1&data=spiral&noise=0.1&test=20&layers=3&neurons=12&act=relu&lr=0.01&batch=5"
                        + "&seed=4711&start=equal&epochs=1000&speed=fast&removed=0&added=5.123,-5.9,1");
        assertThat(MlpState.decode(state.encode())).isEqualTo(state);
        assertThat(state.toMap().keySet()).startsWith("v", "data", "noise");
    }

    @Test
    void a_restored_state_trains_the_same_run_bit_for_bit() {
        MlpTrainerModel original = edited();
        MlpTrainerModel copy = new MlpTrainerModel();

        assertThat(copy.restore(
                        MlpState.decode(original.state(TrainingSpeed.NORMAL).encode())))
                .isEmpty();
        assertThat(copy.data().choice()).isEqualTo(MlpData.Choice.CUSTOM);
        assertThat(copy.data().dataset().points())
                .isEqualTo(original.data().dataset().points());
        assertThat(copy.settings()).isEqualTo(original.settings());
        original.advance(Long.MAX_VALUE, 30);
        copy.advance(Long.MAX_VALUE, 30);
        assertThat(copy.network().parameters().sameBits(original.network().parameters()))
                .isTrue();
    }

    @Test
    void malformed_text_is_refused() {
        for (String bad : List.of(
                "",
                "v=2&data=xor",
                "v=1&data=xor&noise=0&test=20&layers=1&neurons=4&act=tanh&lr=NaN&batch=4&seed=1&start=random"
                        + "&epochs=5000&speed=normal",
                "v=1&data=xor&noise=0&test=20&layers=1&neurons=4&act=TANH&lr=0.5&batch=4&seed=1&start=random"
                        + "&epochs=5000&speed=normal",
                "v=1&data=xor&noise=0&test=20&layers=1&neurons=4&act=tanh&lr=1e9&batch=4&seed=1&start=random"
                        + "&epochs=5000&speed=normal",
                "v=1&data=xor&noise=0&test=20&layers=1&neurons=4&act=tanh&lr=0.5&batch=4&seed=1&start=random"
                        + "&epochs=5000&speed=normal&added=1,2",
                "v=1&data=xor&noise=0&test=20&layers=1&neurons=4&act=tanh&lr=0.5&batch=4&seed=1&start=random"
                        + "&epochs=5000&speed=normal&evil=1")) {
            assertThatThrownBy(() -> MlpState.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_state_with_values_out_of_range_is_refused_by_the_model_and_changes_nothing() {
        MlpTrainerModel model = new MlpTrainerModel();
        MlpSettings before = model.settings();
        String tooFast = model.state(TrainingSpeed.NORMAL).encode().replace("lr=0.5", "lr=50");
        String outside = "v=1&data=xor&noise=0&test=20&layers=1&neurons=4&act=tanh&lr=0.5&batch=4&seed=1"
                + "&start=random&epochs=5000&speed=normal&added=9,9,1";

        assertThat(model.restore(MlpState.decode(tooFast)))
                .extracting(v -> v.field())
                .containsExactly("learningRate");
        assertThat(model.restore(MlpState.decode(outside)))
                .extracting(v -> v.key())
                .containsExactly("mlp.error.points");
        assertThat(model.settings()).isEqualTo(before);
        assertThat(model.data().choice()).isEqualTo(MlpData.Choice.XOR);
        assertThat(model.data().dataset().size()).isEqualTo(4);
    }
}
