package org.dlf.classroom;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dlf.exercises.AnswerRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A small in-memory event bus for live dashboards: listeners hear that something changed — a learner's answer
 * or training event was recorded, a learner joined or left — within about {@value #PERIOD_MS} ms. What happens
 * on this server is heard at once; what another server sharing the database records shows as a new highest
 * attempt or training event id, read every {@value #PERIOD_MS} ms while a dashboard is open here. During a
 * rush listeners hear at most once every {@value #PERIOD_MS} ms, so a hundred answers become a few refreshes.
 * With no dashboard open the server does nothing. (The teacher's dashboard once lagged 0.6–1.3 s during a
 * rush: a 1 s poll was the only signal; docs/benchmarks.md.)
 */
@Component
public class ClassroomActivity {

    static final long PERIOD_MS = 250;
    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(PERIOD_MS);
    private static final Logger LOG = LoggerFactory.getLogger(ClassroomActivity.class);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dlf-classroom-activity");
        t.setDaemon(true);
        return t;
    });
    private final ResultsQueries queries;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    /** Only the timer thread reads and writes these. */
    private long lastMark = -1;

    private volatile long toldAt = System.nanoTime() - PERIOD_NANOS;

    ClassroomActivity(ResultsQueries queries) {
        this.queries = queries;
        timer.scheduleWithFixedDelay(this::poll, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Registers a listener; the returned handle removes it (call it when the dashboard is detached). */
    public Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Something changed on this server: listeners hear it at once, or when the last telling is a period old. */
    void changed() {
        dirty.set(true);
        if (listeners.isEmpty() || !wakeUpPending.compareAndSet(false, true)) return;
        long wait = Math.max(0, toldAt + PERIOD_NANOS - System.nanoTime());
        timer.schedule(
                () -> {
                    wakeUpPending.set(false);
                    tellIfDirty();
                },
                wait,
                TimeUnit.NANOSECONDS);
    }

    @EventListener
    void answered(AnswerRecorded event) {
        changed();
    }

    /** What other servers recorded: a new highest id. */
    private void poll() {
        try {
            if (listeners.isEmpty()) {
                lastMark = -1;
                return;
            }
            long mark = queries.activityMark();
            if (lastMark >= 0 && mark != lastMark) dirty.set(true);
            lastMark = mark;
            if (System.nanoTime() - toldAt >= PERIOD_NANOS) tellIfDirty();
        } catch (RuntimeException e) {
            LOG.debug("Classroom activity check failed", e);
        }
    }

    private void tellIfDirty() {
        if (!dirty.getAndSet(false)) return;
        try {
            lastMark = queries.activityMark(); // what the listeners are about to read is no news to the next poll
        } catch (RuntimeException e) {
            LOG.debug("Classroom activity check failed", e);
        }
        listeners.forEach(ClassroomActivity::tell);
        toldAt = System.nanoTime(); // a period from the end: between two refreshes a page is free for its user
    }

    /** One listener's failure (e.g. its page was just closed) must not keep the others from hearing. */
    private static void tell(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LOG.debug("A classroom activity listener failed", e);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
