package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dlf.assignment.AssignmentRestrictedException;
import org.dlf.assignment.AssignmentRules;
import org.dlf.exercises.Answer;
import org.dlf.exercises.ExerciseService;
import org.dlf.exercises.Verdict;
import org.dlf.security.TeacherAccounts;
import org.dlf.training.TrainingSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** What the assignment settings must do on every supported database (run by the H2 and PostgreSQL ITs). */
abstract class AssignmentServiceContract {

    private static final AssignmentRules STRICT = new AssignmentRules(
            Set.of("backpropagation"), false, Map.of("mlp-trainer", Map.of("learningRate", "0.10", "seed", "7")));

    /** STRICT as stored: values in their canonical spelling. */
    private static final AssignmentRules STORED = new AssignmentRules(
            Set.of("backpropagation"), false, Map.of("mlp-trainer", Map.of("learningRate", "0.1", "seed", "7")));

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    ExerciseService exercises;

    @Autowired
    JdbcClient jdbc;

    private final String teacherA = "a-" + UUID.randomUUID();
    private final String teacherB = "b-" + UUID.randomUUID();
    private final UUID student = UUID.randomUUID();

    @BeforeEach
    void twoTeachers() {
        teachers.create(teacherA, "password-a1-assign");
        teachers.create(teacherB, "password-b2-assign");
    }

    private ClassSummary classWith(UUID learner, AssignmentRules rules) {
        ClassSummary c = classrooms.create(teacherA, "Class " + UUID.randomUUID());
        assertThat(classrooms.join(c.code(), learner, "Lin", "127.0.0.1")).isEqualTo(JoinResult.JOINED);
        assignments.save(teacherA, c.id(), rules);
        return c;
    }

