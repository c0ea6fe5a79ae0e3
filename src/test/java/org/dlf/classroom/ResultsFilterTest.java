package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultsFilterTest {

    private static final Map<String, String> CHAPTER = Map.of("p1", "perceptron", "b1", "backpropagation");

    private static ClassResults.Student student(String name) {
        return new ClassResults.Student(UUID.randomUUID(), name, Map.of(), 0, 0);
    }

    private final ClassResults results = new ClassResults(
            new ClassSummary(1, "3B", "ABCDEF", true, 3),
            Map.of("perceptron", 4, "backpropagation", 4),
            List.of(student("Ada"), student("Bo"), student("Cai Lin")),
            List.of(
                    new ClassResults.ExerciseStats("p1", 3, 2, 5, 0),
                    new ClassResults.ExerciseStats("b1", 2, 0, 7, 1),
                    new ClassResults.ExerciseStats("gone", 1, 1, 1, 0)),
            List.of(new ClassResults.Mistake("b1", "updated-output-weights", 4)),
            List.of(new ClassResults.Stuck("Bo", "b1", 5)),
            List.of(new ClassResults.Diverged("Cai Lin", "mlp-trainer", "SPIRAL", 3, Instant.EPOCH)));

    private ClassResults filter(String name, String chapter, boolean needsHelp) {
        return new ResultsFilter(name, chapter, needsHelp).apply(results, CHAPTER::get);
    }

    @Test
    void no_filter_keeps_everything() {
        assertThat(ResultsFilter.NONE.apply(results, CHAPTER::get)).isEqualTo(results);
    }

    @Test
    void a_name_part_in_any_case_narrows_the_student_tables_but_not_the_class_wide_ones() {
        ClassResults r = filter("  LIN ", null, false);
        assertThat(r.students()).extracting(ClassResults.Student::name).containsExactly("Cai Lin");
        assertThat(r.stuck()).isEmpty();
        assertThat(r.diverged()).hasSize(1);
        assertThat(r.exercises()).hasSize(3);
        assertThat(r.mistakes()).hasSize(1);
    }

    @Test
    void a_chapter_keeps_its_exercises_mistakes_and_stuck_students_only() {
        ClassResults r = filter("", "perceptron", false);
        assertThat(r.exercises())
                .extracting(ClassResults.ExerciseStats::exerciseId)
                .containsExactly("p1");
        assertThat(r.mistakes()).isEmpty();
        assertThat(r.stuck()).isEmpty();
        assertThat(r.students()).hasSize(3);
    }

    @Test
    void needs_help_keeps_the_stuck_and_the_diverged() {
        assertThat(filter("", null, true).students())
                .extracting(ClassResults.Student::name)
                .containsExactlyInAnyOrder("Bo", "Cai Lin");
        assertThat(filter("", "perceptron", true).students())
                .extracting(ClassResults.Student::name)
                .containsExactly("Cai Lin"); // Bo is stuck in another chapter
    }

    @Test
    void an_overlong_name_is_cut_and_null_means_everyone() {
        assertThat(new ResultsFilter("x".repeat(500), null, false).name()).hasSize(40);
        assertThat(new ResultsFilter(null, null, false).apply(results, CHAPTER::get))
                .isEqualTo(results);
    }
}
