package org.dlf.chapters.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dlf.assignment.ParameterLocks;
import org.junit.jupiter.api.Test;

/** A teacher's locks hold on the server: the model refuses other values and changes nothing. */
class PerceptronTrainerModelLocksTest {

    private static final ParameterLocks LOCKS =
            new ParameterLocks(Map.of("learningRate", "0.1", "start", "RANDOM", "seed", "7", "dataset", "AND"));

    @Test
    void locking_puts_the_teachers_values_in() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        assertThat(model.lock(LOCKS)).isEmpty();
        assertThat(model.settings().learningRate()).isEqualTo(0.1);
        assertThat(model.settings().randomStart()).isTrue();
        assertThat(model.settings().seed()).isEqualTo(7);
        assertThat(model.points().choice()).isEqualTo(PerceptronPoints.Choice.AND);
        assertThat(model.parameters())
                .containsEntry("learningRate", "0.1")
                .containsEntry("start", "RANDOM")
                .containsEntry("seed", "7")
                .containsEntry("dataset", "AND");
    }

    @Test
    void a_direct_call_with_another_locked_value_is_refused_and_changes_nothing() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.lock(LOCKS);
        model.epoch();
        int epochs = model.frame().epochs();

        assertThat(model.apply(model.settings().edit().learningRate(0.5))).contains("assignment.locked");
        assertThat(model.apply(model.settings().edit().start(false, 7))).contains("assignment.locked");
        assertThat(model.apply(model.settings().edit().start(true, 8))).contains("assignment.locked");
        assertThat(model.setDataset(PerceptronPoints.Choice.XOR)).contains("assignment.locked");
        assertThat(model.clickAt(0.5, 0.5, true)).contains("assignment.locked.points");

        assertThat(model.settings().learningRate()).isEqualTo(0.1);
        assertThat(model.settings().seed()).isEqualTo(7);
        assertThat(model.settings().randomStart()).isTrue();
        assertThat(model.points().choice()).isEqualTo(PerceptronPoints.Choice.AND);
        assertThat(model.frame().epochs()).isEqualTo(epochs); // not reset
        assertThat(epochs).isEqualTo(1);
    }

    @Test
    void the_same_value_and_unlocked_settings_are_still_accepted() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.lock(new ParameterLocks(Map.of("learningRate", "0.1")));
        assertThat(model.apply(model.settings().edit().learningRate(0.1))).isEmpty();
        assertThat(model.apply(model.settings().edit().start(true, 42))).isEmpty();
        assertThat(model.setDataset(PerceptronPoints.Choice.XOR)).isEmpty();
    }

    @Test
    void the_declared_parameters_accept_their_start_values_and_the_spelling_the_model_records() {
        Map<String, String> used = new PerceptronTrainerModel().parameters();
        assertThat(PerceptronLocks.LOCKABLE).allSatisfy(p -> {
            assertThat(p.normalise(p.start())).contains(p.start());
            assertThat(used).containsKey(p.name());
            assertThat(p.normalise(used.get(p.name()))).contains(used.get(p.name()));
        });
        assertThat(used).hasSameSizeAs(PerceptronLocks.LOCKABLE);
    }
}
