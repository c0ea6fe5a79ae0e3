package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlf.exercises.AnswerRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a dashboard hears of answers: at once from this server's event, coalesced during a rush. */
class ClassroomActivityTest {

    /** The database's activity mark never moves: only the event itself can tell the listeners. */
    private final ClassroomActivity activity = new ClassroomActivity(new ResultsQueries(null) {
        @Override
        long activityMark() {
            return 7;
        }
    });

    @AfterEach
    void stop() {
        activity.stop();
    }

    @Test
    void an_answer_recorded_here_is_told_without_a_change_in_the_database() throws InterruptedException {
        Semaphore told = new Semaphore(0);
        activity.subscribe(told::release);
        activity.answered(new AnswerRecorded(UUID.randomUUID()));
        assertThat(told.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_rush_of_answers_becomes_a_few_tellings_and_the_last_answer_is_told() throws InterruptedException {
        AtomicInteger tellings = new AtomicInteger();
        Semaphore told = new Semaphore(0);
        activity.subscribe(() -> {
            tellings.incrementAndGet();
            told.release();
        });
        for (int i = 0; i < 100; i++) activity.answered(new AnswerRecorded(UUID.randomUUID()));
        assertThat(told.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(3 * ClassroomActivity.PERIOD_MS);
        int afterRush = tellings.get();
        assertThat(afterRush).isBetween(1, 3);

        told.drainPermits();
        activity.answered(new AnswerRecorded(UUID.randomUUID())); // a late answer is not swallowed
        assertThat(told.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        assertThat(tellings.get()).isEqualTo(afterRush + 1);
    }

    @Test
    void nothing_new_tells_nobody() throws InterruptedException {
        AtomicInteger tellings = new AtomicInteger();
        activity.subscribe(tellings::incrementAndGet);
        Thread.sleep(4 * ClassroomActivity.PERIOD_MS);
        assertThat(tellings.get()).isZero();
    }
}
