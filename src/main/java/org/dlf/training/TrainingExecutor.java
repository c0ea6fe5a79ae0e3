package org.dlf.training;

import com.vaadin.flow.component.Component;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs every session's training jobs on a fixed pool sized to the cores. A job runs one slice (a few
 * milliseconds), then goes to the back of the queue: with many learners at once each gets a fair share and
 * none can hold a thread. A job that asks to wait until a later time is handed to a timer, which puts it back
 * in the queue then: no thread sleeps for it. Runs are bounded in number and in wall-clock time.
 */
@Service
public class TrainingExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingExecutor.class);

    private final ExecutorService pool;
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService timer;
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
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "training-timer");
            t.setDaemon(true);
            return t;
        });
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
            pool.execute(() -> run.stop(StopReason.REJECTED));
            return run;
        }
        pool.execute(() -> slice(run));
        return run;
    }

    /** Like {@link #start}, and cancels the run when {@code owner} is detached (view closed, session ended). */
    public TrainingRun start(Component owner, TrainingJob job, Consumer<StopReason> onStop) {
        TrainingRun[] holder = new TrainingRun[1];
        var detach = owner.addDetachListener(e -> holder[0].cancel());
        holder[0] = start(job, reason -> {
            // drop the listener so a finished run is not kept reachable by its owner
            owner.getUI().ifPresent(ui -> ui.access(detach::remove));
            onStop.accept(reason);
        });
        return holder[0];
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
            if (next instanceof TrainingJob.Next.Wait(long wakeNanos)) {
                sleep(run, Math.min(wakeNanos, run.budgetEndsNanos() + 1));
            } else {
                pool.execute(() -> slice(run));
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
     * Puts the run back in the queue at {@code wakeNanos}, or at once when it is cancelled before then;
     * whichever comes first re-queues it, exactly once.
     */
    private void sleep(TrainingRun run, long wakeNanos) {
        AtomicBoolean queued = new AtomicBoolean();
        waiting.incrementAndGet();
        Runnable requeue = () -> {
            if (queued.compareAndSet(false, true)) {
                waiting.decrementAndGet();
                pool.execute(() -> slice(run));
            }
        };
        run.waiting(requeue);
        long delay = wakeNanos - System.nanoTime();
        timer.schedule(
                () -> {
                    run.awake();
                    requeue.run();
                },
                Math.max(0, delay),
                TimeUnit.NANOSECONDS);
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
