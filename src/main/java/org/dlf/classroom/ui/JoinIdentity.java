package org.dlf.classroom.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;

/**
 * Who is joining: the learner id that exercises.ui.LearnerCookie keeps in the session (from the
 * {@code dlf-learner} cookie), so the progress already recorded under it becomes visible to the class.
 */
final class JoinIdentity {

    private JoinIdentity() {}

    static UUID id() {
        return org.dlf.base.ui.CurrentLearner.id();
    }

    static String sessionKey() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? "none" : "s:" + session.getSession().getId();
    }

    static String addressKey() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return "a:" + (request == null ? "unknown" : request.getRemoteAddr());
    }
}
