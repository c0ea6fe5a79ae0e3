package org.dlf.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveTrainingTest {

    private static final long MS = 1_000_000L;

    private final TrainingExecutor executor = new TrainingExecutor(2, 10, Duration.ofMillis(2), Duration.ofMinutes(5));

    @AfterEach
    void shutDown() {
        executor.shutdown();
    }

    /** Counts units, at most 10 a call; halts at {@code haltAt}; a frame is the count and when it was made. */
    private static final class Counter implements LiveTraining.Model<long[]> {
        final AtomicLong units = new AtomicLong();
        volatile long haltAt = Long.MAX_VALUE;
        volatile boolean fail;

        @Override
        public synchronized long advance(long deadlineNanos, long max) {
            if (fail) {
                throw new IllegalStateException("broken model");
            }
            long n = Math.min(Math.min(max, 10), haltAt - units.get());
            units.addAndGet(n);
            return n;
        }

        @Override
        public boolean halted() {
            return units.get() >= haltAt;
        }

        @Override
        public synchronized long[] frame() {
            return new long[] {units.get(), System.nanoTime()};
        }
    }

    /** Records what the page is shown. */
    private static final class Page implements LiveTraining.View<long[]> {
        final List<long[]> frames = new CopyOnWriteArrayList<>();
        final List<Boolean> running = new CopyOnWriteArrayList<>();
        final CompletableFuture<LiveTraining.End> ended = new CompletableFuture<>();

        @Override
        public void show(long[] frame, boolean detailed) {
            frames.add(frame);
        }

        @Override
        public void running(boolean r) {
            running.add(r);
        }

        @Override
        public void ended(long[] last, LiveTraining.End end) {
            ended.complete(end);
        }
    }

    @Test
    void a_step_trains_exactly_its_units_and_ends_with_its_last_frame_shown() throws Exception {
        Counter model = new Counter();
        Page page = new Page();
        LiveTraining<long[]> live = LiveTraining.headless(executor, model, page);

        live.step(1);

        LiveTraining.End end = page.ended.get(10, TimeUnit.SECONDS);
        assertThat(end).isEqualTo(new LiveTraining.End(StopReason.FINISHED, 1, true));
        assertThat(model.units).hasValue(1);
        assertThat(page.frames.getLast()[0]).isEqualTo(1);
        assertThat(page.running).containsExactly(true, false);
        assertThat(live.isRunning()).isFalse();
    }

    @Test
    void a_paced_run_trains_no_faster_than_its_pace_and_its_frames_are_never_closer_than_half_an_interval()
            throws Exception {
        Counter model = new Counter();
        Page page = new Page();
        LiveTraining<long[]> live = LiveTraining.headless(executor, model, page);
        long start = System.nanoTime();

        live.play(50, Long.MAX_VALUE); // 50 units a second: 5 a frame at 10 frames a second
        Thread.sleep(700);
        live.pause();
        long elapsed = System.nanoTime() - start;

        // the first unit at once, then one every 20 ms: never ahead of the pace
        assertThat(model.units.get()).isBetween(2L, 1 + elapsed * 50 / 1_000_000_000L);
        assertThat(page.frames.size()).isBetween(2, 10); // the first, about one every 100 ms, the paused one
        for (int i = 1; i < page.frames.size() - 1; i++) { // the last one is the paused run's, off the schedule
            long gap = page.frames.get(i)[1] - page.frames.get(i - 1)[1];
            assertThat(gap).isGreaterThanOrEqualTo(LiveTraining.MIN_FRAME_INTERVAL_NANOS / 2);
        }
        assertThat(page.ended).isNotDone(); // a pause is not an end the page must explain
    }

    @Test
    void a_pause_while_a_paced_run_catches_up_lets_only_the_unit_in_hand_finish() throws Exception {
        CountDownLatch inSecondCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong units = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        LiveTraining.Model<long[]> model = new LiveTraining.Model<>() {
            @Override
            public long advance(long deadlineNanos, long max) {
                long call = calls.incrementAndGet();
                try {
                    if (call == 1) {
                        Thread.sleep(300); // a busy machine: the run falls 6 units behind its pace of 20 a second
                    } else if (call == 2) {
                        inSecondCall.countDown(); // the catch-up has begun
                        release.await(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                units.addAndGet(max);
                return max;
            }

            @Override
            public boolean halted() {
                return false;
            }

            @Override
            public long[] frame() {
                return new long[] {units.get(), System.nanoTime()};
            }
        };
        LiveTraining<long[]> live = LiveTraining.headless(executor, model, new Page());

        live.play(20, Long.MAX_VALUE);
        assertThat(inSecondCall.await(10, TimeUnit.SECONDS)).isTrue();
        live.pause();
        long paused = units.get();
        release.countDown();
        Thread.sleep(200);

        assertThat(units.get()).as("the unit in hand, not the 6 the pace owed").isLessThanOrEqualTo(paused + 1);
    }

    @Test
    void a_model_that_halts_ends_the_run_and_the_end_says_it_was_not_the_limit() throws Exception {
        Counter model = new Counter();
        model.haltAt = 1000;
        Page page = new Page();
        LiveTraining<long[]> live = LiveTraining.headless(executor, model, page);

        live.play(0, 5000);

        assertThat(page.ended.get(10, TimeUnit.SECONDS))
                .isEqualTo(new LiveTraining.End(StopReason.FINISHED, 1000, false));
        assertThat(page.frames.getLast()[0]).isEqualTo(1000);
    }

    @Test
    void a_failing_model_ends_the_run_as_failed() throws Exception {
        Counter model = new Counter();
        model.fail = true;
        Page page = new Page();

        LiveTraining.headless(executor, model, page).play(0, 10);

        assertThat(page.ended.get(10, TimeUnit.SECONDS).reason()).isEqualTo(StopReason.FAILED);
    }

    @Test
    void after_a_reset_nothing_of_the_old_run_reaches_the_page() throws Exception {
        Counter model = new Counter();
        Page page = new Page();
        LiveTraining<long[]> live = LiveTraining.headless(executor, model, page);
        live.play(0, Long.MAX_VALUE);
        Thread.sleep(50);

        live.reset();
        int shown = page.frames.size();
        Thread.sleep(300);

        assertThat(page.frames).hasSize(shown);
        assertThat(page.ended).isNotDone();
        assertThat(executor.runningCount()).isZero();
    }

    @Test
    void play_while_running_does_not_start_a_second_run() {
        Counter model = new Counter();
        Page page = new Page();
        LiveTraining<long[]> live = LiveTraining.headless(executor, model, page);
        live.play(1, Long.MAX_VALUE);
        live.play(1, Long.MAX_VALUE);
        live.step(1);

        assertThat(executor.runningCount()).isEqualTo(1);
        live.pause();
    }

    @Test
    void frames_come_ten_a_second_for_one_learner_and_four_at_the_least_however_loaded() {
        assertThat(LiveTraining.frameIntervalNanos(1)).isEqualTo(100 * MS);
        assertThat(LiveTraining.frameIntervalNanos(50)).isEqualTo(100 * MS);
        assertThat(LiveTraining.frameIntervalNanos(100)).isEqualTo(200 * MS);
        assertThat(LiveTraining.frameIntervalNanos(400)).isEqualTo(250 * MS);
        assertThat(LiveTraining.detailIntervalNanos(1)).isEqualTo(100 * MS);
        assertThat(LiveTraining.detailIntervalNanos(100)).isEqualTo(1000 * MS);
    }
}
