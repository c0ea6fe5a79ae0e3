package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.dlf.exercises.Answer;
import org.dlf.exercises.ExerciseService;
import org.dlf.security.TeacherAccounts;
import org.dlf.training.TrainingDiverged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/** What the classroom service must do on every supported database (run by the H2 and PostgreSQL ITs). */
abstract class ClassroomServiceContract {

    @Autowired
    ClassroomService classrooms;

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    ExerciseService exercises;

    @Autowired
    ApplicationEventPublisher events;

    private final String teacherA = "a-" + UUID.randomUUID();
    private final String teacherB = "b-" + UUID.randomUUID();
    private final String session = "s-" + UUID.randomUUID();

    @BeforeEach
    void twoTeachers() {
        teachers.create(teacherA, "password-a-one");
        teachers.create(teacherB, "password-b-two");
    }

    private JoinResult join(String code, UUID learner, String name) {
        return classrooms.join(code, learner, name, "s-" + UUID.randomUUID(), "a:127.0.0.1");
    }

    @Test
    void teacher_b_can_neither_read_nor_change_the_class_of_teacher_a() {
        ClassSummary a = classrooms.create(teacherA, "Class A");
        assertThat(classrooms.classes(teacherB)).isEmpty();
        assertThatThrownBy(() -> classrooms.summary(teacherB, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.results(teacherB, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.csv(teacherB, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.resetCode(teacherB, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.close(teacherB, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.removeStudent(teacherB, a.id(), UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.summary("nobody", a.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(classrooms.summary(teacherA, a.id()).open()).isTrue();
    }

    @Test
    void a_learner_joins_with_the_code_and_the_progress_they_already_had_counts() {
        UUID learner = UUID.randomUUID();
        exercises.submit(learner, "training-e-after-1", new Answer.Number("0.291027774"), null);
        ClassSummary c = classrooms.create(teacherA, "Backprop class");
        assertThat(c.code()).hasSize(6).matches("[" + JoinCodes.ALPHABET + "]{6}");
        assertThat(join(c.code().toLowerCase(), learner, "Ada <b>")).isEqualTo(JoinResult.JOINED);
        assertThat(join(c.code(), learner, "Ada again")).isEqualTo(JoinResult.ALREADY_MEMBER);
        ClassResults results = classrooms.results(teacherA, c.id());
        assertThat(results.students()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Ada <b>");
            assertThat(s.solvedByChapter()).containsEntry("backpropagation", 1);
            assertThat(s.solved()).isEqualTo(1);
        });
        assertThat(results.chapters()).containsEntry("backpropagation", 4);
        assertThat(classrooms.csv(teacherA, c.id())).contains("\"Ada <b>\"").contains("backpropagation (4)");
    }

    @Test
    void names_are_unique_in_a_class_ignoring_case_and_must_be_sensible() {
        ClassSummary c = classrooms.create(teacherA, "Names");
        assertThat(join(c.code(), UUID.randomUUID(), "Lin")).isEqualTo(JoinResult.JOINED);
        assertThat(join(c.code(), UUID.randomUUID(), " lin ")).isEqualTo(JoinResult.NAME_TAKEN);
        assertThat(join(c.code(), UUID.randomUUID(), "   ")).isEqualTo(JoinResult.INVALID_NAME);
        assertThat(join(c.code(), UUID.randomUUID(), "x".repeat(41))).isEqualTo(JoinResult.INVALID_NAME);
        assertThat(join("ZZZZZ", UUID.randomUUID(), "Mo")).isEqualTo(JoinResult.UNKNOWN_CODE);
    }

    @Test
    void mistakes_and_stuck_learners_are_counted_per_class() {
        ClassSummary c = classrooms.create(teacherA, "Mistakes");
        UUID learner = UUID.randomUUID();
        join(c.code(), learner, "Stuck Sam");
        for (String wrong : new String[] {"0.291027924", "0.5", "0.6"}) {
            exercises.submit(learner, "training-e-after-1", new Answer.Number(wrong), null);
        }
        ClassResults results = classrooms.results(teacherA, c.id());
        assertThat(results.mistakes())
                .contains(new ClassResults.Mistake("training-e-after-1", "updated-output-weights", 1));
        assertThat(results.stuck()).containsExactly(new ClassResults.Stuck("Stuck Sam", "training-e-after-1", 3));
        assertThat(results.exercises())
                .containsExactly(new ClassResults.ExerciseStats("training-e-after-1", 1, 0, 3, 0));
    }

    @Test
    void a_new_code_replaces_the_old_a_closed_class_takes_no_one_and_a_removed_student_is_gone() {
        ClassSummary c = classrooms.create(teacherA, "Lifecycle");
        UUID learner = UUID.randomUUID();
        join(c.code(), learner, "Kim");
        ClassSummary renewed = classrooms.resetCode(teacherA, c.id());
        assertThat(renewed.code()).isNotEqualTo(c.code());
        assertThat(join(c.code(), UUID.randomUUID(), "Late")).isEqualTo(JoinResult.UNKNOWN_CODE);
        classrooms.removeStudent(teacherA, c.id(), learner);
        assertThat(classrooms.results(teacherA, c.id()).students()).isEmpty();
        assertThat(classrooms.close(teacherA, c.id()).open()).isFalse();
        assertThat(join(renewed.code(), UUID.randomUUID(), "Later")).isEqualTo(JoinResult.CLOSED);
    }

    @Test
    void join_attempts_are_limited_to_ten_a_minute_per_session() {
        for (int i = 0; i < 10; i++) {
            assertThat(classrooms.join("AAAAAA", UUID.randomUUID(), "n" + i, session, "a:10.0.0.1"))
                    .isNotEqualTo(JoinResult.TOO_MANY_ATTEMPTS);
        }
        assertThat(classrooms.join("AAAAAA", UUID.randomUUID(), "n", session, "a:10.0.0.1"))
                .isEqualTo(JoinResult.TOO_MANY_ATTEMPTS);
    }

    @Test
    void a_members_diverged_run_shows_in_their_class_only_and_anonymous_runs_are_not_kept() {
        ClassSummary a = classrooms.create(teacherA, "Diverging A");
        ClassSummary b = classrooms.create(teacherB, "Diverging B");
        UUID member = UUID.randomUUID(), other = UUID.randomUUID(), anonymous = UUID.randomUUID();
        join(a.code(), member, "Eta Too High");
        join(b.code(), other, "Careful Cat");
        Instant at = Instant.parse("2026-11-29T08:15:30Z");
        events.publishEvent(new TrainingDiverged(member, "mlp-trainer", "SPIRAL", 12, at));
        events.publishEvent(new TrainingDiverged(anonymous, "mlp-trainer", "XOR", 3, at));
        assertThat(classrooms.results(teacherA, a.id()).diverged())
                .containsExactly(new ClassResults.Diverged("Eta Too High", "mlp-trainer", "SPIRAL", 12, at));
        assertThat(classrooms.results(teacherB, b.id()).diverged()).isEmpty();
        join(a.code(), anonymous, "Late Joiner"); // their run before joining was not recorded
        assertThat(classrooms.results(teacherA, a.id()).diverged()).hasSize(1);
        classrooms.removeStudent(teacherA, a.id(), member);
        assertThat(classrooms.results(teacherA, a.id()).diverged()).isEmpty();
    }
}