    @Test
    void teacher_b_can_neither_read_nor_change_the_settings_of_teacher_a() {
        ClassSummary a = classWith(student, STRICT);
        assertThatThrownBy(() -> assignments.settings(teacherB, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.save(teacherB, a.id(), AssignmentRules.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.settings("nobody", a.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(assignments.settings(teacherA, a.id())).isEqualTo(STORED);
    }

    @Test
    void a_new_class_has_no_restrictions_and_settings_apply_to_members_only() {
        ClassSummary c = classrooms.create(teacherA, "Fresh");
        assertThat(assignments.settings(teacherA, c.id())).isEqualTo(AssignmentRules.NONE);
        classWith(student, STRICT);
        AssignmentRules rules = assignments.rulesFor(student);
        assertThat(rules.chapterOpen("backpropagation")).isFalse();
        assertThat(rules.chapterOpen("mlp")).isTrue();
        assertThat(rules.showSolutions()).isFalse();
        assertThat(rules.locks("mlp-trainer").value("learningRate")).contains("0.1");
        assertThat(assignments.rulesFor(UUID.randomUUID())).isEqualTo(AssignmentRules.NONE);
    }

    @Test
    void removed_members_are_free_again() {
        ClassSummary c = classWith(student, STRICT);
        classrooms.removeStudent(teacherA, c.id(), student);
        assertThat(assignments.rulesFor(student)).isEqualTo(AssignmentRules.NONE);
    }

    @Test
    void closing_a_class_stops_new_members_and_keeps_every_rule_for_its_members() {
        ClassSummary c = classWith(student, STRICT);
        classrooms.close(teacherA, c.id());
        assertThat(classrooms.join(c.code(), UUID.randomUUID(), "Late", "127.0.0.2"))
                .isEqualTo(JoinResult.CLOSED);
        assertThat(assignments.rulesFor(student)).isEqualTo(STORED);

        var closed = exercises.submit(student, "training-e-after-1", new Answer.Number("0.291027774"), null);
        assertThat(closed.verdict()).isEqualTo(Verdict.of(Verdict.Outcome.NOT_READY, "chapter.closed"));
        assertThat(exercises.solutionsShown(student)).isFalse();
        assertThatThrownBy(() -> exercises.reveal(student, "dl-architectures"))
                .isInstanceOf(AssignmentRestrictedException.class);
        Map<String, String> tampered = Map.of("learningRate", "0.5", "seed", "7", "dataset", "XOR");
        TrainingSnapshot run = new TrainingSnapshot("mlp-trainer", "XOR", 400, false, 4, 1, Instant.now(), tampered);
        assertThat(exercises
                        .submit(student, "mlp-train-xor", new Answer.TrainGoal("x"), run)
                        .verdict()
                        .code())
                .isEqualTo("goal.locked");

        // the teacher still sets the rules of a closed class, and its members follow the change
        assignments.save(teacherA, c.id(), AssignmentRules.NONE);
        assertThat(assignments.rulesFor(student)).isEqualTo(AssignmentRules.NONE);
    }

    @Test
    void a_learner_in_several_classes_follows_the_class_joined_most_recently_open_or_closed() {
        ClassSummary first = classWith(student, STRICT);
        ClassSummary second = classWith(student, new AssignmentRules(Set.of("history"), true, Map.of()));
        assertThat(assignments.rulesFor(student).closedChapters()).containsExactly("history");
        classrooms.close(teacherA, second.id());
        assertThat(assignments.rulesFor(student).closedChapters()).containsExactly("history");
        classrooms.removeStudent(teacherA, second.id(), student);
        assertThat(assignments.rulesFor(student).closedChapters()).containsExactly("backpropagation");
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void invalid_settings_are_refused_and_change_nothing() {
        ClassSummary c = classWith(student, STRICT);
        for (AssignmentRules bad : new AssignmentRules[] {
            new AssignmentRules(Set.of("no-such-chapter"), true, Map.of()),
            new AssignmentRules(Set.of(), true, Map.of("mlp-trainer", Map.of("learningRate", "50"))),
            new AssignmentRules(Set.of(), true, Map.of("mlp-trainer", Map.of("learningRate", "NaN"))),
            new AssignmentRules(Set.of(), true, Map.of("mlp-trainer", Map.of("seed", "-1"))),
            new AssignmentRules(Set.of(), true, Map.of("mlp-trainer", Map.of("dataset", "CUSTOM"))),
            new AssignmentRules(Set.of(), true, Map.of("mlp-trainer", Map.of("momentum", "0.9"))),
            new AssignmentRules(Set.of(), true, Map.of("history-timeline", Map.of("year", "1943")))
        }) {
            assertThatThrownBy(() -> assignments.save(teacherA, c.id(), bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(assignments.settings(teacherA, c.id())).isEqualTo(STORED);
    }

    @Test
    void a_change_written_by_another_server_applies_on_the_next_lookup() {
        ClassSummary c = classWith(student, STRICT);
        assertThat(assignments.rulesFor(student).showSolutions()).isFalse(); // now cached here
        jdbc.sql("UPDATE class_assignment SET show_solutions = TRUE, revision = revision + 1 WHERE classroom_id = :id")
                .param("id", c.id())
                .update();
        assertThat(assignments.rulesFor(student).showSolutions()).isTrue();
    }

    @Test
    void the_exercise_service_enforces_the_settings_whatever_the_page_sends() {
        classWith(student, STRICT);
        var closed = exercises.submit(student, "training-e-after-1", new Answer.Number("0.291027774"), null);
        assertThat(closed.verdict()).isEqualTo(Verdict.of(Verdict.Outcome.NOT_READY, "chapter.closed"));
        assertThat(exercises.progress(student, "training-e-after-1").attempts()).isZero();

        assertThat(exercises.solutionsShown(student)).isFalse();
        assertThatThrownBy(() -> exercises.reveal(student, "dl-architectures"))
                .isInstanceOf(AssignmentRestrictedException.class);
        assertThat(exercises.progress(student, "dl-architectures").revealed()).isFalse();
        var spec = exercises.spec("forward-out-o1").orElseThrow();
        assertThatThrownBy(() -> exercises.expectedNumber(student, spec))
                .isInstanceOf(AssignmentRestrictedException.class);

        Map<String, String> tampered = Map.of("learningRate", "0.5", "seed", "7", "dataset", "XOR");
        TrainingSnapshot run = new TrainingSnapshot("mlp-trainer", "XOR", 400, false, 4, 1, Instant.now(), tampered);
        var refused = exercises.submit(student, "mlp-train-xor", new Answer.TrainGoal("x"), run);
        assertThat(refused.verdict().code()).isEqualTo("goal.locked");
        assertThat(exercises.progress(student, "mlp-train-xor").solved()).isFalse();

        // the goal as the exercise states it: XOR, 1 hidden layer of 2 sigmoid units, every sample right
        Map<String, String> used = Map.of(
                "learningRate", "0.1",
                "seed", "7",
                "dataset", "XOR",
                "hiddenLayers", "1",
                "neuronsPerLayer", "2",
                "activation", "SIGMOID");
        TrainingSnapshot fair = new TrainingSnapshot("mlp-trainer", "XOR", 4000, false, 2, 1, Instant.now(), used);
        var accepted = exercises.submit(student, "mlp-train-xor", new Answer.TrainGoal("y"), fair);
        assertThat(accepted.verdict().correct()).isTrue();
        assertThat(exercises.solution(student, exercises.spec("mlp-train-xor").orElseThrow()))
                .isEmpty();
    }
}
