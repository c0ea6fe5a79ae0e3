package org.dlf.training;

import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest {@link TrainingSnapshot} of each trainer widget in one browser session, keyed by widget name.
 * Trainer widgets publish to it (from any thread); train-goal exercises read it.
 *
 * <p>Get the session's board with {@link #of(VaadinSession)} while the session is locked (on a request
 * thread or inside {@code ui.access}), e.g. in the widget's constructor, and keep the reference: the board
 * itself is thread-safe.
 */
public final class TrainingSnapshots {

    private final Map<String, TrainingSnapshot> latest = new ConcurrentHashMap<>();

    public static TrainingSnapshots of(VaadinSession session) {
        TrainingSnapshots board = session.getAttribute(TrainingSnapshots.class);
        if (board == null) {
            board = new TrainingSnapshots();
            session.setAttribute(TrainingSnapshots.class, board);
        }
        return board;
    }

    public void publish(TrainingSnapshot snapshot) {
        latest.put(snapshot.widget(), snapshot);
    }

    public Optional<TrainingSnapshot> latest(String widget) {
        return Optional.ofNullable(latest.get(widget));
    }

    /** Forgets a widget's state (e.g. when it is reset before a new run). */
    public void clear(String widget) {
        latest.remove(widget);
    }
}
