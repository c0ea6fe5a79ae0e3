package org.dlf.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in form's post (/login) under {@link SignInThrottle}: before Spring Security checks the password
 * the attempt is counted, and while its account, address or device must wait it is sent back to the form
 * with {@code ?wait=SECONDS} unchecked. After a failure the form learns the wait of the next attempt; after
 * a success the counts are reset and the browser becomes a known device of the teacher. (The post passes
 * the CSRF filter first: a post without the form's token never gets here.)
 */
final class SignInGuard extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    private final SignInThrottle throttle;
    private final KnownDevices devices;

    SignInGuard(SignInThrottle throttle, KnownDevices devices) {
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().equals(request.getContextPath() + LOGIN);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = username(request);
        Duration wait = throttle.attempt(username, request.getRemoteAddr(), devices.of(request, username));
        if (wait.isZero()) chain.doFilter(request, response);
        else response.sendRedirect(request.getContextPath() + LOGIN + "?wait=" + SignInThrottle.seconds(wait));
    }

    /** Back to the form with the error, and with the wait if the next attempt has one. */
    AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String username = username(request);
            Duration wait = throttle.nextWait(username, request.getRemoteAddr(), devices.of(request, username));
            response.sendRedirect(request.getContextPath() + LOGIN + "?error"
                    + (wait.isZero() ? "" : "&wait=" + SignInThrottle.seconds(wait)));
        };
    }

    /** Vaadin's success handler (saved request, else {@code target}) after resetting the counts. */
    VaadinSavedRequestAwareAuthenticationSuccessHandler success(String target) {
        var handler = new VaadinSavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                String username = authentication.getName();
                throttle.succeeded(username, request.getRemoteAddr(), devices.of(request, username));
                devices.remember(request, response, username);
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl(target);
        return handler;
    }

    private static String username(HttpServletRequest request) {
        @Nullable String username = request.getParameter("username");
        return username == null ? "" : username;
    }
}
