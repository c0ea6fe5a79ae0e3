package org.dlf.exercises.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.dlf.base.ui.CurrentLearner;
import org.springframework.stereotype.Component;

/**
 * Gives every visitor an anonymous, persistent learner id: a random UUID in the first-party cookie
 * {@code dlf-learner} (two years), set on the first visit and kept in the session.
 */
@Component
class LearnerCookie implements VaadinServiceInitListener {

    static final String COOKIE = "dlf-learner";
    private static final int TWO_YEARS = 2 * 365 * 24 * 3600;
    private static final String ATTRIBUTE = CurrentLearner.ATTRIBUTE;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), VaadinRequest.getCurrent()));
    }

    private static void apply(UI ui, VaadinRequest request) {
        VaadinSession session = ui.getSession();
        UUID id = fromCookie(request)
                .or(() -> Optional.ofNullable((UUID) session.getAttribute(ATTRIBUTE)))
                .orElseGet(UUID::randomUUID);
        session.setAttribute(ATTRIBUTE, id);
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax'",
                        COOKIE,
                        id.toString(),
                        TWO_YEARS);
    }

    /** The current visitor's learner id (call on a request thread or inside ui.access). */
    static UUID current() {
        return CurrentLearner.id();
    }

    private static Optional<UUID> fromCookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) return Optional.empty();
        return Arrays.stream(cookies)
                .filter(c -> c.getName().equals(COOKIE))
                .map(Cookie::getValue)
                .filter(v -> v.matches("[0-9a-fA-F-]{36}"))
                .flatMap(v -> {
                    try {
                        return java.util.stream.Stream.of(UUID.fromString(v));
                    } catch (IllegalArgumentException e) {
                        return java.util.stream.Stream.empty();
                    }
                })
                .findFirst();
    }
}
