package org.dlf.classroom.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Session fixation protection at join, as Spring Security does at sign-in: the HTTP session keeps its
 * attributes (the Vaadin session, the learner id) and its push connection but gets a new id, sent to the
 * browser as a new session cookie with this response.
 */
final class NewSessionId {

    private NewSessionId() {}

    /** Gives the current session a new id; false when there is no HTTP request or session. */
    static boolean rotate() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) return false;
        HttpSession session = request.getHttpServletRequest().getSession(false);
        if (session == null) return false;
        request.getHttpServletRequest().changeSessionId();
        return true;
    }
}
