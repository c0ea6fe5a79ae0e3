package org.dlf.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a teacher signed in when the replica that holds their session dies: at sign-in a random token goes
 * into a cookie that lives as long as the browser session ({@code dlf-teacher}: HttpOnly, SameSite=Lax, Secure
 * over https) and its SHA-256 into the shared database; a replica that does not know the session signs the
 * teacher in again from it (Spring Security's remember-me mechanism). Not a "remember me for two weeks": the
 * token ends at sign-out, when the password changes, and after the session timeout without a request, as the
 * session itself would. Tokens are not rotated on use, so the requests a browser sends at once after a
 * failover (page, push, heartbeat) all succeed.
 */
@Component
class SignInTokens extends AbstractRememberMeServices {

    static final String COOKIE = "dlf-teacher";
    /** A token's last use is written at most this often per session (the heartbeat alone keeps it alive). */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final String TOUCHED = SignInTokens.class.getName() + ".touched";

    private final SignInTokenStore store;
    private final Duration idle;

    SignInTokens(
            TeacherAccounts teachers,
            SignInTokenStore store,
            @Value("${server.servlet.session.timeout:30m}") Duration idle) {
        super(SecretTokens.create(), teachers); // the key only ties this node's remember-me authentications to it
        this.store = store;
        this.idle = idle;
        setCookieName(COOKIE);
        setAlwaysRemember(true);
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    @Override
    protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        String token = SecretTokens.create();
        Instant now = Instant.now();
        store.removeUnusedSince(now.minus(idle));
        store.add(SecretTokens.hash(token), auth.getName(), now);
        setCookie(new String[] {token}, -1, request, response); // ends with the browser session
        HttpSession session = request.getSession(false);
        if (session != null) session.setAttribute(TOUCHED, now);
    }

    @Override
    protected UserDetails processAutoLoginCookie(
            String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        if (cookieTokens.length != 1) throw new InvalidCookieException("Not a sign-in token");
        String hash = SecretTokens.hash(cookieTokens[0]);
        Instant now = Instant.now();
        String teacher = store.teacher(hash, now.minus(idle))
                .orElseThrow(() -> new RememberMeAuthenticationException("Unknown or expired sign-in token"));
        store.touch(hash, now);
        return getUserDetailsService().loadUserByUsername(teacher);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication auth) {
        String cookie = extractRememberMeCookie(request);
        if (cookie != null) {
            try {
                String[] tokens = decodeCookie(cookie);
                if (tokens.length == 1) store.remove(SecretTokens.hash(tokens[0]));
            } catch (InvalidCookieException e) {
                // not one of ours: nothing stored to remove
            }
        }
        super.logout(request, response, auth);
    }

    /**
     * A filter that marks the token of a signed-in teacher's request as used, at most once a minute per
     * session, so that the token lives as long as the session does.
     */
    OncePerRequestFilter usage() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                touch(request);
                chain.doFilter(request, response);
            }
        };
    }

    private void touch(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken)
            return;
        Instant now = Instant.now();
        Instant touched = (Instant) session.getAttribute(TOUCHED);
        if (touched != null && touched.plus(TOUCH_EVERY).isAfter(now)) return;
        String cookie = extractRememberMeCookie(request);
        if (cookie == null) return;
        try {
            String[] tokens = decodeCookie(cookie);
            if (tokens.length == 1) store.touch(SecretTokens.hash(tokens[0]), now);
        } catch (InvalidCookieException e) {
            return;
        }
        session.setAttribute(TOUCHED, now);
    }
}
