package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.dlf.content.Language;
import org.dlf.exercises.Answer;
import org.dlf.exercises.ExerciseService;
import org.dlf.security.TeacherAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The learner's side: their classes, leaving one (progress stays theirs); the per-exercise CSV. */
@SpringBootTest
class ClassMembershipIT {

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ClassMembership membership;

    @Autowired
    ExerciseCsv exerciseCsv;

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    ExerciseService exercises;

    @Autowired
    ClassroomActivity activity;

    private final String teacher = "m-" + UUID.randomUUID();

    @Test
    void a_learner_sees_their_class_and_leaves_it_keeping_their_progress() throws InterruptedException {
        teachers.create(teacher, "membership-test");
        ClassSummary c = classrooms.create(teacher, "7A");
        UUID ada = UUID.randomUUID();
        UUID bo = UUID.randomUUID();
        exercises.submit(ada, "training-e-after-1", new Answer.Number("0.291027774"), null);
        exercises.submit(bo, "training-e-after-1", new Answer.Number("0.291027924"), null);
        AtomicLong heard = new AtomicLong();
        Runnable unsubscribe = activity.subscribe(heard::incrementAndGet);
        assertThat(classrooms.join(c.code(), ada, "Ada", "192.0.2.1")).isEqualTo(JoinResult.JOINED);
        assertThat(classrooms.join(c.code(), bo, "Bo", "192.0.2.1")).isEqualTo(JoinResult.JOINED);
        assertThat(membership.classesOf(ada))
                .containsExactly(new ClassMembership.Joined(
                        c.id(), "7A", "Ada", true, classrooms.resumeCode(teacher, c.id(), ada)));

        String csv = exerciseCsv.of(teacher, c.id(), Language.EN);
        assertThat(csv)
                .startsWith("\"student\",\"chapter\",\"exercise_id\",\"exercise_title\",\"solved\",\"attempts\"")
                .contains(
                        "\"Ada\",\"backpropagation\",\"training-e-after-1\",\"Error after one step\",\"1\",\"1\",\"0\"")
                .contains(
                        "\"Bo\",\"backpropagation\",\"training-e-after-1\",\"Error after one step\",\"0\",\"1\",\"0\"");

        await(() -> heard.get() > 0); // the joins were heard
        long before = heard.get();
        assertThat(membership.leave(ada, c.id())).isTrue();
        await(() -> heard.get() > before); // live dashboards hear that a learner left
        unsubscribe.run();
        assertThat(membership.leave(ada, c.id())).isFalse();
        assertThat(membership.classesOf(ada)).isEmpty();
        assertThat(classrooms.results(teacher, c.id()).students())
                .extracting(ClassResults.Student::name)
                .containsExactly("Bo");
        assertThat(exerciseCsv.of(teacher, c.id(), Language.EN)).doesNotContain("\"Ada\"");
        assertThat(exercises.progress(ada, "training-e-after-1").solved()).isTrue();
        // results keep the id; the dashboard and the CSV put it in words (ExerciseNames)
        assertThat(classrooms.results(teacher, c.id()).mistakes())
                .singleElement()
                .extracting(ClassResults.Mistake::mistake)
                .isEqualTo("updated-output-weights");
    }

    /** Waits up to 5 s (the activity ticks every second). */
    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("not heard within 5 s");
            Thread.sleep(50);
        }
    }

    @Test
    void another_teacher_cannot_export_a_class_per_exercise() {
        teachers.create(teacher, "membership-test");
        String other = "o-" + UUID.randomUUID();
        teachers.create(other, "membership-test");
        ClassSummary c = classrooms.create(teacher, "8B");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exerciseCsv.of(other, c.id(), Language.ZH))
                .isInstanceOf(AccessDeniedException.class);
    }
}
