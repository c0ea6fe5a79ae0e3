package org.dlf.classroom.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.util.UUID;

/**
 * Who is joining: the learner id that exercises.ui.LearnerCookie keeps in the session (from the
 * {@code dlf-learner} cookie), so the progress already recorded under it becomes visible to the class; and
 * the client address the join limits count by (the connection's, or a trusted proxy's X-Forwarded-For).
 */
final class JoinIdentity {

    private JoinIdentity() {}

    static UUID id() {
        return org.dlf.base.ui.CurrentLearner.id();
    }

    static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
