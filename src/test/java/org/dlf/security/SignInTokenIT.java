package org.dlf.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in token that keeps a teacher signed in when their server dies: a browser whose session the server
 * does not know (as on another replica) is signed in again from it, until the teacher signs out, changes the
 * password, or leaves it unused for the session timeout. The failover itself is FailoverIT's.
 */
class SignInTokenIT extends BrowserTestBase {

    private static final String PASSWORD = "correct-horse-7";

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    JdbcClient jdbc;

    private final String teacher = "token-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void aTeacher() {
        teachers.create(teacher, PASSWORD);
    }

    private Cookie signIn() {
        open("login");
        signInAsTeacher(page, teacher, PASSWORD);
        return context.cookies().stream()
                .filter(c -> c.name.equals(SignInTokens.COOKIE))
                .findFirst()
                .orElseThrow();
    }

    /** A browser that has only the token: what a replica that never saw the session gets. */
    private Page elsewhere(Cookie token) {
        BrowserContext other = newContext("en-US", 1280, 900);
        other.addCookies(List.of(new Cookie(token.name, token.value).setUrl(url(""))));
        Page p = other.newPage();
        open(p, "teacher");
        return p;
    }

    @Test
    void a_server_that_does_not_know_the_session_signs_the_teacher_in_from_the_token() {
        Cookie token = signIn();
        assertThat(token.httpOnly).isTrue();
        assertThat(token.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(token.expires).as("a cookie of the browser session").isEqualTo(-1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_token")
                        .query(Integer.class)
                        .single())
                .isPositive();

        Page p = elsewhere(token);
        assertThat(p).hasURL(Pattern.compile(".*/teacher$"));
        assertThat(p.locator("#teacher-classes")).isVisible();
        p.context().close();
    }

    @Test
    void signing_out_ends_the_token() {
        Cookie token = signIn();
        open("teacher");
        page.locator("#sign-out").click();
        page.waitForURL(Pattern.compile(".*/$"));
        assertThat(context.cookies().stream().map(c -> c.name)).doesNotContain(SignInTokens.COOKIE);

        Page p = elsewhere(token); // a copy kept from before the sign-out
        assertThat(p).hasURL(Pattern.compile(".*/login$"));
        p.context().close();
    }

    @Test
    void a_new_password_ends_the_token() {
        Cookie token = signIn();
        teachers.changePassword(teacher, PASSWORD, "battery-staple-9", "battery-staple-9");
        Page p = elsewhere(token);
        assertThat(p).hasURL(Pattern.compile(".*/login$"));
        p.context().close();
    }

    @Test
    void a_token_unused_for_the_session_timeout_ends() {
        Cookie token = signIn();
        jdbc.sql("UPDATE sign_in_token SET last_used_at = :old WHERE teacher_id ="
                        + " (SELECT id FROM teacher WHERE username = :teacher)")
                .param("old", java.time.OffsetDateTime.now().minusMinutes(31))
                .param("teacher", teacher)
                .update();
        Page p = elsewhere(token);
        assertThat(p).hasURL(Pattern.compile(".*/login$"));
        p.context().close();
    }
}
