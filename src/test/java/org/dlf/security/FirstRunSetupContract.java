package org.dlf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * First-run setup and account rules on a database of its own that starts without any teacher: refusals
 * change nothing, concurrent submissions create exactly one account, and setup then stays closed. Run by
 * the H2 and PostgreSQL ITs (setup token {@value #TOKEN}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FirstRunSetupContract {

    static final String TOKEN = "ABCD-EFGH-JKMN";
    private static final String PASSWORD = "tea-kettle-garden";

    @Autowired
    FirstRunSetup setup;

    @Autowired
    TeacherAccounts accounts;

    @Autowired
    TeacherRepository teachers;

    @Autowired
    PasswordEncoder encoder;

    private static AccountProblem problem(Runnable action) {
        try {
            action.run();
        } catch (AccountException e) {
            return e.problem();
        }
        throw new AssertionError("not refused");
    }

    @Test
    @Order(1)
    void refused_submissions_create_nothing_and_leave_setup_open() {
        assertThat(setup.open()).isTrue();
        assertThat(problem(() -> setup.createFirstTeacher("ABCD-EFGH-JKMP", "first", PASSWORD, PASSWORD)))
                .isEqualTo(AccountProblem.SETUP_TOKEN);
        assertThat(problem(() -> setup.createFirstTeacher(TOKEN, "first", "short-pw", "short-pw")))
                .isEqualTo(AccountProblem.PASSWORD_SHORT);
        assertThat(problem(() -> setup.createFirstTeacher(TOKEN, "first", PASSWORD, PASSWORD + "x")))
                .isEqualTo(AccountProblem.PASSWORD_MISMATCH);
        assertThat(problem(() -> setup.createFirstTeacher(TOKEN, "a b", PASSWORD, PASSWORD)))
                .isEqualTo(AccountProblem.USERNAME_FORMAT);
        assertThat(problem(() -> setup.createFirstTeacher(TOKEN, "x", PASSWORD, PASSWORD)))
                .isEqualTo(AccountProblem.USERNAME_FORMAT);
        assertThat(teachers.count()).isZero();
        assertThat(setup.open()).isTrue();
    }

    @Test
    @Order(2)
    void concurrent_submissions_create_exactly_one_account() throws Exception {
        int visitors = 6;
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            String name = "teacher-" + i;
            Callable<String> submit = () -> {
                start.await();
                try {
                    return setup.createFirstTeacher(" abcd efgh jkmn ", name, PASSWORD, PASSWORD)
                            .username();
                } catch (AccountException e) {
                    return e.problem().name();
                }
            };
            results.add(pool.submit(submit));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) outcomes.add(f.get());
        pool.shutdown();
        assertThat(outcomes.stream().filter(o -> o.startsWith("teacher-"))).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.equals("SETUP_CLOSED"))).hasSize(visitors - 1);
        assertThat(teachers.count()).isEqualTo(1);
        Teacher first = teachers.findAll().getFirst();
        assertThat(first.passwordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, first.passwordHash())).isTrue();
    }

    @Test
    @Order(3)
    void once_a_teacher_exists_setup_is_closed_for_good() {
        assertThat(setup.open()).isFalse();
        assertThat(problem(() -> setup.createFirstTeacher(TOKEN, "latecomer", PASSWORD, PASSWORD)))
                .isEqualTo(AccountProblem.SETUP_CLOSED);
        assertThat(teachers.count()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void a_teacher_changes_their_password_only_with_the_current_one_and_adds_teachers_by_the_rules() {
        Teacher first = teachers.findAll().getFirst();
        String name = first.username();
        assertThat(problem(() ->
                        accounts.changePassword(name, "not-the-password", "new-secret-phrase", "new-secret-phrase")))
                .isEqualTo(AccountProblem.PASSWORD_WRONG);
        assertThat(problem(() -> accounts.changePassword(name, PASSWORD, "too-short", "too-short")))
                .isEqualTo(AccountProblem.PASSWORD_SHORT);
        assertThat(encoder.matches(
                        PASSWORD, teachers.findByUsername(name).orElseThrow().passwordHash()))
                .isTrue();
        accounts.changePassword(name, PASSWORD, "new-secret-phrase", "new-secret-phrase");
        assertThat(encoder.matches(
                        "new-secret-phrase",
                        teachers.findByUsername(name).orElseThrow().passwordHash()))
                .isTrue();

        assertThat(problem(() -> accounts.create(name.toUpperCase(), PASSWORD, PASSWORD)))
                .isEqualTo(AccountProblem.USERNAME_TAKEN);
        assertThat(problem(() -> accounts.create("王老师", PASSWORD, "different-phrase")))
                .isEqualTo(AccountProblem.PASSWORD_MISMATCH);
        assertThat(problem(() -> accounts.create("王老师", "密码".repeat(19), "密码".repeat(19))))
                .isEqualTo(AccountProblem.PASSWORD_LONG);
        accounts.create("王老师", PASSWORD, PASSWORD);
        assertThat(accounts.find("王老师")).isPresent();
        assertThatThrownBy(() -> accounts.changePassword("nobody", PASSWORD, PASSWORD, PASSWORD))
                .isNotInstanceOf(AccountException.class);
    }
}
