package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.dlf.exercises.Answer;
import org.dlf.exercises.ExerciseService;
import org.dlf.security.ClientAddress;
import org.dlf.security.TeacherAccounts;
import org.dlf.training.TrainingDiverged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    ClassMembership membership;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private final String teacherA = "a-" + UUID.randomUUID();
    private final String teacherB = "b-" + UUID.randomUUID();
    /** This test's network (the limits count by address, and tests share the database). */
    private final String address = randomAddress();

    private static String randomAddress() {
        Random random = new Random();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
    }

    @BeforeEach
    void twoTeachers() {
        teachers.create(teacherA, "password-a-one");
        teachers.create(teacherB, "password-b-two");
    }

    private JoinResult join(String code, UUID learner, String name) {
        return classrooms.join(code, learner, name, address);
    }

    /** Spends the address's budget of wrong codes: 20 refused as unknown, then refused unseen. */
    private void spendWrongCodes(String from) {
        for (int i = 0; i < JoinLimits.WRONG_PER_HOUR; i++)
            assertThat(classrooms.join(wrongCode(i), UUID.randomUUID(), "Script " + i, from))
                    .isEqualTo(JoinResult.UNKNOWN_CODE);
        assertThat(classrooms.join(wrongCode(99), UUID.randomUUID(), "Script", from))
                .isEqualTo(JoinResult.TOO_MANY_ATTEMPTS);
    }

    /** A well-formed code no class has (one in 887 million could; none does in these tests). */
    private static String wrongCode(int i) {
        return "ZZ" + JoinCodes.ALPHABET.charAt(i % 31) + JoinCodes.ALPHABET.charAt(i / 31) + "99";
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
        assertThat(results.chapters()).containsEntry("backpropagation", 6);
        assertThat(classrooms.csv(teacherA, c.id())).contains("\"Ada <b>\"").contains("backpropagation (6)");
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
    void look_alike_names_are_one_name_in_a_class() {
        ClassSummary c = classrooms.create(teacherA, "Look-alikes");
        assertThat(join(c.code(), UUID.randomUUID(), "Ann")).isEqualTo(JoinResult.JOINED);
        for (String alike : List.of("Ann\u200B", "\u0410nn", "\u202EAnn", "ANN", "\uFF21nn", "A\u200Dnn"))
            assertThat(join(c.code(), UUID.randomUUID(), alike)).as(alike).isEqualTo(JoinResult.NAME_TAKEN);
        assertThat(join(c.code(), UUID.randomUUID(), "Anne\u202E")).isEqualTo(JoinResult.JOINED);
        assertThat(classrooms.results(teacherA, c.id()).students())
                .extracting(ClassResults.Student::name)
                .containsExactly("Ann", "Anne"); // shown without the override
    }

    @Test
    void a_script_on_the_school_network_cannot_keep_the_class_out_of_it() {
        ClassSummary c = classrooms.create(teacherA, "Behind the NAT");
        classrooms.openedFrom(teacherA, c.id(), address); // the teacher's dashboard on the school network
        spendWrongCodes(address);
        assertThat(join(c.code(), UUID.randomUUID(), "Real student")).isEqualTo(JoinResult.JOINED);
    }

    @Test
    void an_address_that_has_spent_its_wrong_codes_learns_nothing_more_about_codes() {
        ClassSummary elsewhere = classrooms.create(teacherB, "Another school");
        spendWrongCodes(address);
        // the right code of a class not used from here is refused exactly like a wrong one
        assertThat(join(elsewhere.code(), UUID.randomUUID(), "Guesser")).isEqualTo(JoinResult.TOO_MANY_ATTEMPTS);
        assertThat(join(wrongCode(7), UUID.randomUUID(), "Guesser")).isEqualTo(JoinResult.TOO_MANY_ATTEMPTS);
        // its own students, on their network, join as usual; after that the class is anchored here too
        String school = randomAddress();
        assertThat(classrooms.join(elsewhere.code(), UUID.randomUUID(), "Student", school))
                .isEqualTo(JoinResult.JOINED);
        assertThat(classrooms.join(wrongCode(3), UUID.randomUUID(), "Typo", school))
                .isEqualTo(JoinResult.UNKNOWN_CODE);
    }

    @Test
    void right_codes_have_a_budget_of_their_own_per_class_and_address() {
        ClassSummary c = classrooms.create(teacherA, "Busy");
        assertThat(join(c.code(), UUID.randomUUID(), "Taken")).isEqualTo(JoinResult.JOINED);
        for (int i = 1; i < JoinLimits.RIGHT_PER_WINDOW; i++)
            assertThat(join(c.code(), UUID.randomUUID(), "Taken")).isEqualTo(JoinResult.NAME_TAKEN);
        assertThat(join(c.code(), UUID.randomUUID(), "Someone new")).isEqualTo(JoinResult.TOO_MANY_ATTEMPTS);
        assertThat(classrooms.join(c.code(), UUID.randomUUID(), "From elsewhere", randomAddress()))
                .isEqualTo(JoinResult.JOINED);
        assertThat(join(wrongCode(5), UUID.randomUUID(), "Typo")).isEqualTo(JoinResult.UNKNOWN_CODE);
    }

    @Test
    void the_limits_live_in_the_database_so_every_replica_sees_them() {
        spendWrongCodes(address);
        JoinLimits otherReplica = new JoinLimits(jdbc, context.getBeanProvider(Clock.class));
        assertThat(otherReplica.guessing(ClientAddress.key(address))).isTrue();
        assertThat(otherReplica.guessing(ClientAddress.key(randomAddress()))).isFalse();
    }

    @Test
    void a_member_continues_with_their_resume_code_until_the_teacher_gives_a_new_one() {
        ClassSummary c = classrooms.create(teacherA, "Resume");
        UUID ada = UUID.randomUUID();
        assertThat(join(c.code(), ada, "Ada")).isEqualTo(JoinResult.JOINED);
        String code = membership.classesOf(ada).getFirst().resumeCode();
        assertThat(code).matches("[" + JoinCodes.ALPHABET + "]{4}(-[" + JoinCodes.ALPHABET + "]{4}){2}");
        assertThat(classrooms.resumeCode(teacherA, c.id(), ada)).isEqualTo(code);
        assertThatThrownBy(() -> classrooms.resumeCode(teacherB, c.id(), ada))
                .isInstanceOf(AccessDeniedException.class);
        var resumed = membership.resume(code.toLowerCase().replace("-", " "), randomAddress());
        assertThat(resumed.outcome()).isEqualTo(ClassMembership.Resumption.Outcome.RESUMED);
        assertThat(resumed.learner()).isEqualTo(ada);
        assertThat(resumed.joined().displayName()).isEqualTo("Ada");
        String renewed = classrooms.newResumeCode(teacherA, c.id(), ada);
        assertThat(renewed).isNotEqualTo(code);
        assertThat(membership.resume(code, address).outcome())
                .isEqualTo(ClassMembership.Resumption.Outcome.UNKNOWN_CODE);
        assertThat(membership.resume(renewed, address).learner()).isEqualTo(ada);
    }

    @Test
    void wrong_resume_codes_spend_the_same_budget_and_a_right_one_still_works() {
        ClassSummary c = classrooms.create(teacherA, "Resume budget");
        UUID ada = UUID.randomUUID();
        join(c.code(), ada, "Ada");
        for (int i = 0; i < JoinLimits.WRONG_PER_HOUR; i++)
            assertThat(membership
                            .resume("ZZZZ-ZZZZ-ZZ" + JoinCodes.ALPHABET.substring(i, i + 2), address)
                            .outcome())
                    .isEqualTo(ClassMembership.Resumption.Outcome.UNKNOWN_CODE);
        assertThat(membership.resume("ZZZZ-ZZZZ-ZZZZ", address).outcome())
                .isEqualTo(ClassMembership.Resumption.Outcome.TOO_MANY_ATTEMPTS);
        String code = membership.classesOf(ada).getFirst().resumeCode();
        assertThat(membership.resume(code, address).learner()).isEqualTo(ada); // 59 bits: no oracle worth having
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
