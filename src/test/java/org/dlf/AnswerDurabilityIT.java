package org.dlf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlf.load.AnsweringStudent;
import org.junit.jupiter.api.Test;

/**
 * No acknowledged answer is lost when the server is killed: a real app process, students answering over the
 * path a browser takes (Flow's protocol: the answer typed, Check pressed, {@code ExerciseService.submit}), the
 * process killed with SIGKILL while answers stream in, restarted on the same data; then every student's page
 * must show at least as many attempts as the student was shown before the kill. On the embedded H2 database
 * (the default a teacher runs) and on PostgreSQL.
 */
class AnswerDurabilityIT {

    private static final int STUDENTS = 24;
    /** Answers acknowledged before the kill: at least this many, then a random few more. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 500;

    @Test
    void no_acknowledged_answer_is_lost_when_the_h2_server_is_killed() throws Exception {
        killMidStreamAndCount(AppProcess.of("durability-h2", List.of()));
    }

    @Test
    void no_acknowledged_answer_is_lost_when_a_postgresql_server_is_killed() throws Exception {
        TestPostgres.require();
        String schema = "dlf_durability_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            killMidStreamAndCount(AppProcess.of("durability-postgres", TestPostgres.appArguments(schema)));
        } finally {
            TestPostgres.dropSchema(schema);
        }
    }

    private static void killMidStreamAndCount(AppProcess app) throws Exception {
        try (app) {
            long t0 = System.nanoTime();
            app.start();
            long started = System.nanoTime();
            List<AnsweringStudent> students = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                students.add(AnsweringStudent.visit(app.base(), null).openChapter());
            }
            long opened = System.nanoTime();
            Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger total = new AtomicInteger();
            ExecutorService answering = Executors.newFixedThreadPool(STUDENTS);
            List<Future<?>> streams = new ArrayList<>();
            for (AnsweringStudent student : students) {
                streams.add(answering.submit(() -> answerUntilTheServerIsGone(student, acknowledged, total)));
            }
            int killAt = ACKNOWLEDGED_BEFORE_KILL + (int) (Math.random() * 200);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (total.get() < killAt && System.nanoTime() < deadline) Thread.sleep(5);
            app.kill(); // mid-stream: every student has an answer on its way
            int beforeKill = total.get();
            long killed = System.nanoTime();
            for (Future<?> stream : streams) stream.get(60, TimeUnit.SECONDS);
            answering.shutdown();
            assertThat(beforeKill)
                    .as("answers acknowledged before the kill")
                    .isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

            app.start();
            long restarted = System.nanoTime();
            int lost = 0;
            int counted = 0;
            for (Map.Entry<String, Integer> student : acknowledged.entrySet()) {
                AnsweringStudent again =
                        AnsweringStudent.visit(app.base(), student.getKey()).openChapter();
                int shown = again.attemptsShown().orElse(0);
                again.close();
                lost += Math.max(0, student.getValue() - shown);
                counted += Math.min(shown, student.getValue());
            }
            System.out.printf(
                    "%s: started in %.0f s, %d tabs opened in %.0f s, %d answers acknowledged in %.1f s, killed,"
                            + " restarted in %.0f s, counted in %.0f s: %d of %d found%n",
                    app.name(),
                    seconds(t0, started),
                    STUDENTS,
                    seconds(started, opened),
                    beforeKill,
                    seconds(opened, killed),
                    seconds(killed, restarted),
                    seconds(restarted, System.nanoTime()),
                    counted,
                    total.get());
            assertThat(lost)
                    .as(
                            "acknowledged answers missing after the restart (of %d acknowledged, %d found)",
                            total.get(), counted)
                    .isZero();
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** Distinct wrong answers, one after the other, until one is not acknowledged (the server is gone). */
    private static void answerUntilTheServerIsGone(
            AnsweringStudent student, Map<String, Integer> acknowledged, AtomicInteger total) {
        String learner = student.learner();
        for (int i = 1; ; i++) {
            OptionalInt shown = student.answer(1000 + i + ".5");
            if (shown.isEmpty()) return;
            acknowledged.merge(learner, shown.getAsInt(), Math::max);
            total.incrementAndGet();
        }
    }
}
