package org.dlf.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;

/**
 * The visitor's learner id, which the exercises feature keeps in the session attribute {@code dlf.learner}
 * (from the {@code dlf-learner} cookie); a fresh id when the session has none yet.
 */
public final class CurrentLearner {

    /** The session attribute holding the learner id. */
    public static final String ATTRIBUTE = "dlf.learner";

    private CurrentLearner() {}

    /** Call on a request thread or inside {@code ui.access}. */
    public static UUID id() {
        VaadinSession session = VaadinSession.getCurrent();
        UUID id = session == null ? null : (UUID) session.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID();
            if (session != null) session.setAttribute(ATTRIBUTE, id);
        }
        return id;
    }
}
