package org.dlf.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;

/**
 * The visitor's learner id, kept in the session attribute {@code dlf.learner}: the session's id wins, and
 * the exercises feature's LearnerCookie copies it into the HttpOnly {@code dlf-learner} cookie on the next
 * page load (and takes a new session's id from that cookie). A fresh id when the session has none yet.
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

    /**
     * From now on this browser is {@code learner} (a fresh id on a shared PC, or the learner who resumed
     * with their code). The cookie follows on the next page load, so reload the page after calling it.
     */
    public static void become(UUID learner) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) throw new IllegalStateException("No session to change the learner of");
        session.setAttribute(ATTRIBUTE, learner);
    }
}
