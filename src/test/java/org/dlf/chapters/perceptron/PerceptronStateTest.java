package org.dlf.chapters.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.perceptron.PerceptronPoints.Choice;
import org.dlf.chapters.share.Refusal;
import org.junit.jupiter.api.Test;

/** The perceptron trainer's settings in a link: they come back exactly, and a forged one is refused. */
class PerceptronStateTest {

    /** Blobs with two points removed by clicks and three added, random start, every setting changed. */
    private static PerceptronTrainerModel customised() {
        PerceptronTrainerModel m = new PerceptronTrainerModel();
        m.setDataset(Choice.BLOBS);
        double[][] xy = m.points().coordinates(true);
        assertThat(m.clickAt(xy[0][2], xy[1][2], true)).isEmpty(); // removes a blob point
        assertThat(m.clickAt(xy[0][0], xy[1][0], true)).isEmpty();
        assertThat(m.clickAt(-4.12345, 3.98765, true)).isEmpty(); // adds points, kept to 0.001
        assertThat(m.clickAt(0.5, -0.25, false)).isEmpty();
        assertThat(m.clickAt(4.5, 4.5, false)).isEmpty();
        m.setLearningRate(0.07);
        m.setStart(true, 4242);
        m.setStopping(Double.NaN, 0.05, 3, 250);
        return m;
    }

    private static PerceptronTrainerModel restored(Map<String, String> params) {
        PerceptronTrainerModel m = new PerceptronTrainerModel();
        assertThat(PerceptronState.CODEC.apply(m, params)).isEmpty();
        return m;
    }

    @Test
    void a_link_gives_back_the_same_points_settings_and_run_bit_for_bit() {
        PerceptronTrainerModel original = customised();
        Map<String, String> params = PerceptronState.CODEC.encode(original);
        assertThat(params)
                .containsEntry("data", "blobs")
                .containsEntry("add", "-4.123_3.988_1~0.5_-0.25_-1~4.5_4.5_-1")
                .containsEntry("lr", "0.07")
                .containsEntry("start", "random")
                .containsEntry("seed", "4242")
                .containsEntry("err", "off")
                .containsEntry("dw", "0.05")
                .containsEntry("speed", "normal");
        assertThat(params.get("drop").split("~")).hasSize(2);

        PerceptronTrainerModel copy = restored(params);
        assertThat(copy.points().choice()).isEqualTo(Choice.CUSTOM);
        assertThat(PerceptronState.CODEC.encode(copy)).isEqualTo(params);
        assertThat(copy.points().dataset().points())
                .isEqualTo(original.points().dataset().points());
        for (int epoch = 0; epoch < 40; epoch++) {
            original.epoch();
            copy.epoch();
        }
        assertThat(copy.frame().weights()).isEqualTo(original.frame().weights());
        assertThat(copy.snapshot().epochs()).isEqualTo(original.snapshot().epochs());
        assertThat(copy.frame().outcome()).isEqualTo(original.frame().outcome());
    }

    @Test
    void forged_parameters_are_refused_with_the_fields_own_messages_and_change_nothing() {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("lr", "100");
        forged.put("seed", "-1");
        forged.put("k", "0");
        forged.put("err", "2.5");
        forged.put("speed", "warp");
        forged.put("start", "half");
        forged.put("colour", "red");
        PerceptronTrainerModel m = new PerceptronTrainerModel();
        List<Refusal> refused = PerceptronState.CODEC.apply(m, forged);
        assertThat(refused)
                .extracting(Refusal::parameter, Refusal::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lr", "perceptron.error.learning-rate"),
                        org.assertj.core.groups.Tuple.tuple("start", "share.error.value"),
                        org.assertj.core.groups.Tuple.tuple("seed", "perceptron.error.seed"),
                        org.assertj.core.groups.Tuple.tuple("err", "perceptron.error.error-epsilon"),
                        org.assertj.core.groups.Tuple.tuple("k", "perceptron.error.consecutive"),
                        org.assertj.core.groups.Tuple.tuple("speed", "share.error.value"),
                        org.assertj.core.groups.Tuple.tuple("colour", "share.error.unknown"));
        assertThat(refused.getFirst().args()).startsWith(0.001, 1.0);
        assertThat(PerceptronState.CODEC.encode(m))
                .isEqualTo(PerceptronState.CODEC.encode(new PerceptronTrainerModel()));
    }

    @Test
    void forged_points_are_refused_as_a_whole() {
        for (Map<String, String> forged : List.of(
                Map.of("data", "custom"),
                Map.of("data", "xor", "drop", "4"),
                Map.of("data", "xor", "drop", "0~0"),
                Map.of("data", "xor", "drop", "0~1~2~3"),
                Map.of("add", "2_0_1"),
                Map.of("add", "0.1234_0_1"),
                Map.of("add", "0.5_0.5_2"),
                Map.of("add", "0.5_0.5"),
                Map.of("add", "0.5_0.5_1~".repeat(99)))) {
            PerceptronTrainerModel m = new PerceptronTrainerModel();
            assertThat(PerceptronState.CODEC.apply(m, forged))
                    .as(forged.toString())
                    .hasSize(1);
            assertThat(m.points().choice()).as(forged.toString()).isEqualTo(Choice.OR);
            assertThat(m.points().dataset().size()).isEqualTo(4);
        }
    }

    @Test
    void a_teachers_lock_wins_over_the_link() {
        PerceptronTrainerModel m = new PerceptronTrainerModel();
        m.lock(new ParameterLocks(Map.of("learningRate", "0.1", "dataset", "AND")));
        List<Refusal> refused =
                PerceptronState.CODEC.apply(m, Map.of("lr", "0.3", "data", "and", "add", "0.5_0.5_1", "seed", "9"));
        assertThat(refused)
                .extracting(Refusal::messageKey)
                .containsExactly("assignment.locked.points", "assignment.locked");
        assertThat(m.settings().learningRate()).isEqualTo(0.1);
        assertThat(m.points().dataset().size()).isEqualTo(4);
        assertThat(m.settings().seed()).isEqualTo(9);
    }
}
