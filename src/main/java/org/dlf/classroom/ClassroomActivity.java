package org.dlf.classroom;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A small in-memory event bus for live dashboards: listeners hear (at most once a second) that something
 * changed — an answer was recorded by any learner (seen as a new attempt row) or a learner joined or left.
 * Per instance: with several instances behind the load balancer each notices the shared database by itself.
 */
@Component
public class ClassroomActivity {

    private static final Logger LOG = LoggerFactory.getLogger(ClassroomActivity.class);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dlf-classroom-activity");
        t.setDaemon(true);
        return t;
    });
    private final ResultsQueries queries;
    private volatile long lastMark = -1;
    private volatile boolean dirty;

    ClassroomActivity(ResultsQueries queries) {
        this.queries = queries;
        timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** Registers a listener; the returned handle removes it (call it when the dashboard is detached). */
    public Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void changed() {
        dirty = true;
    }

    private void tick() {
        try {
            if (listeners.isEmpty()) {
                lastMark = -1;
                return;
            }
            long mark = queries.activityMark();
            boolean news = dirty || (lastMark >= 0 && mark != lastMark);
            lastMark = mark;
            dirty = false;
            if (news) listeners.forEach(ClassroomActivity::tell);
        } catch (RuntimeException e) {
            LOG.debug("Classroom activity check failed", e);
        }
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
