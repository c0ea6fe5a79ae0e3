package org.dlf.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.dlf.security.TeacherAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page whose server-side session is gone (its server died and the proxy moved the browser to another one,
 * or the session expired): a learner is told that the page must reload and that an answer without feedback
 * was not saved, and can send it again after the reload; a teacher's page reloads by itself and stays signed
 * in. The session is taken away by dropping the browser's session cookie, so the next request reaches a
 * server that does not know it.
 */
class ConnectionLossIT extends BrowserTestBase {

    @Autowired
    TeacherAccounts teachers;

    /** The browser's session id becomes one the server does not know, as on another replica. */
    private void loseTheSession(BrowserContext context) {
        List<Cookie> kept = context.cookies().stream()
                .filter(c -> !c.name.equals("JSESSIONID"))
                .toList();
        context.clearCookies();
        context.addCookies(kept);
        context.addCookies(List.of(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF").setUrl(url(""))));
    }

    @Test
    void a_learner_whose_answer_met_a_lost_session_is_told_it_was_not_saved_and_sends_it_again() {
        BrowserContext en = newContext("en-US", 1280, 900);
        Page p = en.newPage();
        open(p, "chapter/forward-propagation");
        p.locator("#answer-forward-out-o1 input").fill("12.5");
        p.locator("#check-forward-out-o1").click();
        assertThat(p.locator("#status-forward-out-o1")).hasText("1 attempt");

        loseTheSession(en);
        p.locator("#answer-forward-out-o1 input").fill("13.5");
        p.locator("#check-forward-out-o1").click();
        assertThat(p.locator(".v-system-error")).containsText("The connection to the server was lost");
        assertThat(p.locator(".v-system-error")).containsText("send that answer again after the reload");
        assertThat(p.locator("#status-forward-out-o1")).hasText("1 attempt");
        screenshot(p, "connection-lost-en");

        p.locator(".v-system-error").click(); // reloads
        p.waitForFunction("() => !document.querySelector('.v-system-error')");
        open(p, "chapter/forward-propagation");
        assertThat(p.locator("#status-forward-out-o1")).hasText("1 attempt"); // the unacknowledged answer
        p.locator("#answer-forward-out-o1 input").fill("13.5");
        p.locator("#check-forward-out-o1").click();
        assertThat(p.locator("#status-forward-out-o1")).hasText("2 attempts");
        en.close();
    }

    @Test
    void the_message_is_in_the_pages_language() {
        open("chapter/forward-propagation");
        loseTheSession(context);
        page.locator("#answer-forward-out-o1 input").fill("12.5");
        page.locator("#check-forward-out-o1").click();
        assertThat(page.locator(".v-system-error")).containsText("与服务器的连接已中断");
        page.setViewportSize(390, 844);
        screenshot(page, "connection-lost-zh-390");
    }

    @Test
    void a_teachers_page_reloads_by_itself_and_stays_signed_in() {
        String teacher = "loss-" + UUID.randomUUID().toString().substring(0, 8);
        teachers.create(teacher, "correct-horse-7");
        open("login");
        signInAsTeacher(page, teacher, "correct-horse-7");
        page.locator("#class-name input").fill("Loss");
        page.locator("#create-class").click();
        assertThat(page.locator("#join-code")).hasText(Pattern.compile("[A-Z2-9]{6}"));
        page.waitForURL(Pattern.compile(".*/teacher/class/\\d+$"));
        String dashboard = page.url();
        page.evaluate("() => window.dlfBeforeLoss = true");

        loseTheSession(context);
        page.locator("#reset-code").click(); // reaches a server that does not know the page
        page.waitForFunction("() => !window.dlfBeforeLoss"); // the page reloaded
        assertThat(page).hasURL(dashboard);
        assertThat(page.locator("#class-dashboard")).isVisible();
        assertThat(page.locator(".v-system-error")).hasCount(0);
    }
}
