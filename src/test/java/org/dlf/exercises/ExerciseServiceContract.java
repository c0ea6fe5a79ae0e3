package org.dlf.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dlf.content.Language;
import org.dlf.exercises.Verdict.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the exercise service must do on every supported database (run by the H2 and PostgreSQL ITs). */
abstract class ExerciseServiceContract {

    @Autowired
    ExerciseService service;

    @Autowired
    JdbcTemplate jdbc;

    private final UUID learner = UUID.randomUUID();

    private int attemptRows() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM attempt WHERE learner_id = ?", Integer.class, learner);
        return n == null ? 0 : n;
    }

    @Test
    void a_named_mistake_then_the_right_answer_solves_the_exercise_in_two_attempts() {
        var wrong = service.submit(learner, "training-e-after-1", new Answer.Number("0.291027924"), null);
        assertThat(wrong.verdict()).isEqualTo(Verdict.of(Outcome.MISTAKE, "updated-output-weights"));
        var right = service.submit(learner, "training-e-after-1", new Answer.Number("0,291027774"), null);
        assertThat(right.verdict().correct()).isTrue();
        assertThat(right.progress()).isEqualTo(new ExerciseService.ProgressView(2, true, false));
        assertThat(service.tally(learner, "backpropagation")).isEqualTo(new ExerciseService.Tally(1, 6));
        assertThat(service.tallies(learner, java.util.List.of("perceptron", "backpropagation")))
                .containsExactly(
                        java.util.Map.entry("perceptron", new ExerciseService.Tally(0, 4)),
                        java.util.Map.entry("backpropagation", new ExerciseService.Tally(1, 6)));
    }

    /**
     * Progress is stored by exercise id and chapter slug (exercise_progress.chapter, class_closed_chapter.chapter),
     * never by a chapter's number: inserting chapter 7 (gradient descent) before backpropagation, which became
     * chapter 8, needs no migration. A learner's rows as they were written while backpropagation was chapter 7
     * still count for it, and the new chapter starts empty.
     */
    @Test
    void progress_stored_before_the_chapters_were_renumbered_still_counts() {
        jdbc.update("INSERT INTO learner (id, created_at) VALUES (?, CURRENT_TIMESTAMP)", learner);
        jdbc.update(
                "INSERT INTO exercise_progress (learner_id, exercise_id, chapter, attempts, solved, revealed, solved_at)"
                        + " VALUES (?, 'training-e-after-1', 'backpropagation', 2, TRUE, FALSE, CURRENT_TIMESTAMP)",
                learner);
        jdbc.update(
                "INSERT INTO exercise_progress (learner_id, exercise_id, chapter, attempts, solved, revealed)"
                        + " VALUES (?, 'backward-same-weights', 'backpropagation', 1, FALSE, FALSE)",
                learner);
        assertThat(service.progress(learner, "training-e-after-1"))
                .isEqualTo(new ExerciseService.ProgressView(2, true, false));
        assertThat(service.progress(learner, "backward-same-weights"))
                .isEqualTo(new ExerciseService.ProgressView(1, false, false));
        assertThat(service.tallies(learner, List.of("gradient-descent", "backpropagation")))
                .containsExactly(
                        java.util.Map.entry("gradient-descent", new ExerciseService.Tally(0, 5)),
                        java.util.Map.entry("backpropagation", new ExerciseService.Tally(1, 6)));
        var next = service.submit(learner, "backward-same-weights", new Answer.Choice("a"), null);
        assertThat(next.progress()).isEqualTo(new ExerciseService.ProgressView(2, true, false));
        assertThat(service.tally(learner, "backpropagation")).isEqualTo(new ExerciseService.Tally(2, 6));
    }

    @Test
    void the_same_answer_submitted_twice_is_one_attempt() {
        service.submit(learner, "history-imagenet-2012", new Answer.Choice("a"), null);
        var again = service.submit(learner, "history-imagenet-2012", new Answer.Choice("a"), null);
        assertThat(again.repeated()).isTrue();
        assertThat(again.progress().attempts()).isEqualTo(1);
        assertThat(attemptRows()).isEqualTo(1);
    }

    @Test
    void two_tabs_submitting_at_the_same_moment_record_one_attempt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExerciseService.Submission>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return service.submit(
                        learner, "history-winter-causes", new Answer.Choices(Set.of("a", "b", "c")), null);
            }));
        }
        start.countDown();
        for (var r : results) assertThat(r.get().verdict().correct()).isTrue();
        pool.shutdown();
        assertThat(attemptRows()).isEqualTo(1);
        assertThat(service.progress(learner, "history-winter-causes"))
                .isEqualTo(new ExerciseService.ProgressView(1, true, false));
    }

    @Test
    void an_unreadable_number_is_not_recorded() {
        var result = service.submit(learner, "forward-out-o1", new Answer.Number("1,234.5"), null);
        assertThat(result.verdict().code()).isEqualTo("invalid.ambiguous-separator");
        assertThat(attemptRows()).isZero();
    }

    @Test
    void the_learner_own_numbers_are_in_the_prompt_and_their_answer_is_accepted() {
        ExerciseSpec spec = service.spec("forward-out-o1").orElseThrow();
        String prompt = service.prompt(learner, spec, Language.EN);
        assertThat(prompt)
                .doesNotContain("{w1}")
                .contains("w₁ = " + service.variant(learner, spec).values().get("w1"));
        Double expected = service.expectedNumber(learner, spec);
        var result = service.submit(learner, "forward-out-o1", new Answer.Number(String.valueOf(expected)), null);
        assertThat(result.verdict().correct()).isTrue();
    }

    @Test
    void giving_up_reveals_the_solution_without_solving() {
        assertThat(service.submit(learner, "forward-out-o1", new Answer.Number("0.1"), null)
                        .verdict()
                        .correct())
                .isFalse();
        assertThat(service.reveal(learner, "forward-out-o1"))
                .isEqualTo(new ExerciseService.ProgressView(1, false, true));
        assertThat(service.tally(learner, "forward-propagation").solved()).isZero();
    }

    @Test
    void the_solution_is_not_shown_before_a_first_attempt() {
        assertThatThrownBy(() -> service.reveal(learner, "dl-architectures")).isInstanceOf(IllegalStateException.class);
        assertThat(service.progress(learner, "dl-architectures").revealed()).isFalse();
    }

    @Test
    void a_correct_answer_after_seeing_the_solution_is_recorded_but_not_counted_as_solved() {
        ExerciseSpec spec = service.spec("forward-out-o1").orElseThrow();
        service.submit(learner, "forward-out-o1", new Answer.Number("0.1"), null);
        service.reveal(learner, "forward-out-o1");
        Double expected = service.expectedNumber(learner, spec);
        var result = service.submit(learner, "forward-out-o1", new Answer.Number(String.valueOf(expected)), null);
        assertThat(result.verdict().correct()).isTrue();
        assertThat(result.progress()).isEqualTo(new ExerciseService.ProgressView(2, false, true));
        assertThat(service.tally(learner, "forward-propagation").solved()).isZero();
    }

    @Test
    void a_train_goal_before_any_training_asks_to_train_first_and_records_nothing() {
        var result = service.submit(learner, "perceptron-train-or", new Answer.TrainGoal("none"), null);
        assertThat(result.verdict().outcome()).isEqualTo(Outcome.NOT_READY);
        assertThat(attemptRows()).isZero();
    }

    @Test
    void a_display_name_is_optional() {
        assertThat(service.displayName(learner)).isEmpty();
        service.rename(learner, "  小明 ");
        assertThat(service.displayName(learner)).contains("小明");
    }
}
