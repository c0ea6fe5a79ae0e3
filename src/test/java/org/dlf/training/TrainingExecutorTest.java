package org.dlf.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainingExecutorTest {

    private static final long MS = 1_000_000L;

    /** One thread, 2 ms slices, 5 minutes' budget. */
    private final TrainingExecutor executor = new TrainingExecutor(1, 30, Duration.ofMillis(2), Duration.ofMinutes(5));

    @AfterEach
    void shutDown() {
        executor.shutdown();
    }

    private static StopReason await(CompletableFuture<StopReason> stopped) throws Exception {
        return stopped.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_waiting_job_runs_again_at_its_wake_up_time_and_not_before() throws Exception {
        List<Long> sliceTimes = new CopyOnWriteArrayList<>();
        long[] wake = new long[1];
        CompletableFuture<StopReason> stopped = new CompletableFuture<>();
        executor.start(
                deadline -> {
                    sliceTimes.add(System.nanoTime());
                    if (sliceTimes.size() == 1) {
                        wake[0] = System.nanoTime() + 80 * MS;
                        return TrainingJob.Next.waitUntil(wake[0]);
                    }
                    return TrainingJob.Next.DONE;
                },
                stopped::complete);

        assertThat(await(stopped)).isEqualTo(StopReason.FINISHED);
        assertThat(sliceTimes).hasSize(2);
        assertThat(sliceTimes.get(1)).isGreaterThanOrEqualTo(wake[0]);
        assertThat(executor.waitingCount()).isZero();
        assertThat(executor.runningCount()).isZero();
    }

    @Test
    void a_waiting_job_holds_no_thread_so_another_finishes_while_it_waits() throws Exception {
        // the executor has ONE thread: if the waiting job slept on it, the busy job could not run
        CompletableFuture<StopReason> sleeperStopped = new CompletableFuture<>();
        CompletableFuture<Long> busyDone = new CompletableFuture<>();
        long[] wake = new long[1];
        AtomicInteger sleeperSlices = new AtomicInteger();
        executor.start(
                deadline -> {
                    if (sleeperSlices.incrementAndGet() == 1) {
                        wake[0] = System.nanoTime() + 2_000 * MS;
                        return TrainingJob.Next.waitUntil(wake[0]);
                    }
                    return TrainingJob.Next.DONE;
                },
                sleeperStopped::complete);
        AtomicInteger busySlices = new AtomicInteger();
        executor.start(
                deadline -> {
                    if (busySlices.incrementAndGet() < 20) {
                        return TrainingJob.Next.CONTINUE;
                    }
                    busyDone.complete(System.nanoTime());
                    return TrainingJob.Next.DONE;
                },
                reason -> {});

        long finishedAt = busyDone.get(10, TimeUnit.SECONDS);
        assertThat(executor.waitingCount()).isEqualTo(1);
        assertThat(finishedAt).isLessThan(wake[0]);
        assertThat(await(sleeperStopped)).isEqualTo(StopReason.FINISHED);
        assertThat(sleeperSlices).hasValue(2);
    }

    @Test
    void cancelling_a_waiting_run_stops_it_at_once_instead_of_at_its_wake_up_time() throws Exception {
        CompletableFuture<StopReason> stopped = new CompletableFuture<>();
        CompletableFuture<Void> waiting = new CompletableFuture<>();
        AtomicInteger slices = new AtomicInteger();
        TrainingRun run = executor.start(
                deadline -> {
                    slices.incrementAndGet();
                    waiting.complete(null);
                    return TrainingJob.Next.waitUntil(System.nanoTime() + 60_000 * MS);
                },
                stopped::complete);
        waiting.get(10, TimeUnit.SECONDS);

        long cancelledAt = System.nanoTime();
        run.cancel();

        assertThat(await(stopped)).isEqualTo(StopReason.CANCELLED);
        assertThat(System.nanoTime() - cancelledAt).isLessThan(5_000 * MS);
        assertThat(slices).hasValue(1);
        assertThat(run.isRunning()).isFalse();
        assertThat(executor.waitingCount()).isZero();
    }

    @Test
    void a_run_waiting_past_its_budget_stops_when_the_budget_ends() throws Exception {
        TrainingExecutor tight = new TrainingExecutor(1, 10, Duration.ofMillis(2), Duration.ofMillis(100));
        try {
            CompletableFuture<StopReason> stopped = new CompletableFuture<>();
            long start = System.nanoTime();
            tight.start(deadline -> TrainingJob.Next.waitUntil(System.nanoTime() + 60_000 * MS), stopped::complete);

            assertThat(await(stopped)).isEqualTo(StopReason.TIME_BUDGET);
            assertThat(System.nanoTime() - start).isBetween(100 * MS, 5_000 * MS);
        } finally {
            tight.shutdown();
        }
    }

    @Test
    void runs_beyond_the_limit_are_rejected() throws Exception {
        TrainingExecutor one = new TrainingExecutor(1, 1, Duration.ofMillis(2), Duration.ofMinutes(5));
        try {
            TrainingRun first =
                    one.start(deadline -> TrainingJob.Next.waitUntil(System.nanoTime() + 60_000 * MS), r -> {});
            CompletableFuture<StopReason> second = new CompletableFuture<>();
            one.start(deadline -> TrainingJob.Next.DONE, second::complete);

            assertThat(await(second)).isEqualTo(StopReason.REJECTED);
            first.cancel();
        } finally {
            one.shutdown();
        }
    }

    @Test
    void a_run_that_is_due_goes_ahead_of_runs_that_merely_continue() throws Exception {
        // one thread kept busy by five runs that always continue; a sixth sleeps, and once its time has come
        // (the executor counts it as waiting no more) it runs after at most the slice in progress, not after five
        List<long[]> busy = new CopyOnWriteArrayList<>(); // start of each busy slice, and runs still waiting
        List<TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(executor.start(
                    deadline -> {
                        busy.add(new long[] {System.nanoTime(), executor.waitingCount()});
                        while (System.nanoTime() < deadline) {
                            Thread.onSpinWait();
                        }
                        return TrainingJob.Next.CONTINUE;
                    },
                    r -> {}));
        }
        CompletableFuture<Long> woke = new CompletableFuture<>();
        long[] asleep = new long[1];
        AtomicInteger slices = new AtomicInteger();
        executor.start(
                deadline -> {
                    if (slices.incrementAndGet() == 1) {
                        asleep[0] = System.nanoTime();
                        return TrainingJob.Next.waitUntil(asleep[0] + 50 * MS);
                    }
                    woke.complete(System.nanoTime());
                    return TrainingJob.Next.DONE;
                },
                r -> {});

        long ranAt = woke.get(10, TimeUnit.SECONDS);
        runs.forEach(TrainingRun::cancel);
        long afterWaking = busy.stream()
                .filter(b -> b[0] > asleep[0] && b[0] < ranAt && b[1] == 0)
                .count();
        assertThat(afterWaking).isLessThanOrEqualTo(2);
    }

    @Test
    void a_run_that_continues_by_a_time_runs_again_by_then_ahead_of_a_busy_queue_and_only_once() throws Exception {
        List<Long> busy = new CopyOnWriteArrayList<>();
        List<TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            runs.add(executor.start(
                    deadline -> {
                        busy.add(System.nanoTime());
                        while (System.nanoTime() < deadline) {
                            Thread.onSpinWait();
                        }
                        return TrainingJob.Next.CONTINUE;
                    },
                    r -> {}));
        }
        List<Long> times = new CopyOnWriteArrayList<>();
        CompletableFuture<StopReason> stopped = new CompletableFuture<>();
        executor.start(
                deadline -> {
                    times.add(System.nanoTime());
                    if (times.size() == 1) {
                        // its turn at the back of the queue would come after the 20 busy runs' 2 ms slices
                        return TrainingJob.Next.continueBy(System.nanoTime() + 4 * MS);
                    }
                    return times.size() < 3 ? TrainingJob.Next.CONTINUE : TrainingJob.Next.DONE;
                },
                stopped::complete);

        assertThat(await(stopped)).isEqualTo(StopReason.FINISHED);
        runs.forEach(TrainingRun::cancel);
        assertThat(times).hasSize(3); // the turn it did not take ran nothing
        long between =
                busy.stream().filter(t -> t > times.get(0) && t < times.get(1)).count();
        assertThat(between).isLessThan(15);
    }
}
