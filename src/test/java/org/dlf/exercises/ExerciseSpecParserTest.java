package org.dlf.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExerciseSpecParserTest {

    @Test
    void every_exercise_of_the_course_parses() {
        List<ExerciseSpec> specs = ManifestFixture.specs();
        assertThat(specs).hasSize(38);
        assertThat(specs).extracting(ExerciseSpec::type).contains(ExerciseType.values());
    }

    @Test
    void the_neuron_tolerance_written_as_1e_4_is_read_as_a_number() {
        assertThat(ManifestFixture.spec("neuron-output-sigmoid").tolerance()).isEqualTo(1e-4);
    }

    @Test
    void chapters_come_from_the_manifest_file_names() {
        assertThat(ManifestFixture.spec("backward-w1-new").chapter()).isEqualTo("backpropagation");
        assertThat(ManifestFixture.spec("backward-w1-new").compute()).isEqualTo(Computation.BACKWARD_W1_NEW);
    }

    @Test
    void an_answer_that_names_no_option_and_an_unknown_mistake_are_both_reported() {
        Map<String, Object> bad = Map.of(
                "id", "x",
                "type", "single",
                "prompt", Map.of("zh", "题", "en", "Q"),
                "options", List.of(Map.of("id", "a", "zh", "甲", "en", "A")),
                "answer", "b",
                "mistakes", List.of(Map.of("name", "guess", "zh", "猜", "en", "guess")),
                "hints", List.of(Map.of("zh", "想", "en", "think")),
                "explanation", Map.of("zh", "解", "en", "why"));
        assertThatThrownBy(() -> ExerciseSpecParser.parse(Map.of("01-x", List.of(bad))))
                .hasMessageContaining("answer 'b' is not an option")
                .hasMessageContaining("mistake 'guess' cannot be computed");
    }

    @Test
    void a_numeric_exercise_needs_a_tolerance_and_a_known_computation() {
        Map<String, Object> bad = Map.of(
                "id",
                "y",
                "type",
                "numeric",
                "compute",
                "forward.out_o3",
                "prompt",
                Map.of("zh", "题", "en", "Q"),
                "hints",
                List.of(Map.of("zh", "想", "en", "think")),
                "explanation",
                Map.of("zh", "解", "en", "why"));
        assertThatThrownBy(() -> ExerciseSpecParser.parse(Map.of("01-x", List.of(bad))))
                .hasMessageContaining("unknown computation 'forward.out_o3'")
                .hasMessageContaining("needs a tolerance");
    }
}
