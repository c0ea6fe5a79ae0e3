package org.dlf.training;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs every session's training jobs on a fixed pool sized to the cores. A job runs one slice (a few
 * milliseconds), then goes to the back of the queue: with many learners at once each gets a fair share and
 * none can hold a thread. A job that asks to wait until a later time is handed to a timer, which puts it back
 * in the queue then: no thread sleeps for it. A run whose time has come (its wake-up time, or the time by
 * which it asked for its next slice) is <em>due</em> and is served before the runs that merely continue, in
 * the order they became due: paced work and chart frames are on time, and flat-out training gets what is
 * left of the cores. Runs are bounded in number and in wall-clock time.
 */
@Service
public class TrainingExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingExecutor.class);

    private final ExecutorService pool;
    private final PriorityBlockingQueue<Runnable> queue = new PriorityBlockingQueue<>();
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicLong arrivals = new AtomicLong();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxRuns;
    private final long sliceNanos;
    private final Duration budget;

    public TrainingExecutor(
            @Value("${dlf.training.threads:0}") int threads,
            @Value("${dlf.training.max-runs:400}") int maxRuns,
            @Value("${dlf.training.slice:2ms}") Duration slice,
            @Value("${dlf.training.budget:5m}") Duration budget) {
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, queue, r -> {
            Thread t = new Thread(r, "training-" + counter.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "training-timer");
            t.setDaemon(true);
            return t;
        });
        // a run that took its turn before its due time cancels the timer's task: drop it at once
        timer.setRemoveOnCancelPolicy(true);
        this.maxRuns = maxRuns;
        this.sliceNanos = slice.toNanos();
        this.budget = budget;
    }

    /**
     * Starts a job. {@code onStop} is called exactly once, on an executor thread, with the reason the run
     * ended (use {@code ui.access} there to update the page). When the server is at its limit the run is
     * stopped at once with {@link StopReason#REJECTED}.
     */
    public TrainingRun start(TrainingJob job, Consumer<StopReason> onStop) {
        TrainingRun run = new TrainingRun(job, onStop, budget.toNanos());
        if (running.incrementAndGet() > maxRuns) {
            running.decrementAndGet();
            enqueue(true, () -> run.stop(StopReason.REJECTED));
            return run;
        }
        enqueue(true, () -> slice(run));
        return run;
    }

    private void slice(TrainingRun run) {
        long now = System.nanoTime();
        StopReason reason = null;
        TrainingJob.Next next = TrainingJob.Next.CONTINUE;
        if (run.isCancelled()) {
            reason = StopReason.CANCELLED;
        } else if (run.overBudget(now)) {
            reason = StopReason.TIME_BUDGET;
        } else {
            try {
                next = run.job().runSlice(now + sliceNanos);
                if (next instanceof TrainingJob.Next.Done) {
                    reason = StopReason.FINISHED;
                }
            } catch (RuntimeException e) {
                LOG.warn("A training job failed", e);
                reason = StopReason.FAILED;
            }
        }
        if (reason == null) {
            long budgetEnd = run.budgetEndsNanos() + 1;
            switch (next) {
                case TrainingJob.Next.Wait(long wakeNanos) -> sleep(run, Math.min(wakeNanos, budgetEnd));
                case TrainingJob.Next.ContinueBy(long dueNanos) -> continueBy(run, Math.min(dueNanos, budgetEnd));
                default -> enqueue(false, () -> slice(run));
            }
            return;
        }
        running.decrementAndGet();
        try {
            run.stop(reason);
        } catch (RuntimeException e) {
            LOG.warn("A training run's stop callback failed", e);
        }
    }

    /**
     * Puts the run back in the queue, due, at {@code wakeNanos}, or at once when it is cancelled before then;
     * whichever comes first re-queues it, exactly once.
     */
    private void sleep(TrainingRun run, long wakeNanos) {
        AtomicBoolean queued = new AtomicBoolean();
        waiting.incrementAndGet();
        Runnable requeue = () -> {
            if (queued.compareAndSet(false, true)) {
                waiting.decrementAndGet();
                enqueue(true, () -> slice(run));
            }
        };
        run.waiting(requeue);
        timer.schedule(
                () -> {
                    run.awake();
                    requeue.run();
                },
                Math.max(0, wakeNanos - System.nanoTime()),
                TimeUnit.NANOSECONDS);
    }

    /**
     * Queues the run at the back, and once more, due, at {@code dueNanos}: whichever turn comes first runs the
     * slice, the other does nothing.
     */
    private void continueBy(TrainingRun run, long dueNanos) {
        AtomicBoolean taken = new AtomicBoolean();
        AtomicReference<ScheduledFuture<?>> timed = new AtomicReference<>();
        Runnable turn = () -> {
            if (taken.compareAndSet(false, true)) {
                ScheduledFuture<?> t = timed.get();
                if (t != null) {
                    t.cancel(false);
                }
                slice(run);
            }
        };
        enqueue(false, turn);
        timed.set(timer.schedule(
                () -> {
                    if (!taken.get()) {
                        enqueue(true, turn);
                    }
                },
                Math.max(0, dueNanos - System.nanoTime()),
                TimeUnit.NANOSECONDS));
    }

    private void enqueue(boolean due, Runnable action) {
        pool.execute(new Turn(due, arrivals.getAndIncrement(), action));
    }

    /** A run's place in the queue: due turns first, each kind in the order it arrived. */
    private record Turn(boolean due, long arrival, Runnable action) implements Runnable, Comparable<Turn> {

        @Override
        public void run() {
            action.run();
        }

        @Override
        public int compareTo(Turn o) {
            return due != o.due ? (due ? -1 : 1) : Long.compare(arrival, o.arrival);
        }
    }

    /** Runs that have started and not yet stopped. */
    public int runningCount() {
        return running.get();
    }

    /** Slices waiting for a thread. */
    public int queueLength() {
        return queue.size();
    }

    /** Runs that asked to wait until a later time (paced runs between two samples). */
    public int waitingCount() {
        return waiting.get();
    }

    @PreDestroy
    void shutdown() {
        timer.shutdownNow();
        pool.shutdownNow();
    }
}
