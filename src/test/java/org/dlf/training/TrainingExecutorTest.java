package org.dlf.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    private final TrainingExecutor executor = new TrainingExecutor(1, 10, Duration.ofMillis(2), Duration.ofMinutes(5));

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
}
