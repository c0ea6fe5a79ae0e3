package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dlf.assignment.ParameterLocks;
import org.dlf.engine.Activation;
import org.junit.jupiter.api.Test;

/** A teacher's locks hold on the server: the model refuses other values and changes nothing. */
class MlpTrainerModelLocksTest {

    private static final ParameterLocks LOCKS = new ParameterLocks(
            Map.of("learningRate", "0.1", "seed", "7", "dataset", "CIRCLE", "activation", "SIGMOID"));

    private static MlpSettings.Builder with(MlpSettings s, double rate, long seed) {
        return s.edit().learningRate(rate).seed(seed);
    }

    @Test
    void locking_puts_the_teachers_values_in() {
        MlpTrainerModel model = new MlpTrainerModel();
        assertThat(model.lock(LOCKS)).isEmpty();
        assertThat(model.settings().learningRate()).isEqualTo(0.1);
        assertThat(model.settings().seed()).isEqualTo(7);
        assertThat(model.settings().activation()).isEqualTo(Activation.SIGMOID);
        assertThat(model.data().choice()).isEqualTo(MlpData.Choice.CIRCLE);
        assertThat(model.parameters())
                .containsEntry("learningRate", "0.1")
                .containsEntry("seed", "7")
                .containsEntry("dataset", "CIRCLE")
                .containsEntry("activation", "SIGMOID");
    }

    @Test
    void a_direct_call_with_another_locked_value_is_refused_and_changes_nothing() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.lock(LOCKS);
        model.advance(Long.MAX_VALUE, 1);
        MlpSettings before = model.settings();
        int points = model.data().dataset().size();

        assertThat(model.apply(with(before, 0.5, 7)))
                .singleElement()
                .satisfies(v -> assertThat(v.key()).isEqualTo("assignment.locked"))
                .satisfies(v -> assertThat(v.field()).isEqualTo("learningRate"));
        assertThat(model.apply(with(before, 0.1, 8))).extracting(v -> v.field()).containsExactly("seed");
        assertThat(model.setDataset(MlpData.Choice.XOR)).contains("assignment.locked");
        assertThat(model.clickAt(0, 0, true)).contains("assignment.locked.points");

        assertThat(model.settings()).isEqualTo(before);
        assertThat(model.data().choice()).isEqualTo(MlpData.Choice.CIRCLE);
        assertThat(model.data().dataset().size()).isEqualTo(points);
        assertThat(model.epochs()).isEqualTo(1); // not rebuilt
    }

    @Test
    void unlocked_settings_stay_free() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.lock(LOCKS);
        MlpSettings s = model.settings();
        assertThat(model.apply(
                        s.edit().hiddenLayers(2).neuronsPerLayer(6).batchSize(8).noise(0.1)))
                .isEmpty();
        assertThat(model.settings().hiddenLayers()).isEqualTo(2);
    }

    @Test
    void the_declared_parameters_accept_their_start_values_and_the_spelling_the_model_records() {
        Map<String, String> used = new MlpTrainerModel().parameters();
        assertThat(MlpLocks.LOCKABLE).allSatisfy(p -> {
            assertThat(p.normalise(p.start())).contains(p.start());
            assertThat(used).containsKey(p.name());
            assertThat(p.normalise(used.get(p.name()))).contains(used.get(p.name()));
        });
        assertThat(used).hasSameSizeAs(MlpLocks.LOCKABLE);
    }
}
