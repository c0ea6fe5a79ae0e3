package org.dlf.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.dlf.classroom.ClassSummary;
import org.dlf.classroom.ClassroomService;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The course under its Content-Security-Policy: every route (the course, join, sign-in, setup and the
 * teacher's pages) loads and works with not a single violation reported by the browser, each page with its
 * own nonce; the referrer policy; the session and learner cookies as the server sets them.
 */
class SecurityHeadersIT extends BrowserTestBase {

    private static final String PASSWORD = "long-enough-secret";

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ContentService content;

    private final List<String> violations = new ArrayList<>();

    /** Records every violation the page reports (event and console), from before the page's first script. */
    private void watch(Page p) {
        p.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')), true);");
        p.onConsoleMessage(m -> {
            String text = m.text();
            if (text.contains("CSP violation") || text.contains("Content Security Policy")) violations.add(text);
        });
    }

    /** Opens a route, checks its policy and that nothing was blocked. */
    private String visit(Page p, String route) {
        Response response = p.navigate(url(route));
        idle(p);
        String policy = response.headers().getOrDefault("content-security-policy", "");
        assertThat(policy)
                .as(route)
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'unsafe-eval';")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(response.headers()).containsEntry("referrer-policy", "same-origin");
        assertThat(violations).as("CSP violations on /" + route).isEmpty();
        return policy;
    }

    @Test
    void every_route_runs_under_the_content_security_policy_without_a_violation() {
        watch(page);
        // first the watch itself: an injected script without the nonce is blocked and reported
        visit(page, "");
        page.evaluate("() => { const s = document.createElement('script');"
                + " s.textContent = 'window.injected = true'; document.body.append(s); }");
        assertThat(page.evaluate("() => window.injected === true")).isEqualTo(false);
        page.waitForCondition(() -> !violations.isEmpty());
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("CSP violation: script-src"));
        violations.clear();

        List<String> routes = new ArrayList<>(List.of("", "glossary", "join", "join/ABCDEF", "my-class", "setup"));
        content.course().chapters(Language.EN).forEach(ch -> routes.add("chapter/" + ch.slug()));
        List<String> policies = new ArrayList<>();
        for (String route : routes) policies.add(visit(page, route));
        assertThat(policies).doesNotHaveDuplicates(); // a fresh nonce for every page

        // live parts: a training run's charts, a refused and a successful sign-in through Vaadin's form
        visit(page, "chapter/mlp");
        page.locator("#mlp-run").click();
        assertThat(page.locator("#mlp-status")).not().isEmpty();
        page.locator("#mlp-run").click();
        String teacher = "csp-" + UUID.randomUUID().toString().substring(0, 8);
        teachers.create(teacher, PASSWORD);
        ClassSummary c = classrooms.create(teacher, "CSP class");
        visit(page, "login");
        page.locator("#login-form input[name=username]").fill(teacher);
        page.locator("#login-form input[name=password]").fill("not-the-password");
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        signInAsTeacher(page, teacher, PASSWORD);
        for (String route :
                List.of("teacher", "teacher/class/" + c.id(), "teacher/present/" + c.id(), "teacher/account"))
            visit(page, route);
        assertThat(page.locator("#account")).isVisible();
        assertThat(violations).isEmpty();
    }

    @Test
    void the_session_and_learner_cookies_are_set_by_the_server_out_of_reach_of_scripts() {
        visit(page, "");
        Cookie session = cookie("JSESSIONID");
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
        Cookie learner = cookie("dlf-learner");
        assertThat(learner.value).matches("[0-9a-f-]{36}");
        assertThat(learner.httpOnly).isTrue();
        assertThat(learner.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(learner.secure).isFalse(); // plain http here; https (or a trusted proxy's) makes it Secure
        // asked for two years; Chromium keeps no cookie longer than 400 days
        assertThat(learner.expires).isGreaterThan(System.currentTimeMillis() / 1000.0 + 390 * 24 * 3600);
        assertThat((String) page.evaluate("() => document.cookie")).doesNotContain("dlf-learner");
        // the id survives a new session: the server reads the cookie it set
        context.clearCookies(new com.microsoft.playwright.BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        visit(page, "glossary");
        assertThat(cookie("dlf-learner").value).isEqualTo(learner.value);
    }

    private Cookie cookie(String name) {
        return context.cookies().stream()
                .filter(c -> c.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name));
    }
}
