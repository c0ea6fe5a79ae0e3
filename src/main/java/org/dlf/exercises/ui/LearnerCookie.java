package org.dlf.exercises.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.dlf.base.ui.CurrentLearner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gives every visitor an anonymous, persistent learner id: a random UUID in the first-party cookie
 * {@code dlf-learner} (two years), which the server sets (HttpOnly, SameSite=Lax, Secure over https) when a
 * page opens. A new session takes its id from the cookie; afterwards the session's id is the one that
 * counts ({@link CurrentLearner#become}) and the cookie is brought up to date on the next page load.
 */
@Component
class LearnerCookie implements VaadinServiceInitListener {

    static final String COOKIE = "dlf-learner";
    private static final int TWO_YEARS = 2 * 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // a UI is made on an HTTP request (the page's bootstrap), so its response can carry the cookie
        event.getSource()
                .addUIInitListener(
                        e -> apply(e.getUI().getSession(), VaadinRequest.getCurrent(), VaadinResponse.getCurrent()));
    }

    private static void apply(
            VaadinSession session, @Nullable VaadinRequest request, @Nullable VaadinResponse response) {
        Optional<UUID> cookie = fromCookie(request);
        UUID id = Optional.ofNullable((UUID) session.getAttribute(CurrentLearner.ATTRIBUTE))
                .or(() -> cookie)
                .orElseGet(UUID::randomUUID);
        session.setAttribute(CurrentLearner.ATTRIBUTE, id);
        if (request != null && response != null && !cookie.equals(Optional.of(id))) {
            Cookie c = new Cookie(COOKIE, id.toString());
            c.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            c.setMaxAge(TWO_YEARS);
            c.setHttpOnly(true);
            c.setSecure(request.isSecure());
            c.setAttribute("SameSite", "Lax");
            response.addCookie(c);
        }
    }

    /** The current visitor's learner id (call on a request thread or inside ui.access). */
    static UUID current() {
        return CurrentLearner.id();
    }

    private static Optional<UUID> fromCookie(@Nullable VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) return Optional.empty();
        return Arrays.stream(cookies)
                .filter(c -> c.getName().equals(COOKIE))
                .map(Cookie::getValue)
                .filter(v -> v.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"))
                .map(UUID::fromString)
                .findFirst();
    }
}
