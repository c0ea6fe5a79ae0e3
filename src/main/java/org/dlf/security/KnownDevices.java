package org.dlf.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Browsers a teacher has signed in with: a random token in the HttpOnly cookie {@code dlf-device} (sent only
 * to the sign-in form, for a year), stored as its SHA-256 with the teacher's user name. Sign-in from a known
 * device is throttled on its own ({@link SignInThrottle}), so failures from other browsers never lock the
 * teacher out of theirs.
 */
@Service
class KnownDevices {

    static final String COOKIE = "dlf-device";
    static final Duration KEEP = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private final Clock clock;

    KnownDevices(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The hash of this browser's device token when it is a known device of this teacher, else null. */
    @Nullable
    String of(HttpServletRequest request, @Nullable String username) {
        String token = token(request);
        if (token == null || username == null) return null;
        String hash = SecretTokens.hash(token);
        String owner = jdbc.sql("SELECT username FROM sign_in_device WHERE token_hash = :h AND last_used_at > :since")
                .param("h", hash)
                .param("since", SignInThrottle.utc(clock.instant().minus(KEEP)))
                .query(String.class)
                .optional()
                .orElse(null);
        return owner != null && owner.equalsIgnoreCase(username.strip()) ? hash : null;
    }

    /** After a successful sign-in: this browser becomes (or stays) a known device of the teacher. */
    void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        String known = of(request, username);
        String token = known != null ? token(request) : null;
        if (token == null) {
            token = SecretTokens.create();
            jdbc.sql("INSERT INTO sign_in_device (token_hash, username, last_used_at) VALUES (:h, :u, :at)")
                    .param("h", SecretTokens.hash(token))
                    .param("u", username)
                    .param("at", SignInThrottle.utc(clock.instant()))
                    .update();
        } else {
            jdbc.sql("UPDATE sign_in_device SET last_used_at = :at WHERE token_hash = :h")
                    .param("at", SignInThrottle.utc(clock.instant()))
                    .param("h", known)
                    .update();
        }
        jdbc.sql("DELETE FROM sign_in_device WHERE last_used_at < :before")
                .param("before", SignInThrottle.utc(clock.instant().minus(KEEP)))
                .update();
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath(request.getContextPath() + "/login");
        cookie.setMaxAge((int) KEEP.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    private static @Nullable String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) return null;
        return Arrays.stream(cookies)
                .filter(c -> c.getName().equals(COOKIE) && c.getValue().matches("[A-Za-z0-9_-]{43}"))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
