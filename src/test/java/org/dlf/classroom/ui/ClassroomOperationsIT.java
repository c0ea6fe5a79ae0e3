package org.dlf.classroom.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dlf.BrowserTestBase;
import org.dlf.security.TeacherAccounts;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Running a class, in the browser, on a server of its own that starts without teachers and sits "behind a
 * proxy" (forwarded headers trusted from loopback): first-run setup, account management, the join QR code
 * and projector page, a student's new session id at join, My class and leaving.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:dlf-operations;DB_CLOSE_DELAY=-1",
            "dlf.setup.token=QRST-UVWX-YZ23",
            "dlf.trusted-proxies=127.0.0.1, ::1"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassroomOperationsIT extends BrowserTestBase {

    private static final String PASSWORD = "sturdy-oak-table";

    @Autowired
    TeacherAccounts teachers;

    private String sessionId(BrowserContext c) {
        return c.cookies().stream()
                .filter(k -> k.name.equals("JSESSIONID"))
                .map(k -> k.value)
                .findFirst()
                .orElse("");
    }

    private String aTeacher() {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        teachers.create(name, PASSWORD);
        return name;
    }

    private void signIn(Page p, String name, String password) {
        open(p, "login");
        p.locator("#login-form input[name=username]").fill(name);
        p.locator("#login-form input[name=password]").fill(password);
        p.locator("#login-form vaadin-button[slot=submit]").click();
        p.waitForURL(Pattern.compile(".*/teacher(/account)?(\\?continue)?$"));
        idle(p); // as BrowserTestBase.signInAsTeacher: a name typed while the page still starts can be lost
    }

    @Test
    @Order(1)
    void first_run_setup_creates_the_first_teacher_once_with_the_token_from_the_log() {
        open("login");
        assertThat(page.locator("#login-setup")).isVisible();
        screenshot(page, "setup-login-notice-zh");
        page.locator("#login-setup-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/setup$"));
        page.locator("#setup-token input").fill("QRST-UVWX-YZ24");
        page.locator("#setup-username input").fill("first-teacher");
        page.locator("#setup-password input").fill(PASSWORD);
        page.locator("#setup-confirmation input").fill(PASSWORD);
        page.locator("#setup-form-submit").click();
        assertThat(page.locator("#setup-form-status")).hasAttribute("data-problem", "SETUP_TOKEN");
        assertThat(page.locator("#setup-form-status")).containsText("设置令牌不正确");
        screenshot(page, "setup-zh");

        BrowserContext small = newContext("en-US", 390, 844);
        Page en = small.newPage();
        open(en, "setup");
        screenshot(en, "setup-en-390");

        page.locator("#setup-token input").fill("qrst uvwx yz23");
        page.locator("#setup-form-submit").click();
        assertThat(page.locator("#setup-done")).containsText("first-teacher");
        open("setup");
        assertThat(page.locator("#setup-closed")).isVisible();
        open(en, "login");
        assertThat(en.locator("#login-form")).isVisible();
        assertThat(en.locator("#login-setup")).hasCount(0);
        open(en, "setup");
        assertThat(en.locator("#setup-closed")).containsText("Setup is closed");
        assertThat(en.locator("#setup-token")).hasCount(0);
        screenshot(en, "setup-closed-en-390");
        signIn(page, "first-teacher", PASSWORD);
        small.close();
    }

    @Test
    @Order(2)
    void a_teacher_changes_their_password_and_adds_a_teacher_and_strangers_cannot() {
        open("teacher/account");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        String name = aTeacher();
        signIn(page, name, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/teacher/account(\\?continue)?$")); // where they were going
        open("teacher");
        page.locator("#my-account").click();
        assertThat(page).hasURL(Pattern.compile(".*/teacher/account$"));
        page.locator("#current-password input").fill("wrong-password-1");
        page.locator("#new-password input").fill("brand-new-phrase");
        page.locator("#new-confirmation input").fill("brand-new-phrase");
        page.locator("#change-password-submit").click();
        assertThat(page.locator("#change-password-status")).hasAttribute("data-problem", "PASSWORD_WRONG");
        assertThat(page.locator("#current-password")).hasAttribute("invalid", "");
        page.locator("#current-password input").fill(PASSWORD);
        page.locator("#change-password-submit").click();
        assertThat(page.locator("#change-password-status")).hasAttribute("data-problem", "NONE");
        page.locator("#add-username input").fill("second teacher");
        page.locator("#add-password input").fill("another-long-one");
        page.locator("#add-confirmation input").fill("another-long-one");
        page.locator("#add-teacher-submit").click();
        assertThat(page.locator("#add-teacher-status")).hasAttribute("data-problem", "USERNAME_FORMAT");
        page.locator("#add-username input").fill("second-" + name);
        page.locator("#add-teacher-submit").click();
        assertThat(page.locator("#add-teacher-status")).hasAttribute("data-problem", "NONE");
        screenshot(page, "account-zh");

        BrowserContext other = newContext("en-US", 390, 844);
        Page second = other.newPage();
        signIn(second, "second-" + name, "another-long-one");
        open(second, "teacher/account");
        screenshot(second, "account-en-390");
        other.close();
        BrowserContext again = newContext("zh-CN", 1280, 900);
        signIn(again.newPage(), name, "brand-new-phrase");
        again.close();
    }

    @Test
    @Order(3)
    void the_join_link_and_its_qr_code_follow_the_proxy_and_the_projector_shows_them_large() throws Exception {
        BrowserContext proxied = newContext("zh-CN", 1280, 900);
        Page p = proxied.newPage();
        String teacher = aTeacher();
        signIn(p, teacher, PASSWORD);
        // from here on the requests arrive as a TLS-terminating proxy forwards them
        p.setExtraHTTPHeaders(Map.of(
                "Accept-Language", "zh-CN",
                "X-Forwarded-For", "203.0.113.9",
                "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "dlf.school.example",
                "X-Forwarded-Port", "443"));
        open(p, "teacher");
        p.locator("#class-name input").fill("投影测试班");
        p.locator("#create-class").click();
        assertThat(p.locator("#join-code")).hasText(Pattern.compile("[A-Z2-9]{6}"));
        String code = p.locator("#join-code").textContent();
        String link = "https://dlf.school.example/join/" + code;
        assertThat(p.locator("#join-link")).hasAttribute("href", link);
        assertThat(p.locator("#join-qr")).hasAttribute("data-url", link);
        assertThat(decode(p.locator("#join-qr").screenshot())).isEqualTo(link);
        screenshot(p, "dashboard-qr-zh");
        String present = p.locator("#show-on-projector").getAttribute("href");
        open(p, present);
        assertThat(p.locator("#projector #join-code")).hasText(code);
        assertThat(p.locator("#projector-joined")).containsText("0");
        assertThat(decode(p.locator("#join-qr").screenshot())).isEqualTo(link);
        screenshot(p, "projector-zh");
        proxied.addCookies(List.of(new Cookie("dlf-scheme", "dark").setUrl(url(""))));
        open(p, present);
        assertThat(decode(p.locator("#join-qr").screenshot())).isEqualTo(link);
        screenshot(p, "projector-dark-zh");

        BrowserContext student = newContext("en-US", 390, 844);
        Page s = student.newPage();
        open(s, "join/" + code);
        s.locator("#join-name input").fill("Grace");
        s.locator("#join-submit").click();
        assertThat(s.locator("#join-message")).hasAttribute("data-result", "JOINED");
        assertThat(p.locator("#projector-joined")).containsText("1"); // live on the projector
        student.close();

        BrowserContext phone = newContext("en-US", 390, 844);
        Page small = phone.newPage();
        signIn(small, teacher, PASSWORD);
        open(small, present.replaceFirst("teacher/present", "teacher/class"));
        assertThat(small.locator("#join-code")).hasText(code);
        screenshot(small, "dashboard-qr-en-390");
        open(small, present);
        assertThat(small.locator("#projector-joined")).containsText("1 student has joined");
        assertThat(decode(small.locator("#join-qr").screenshot())).endsWith("/join/" + code);
        screenshot(small, "projector-en-390");
        phone.close();
        proxied.close();
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    @Test
    @Order(4)
    void a_student_gets_a_new_session_id_at_join_sees_my_class_and_leaves_it() {
        signIn(page, aTeacher(), PASSWORD);
        page.locator("#class-name input").fill("Class 9C");
        page.locator("#create-class").click();
        assertThat(page.locator("#join-code")).hasText(Pattern.compile("[A-Z2-9]{6}"));
        String code = page.locator("#join-code").textContent();

        BrowserContext student = newContext("zh-CN", 1280, 900);
        Page s = student.newPage();
        open(s, "my-class");
        assertThat(s.locator("#my-class-none")).isVisible();
        open(s, "join/" + code);
        String before = sessionId(student);
        assertThat(before).isNotEmpty();
        s.locator("#join-name input").fill("Lin <i>");
        s.locator("#join-submit").click();
        assertThat(s.locator("#join-message")).hasAttribute("data-result", "JOINED");
        String after = sessionId(student);
        assertThat(after).isNotEmpty().isNotEqualTo(before);
        // the same page keeps working on the new session: the navigation updates, a link navigates
        assertThat(s.locator("#nav-my-class")).hasAttribute("data-class", "Class 9C");
        s.locator("#join-my-class").click();
        assertThat(s.locator("#my-classes")).containsText("Lin <i>");
        assertThat(page.locator("#students-grid")).containsText("Lin <i>");
        open(s, "chapter/backpropagation");
        s.locator("#answer-training-e-after-1 input").fill("0.291027774");
        s.locator("#check-training-e-after-1").click();
        assertThat(s.locator("#feedback-training-e-after-1")).hasAttribute("data-outcome", "correct");
        assertThat(sessionId(student)).isEqualTo(after);

        open(s, "my-class");
        screenshot(s, "my-class-zh");
        s.locator(".leave-class").click();
        assertThat(s.locator("vaadin-confirm-dialog-overlay, #leave-dialog"))
                .not()
                .hasCount(0);
        screenshot(s, "my-class-leave-dialog-zh");
        s.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("退出").setExact(true))
                .click();
        assertThat(s.locator("#my-class-message")).containsText("你已退出“Class 9C”");
        assertThat(s.locator("#my-class-none")).isVisible();
        assertThat(s.locator("#nav-my-class")).not().hasAttribute("data-class", "Class 9C");
        // the grid keeps the cells of rows it no longer shows; its size is what it shows
        assertThat(page.locator("#students-grid")).hasJSProperty("size", 0);
        open(s, "chapter/backpropagation");
        assertThat(s.locator("#status-training-e-after-1")).not().isEmpty();

        BrowserContext small = newContext("en-US", 390, 844);
        Page en = small.newPage();
        open(en, "join/" + code);
        en.locator("#join-name input").fill("Margaret");
        en.locator("#join-submit").click();
        assertThat(en.locator("#join-message")).hasAttribute("data-result", "JOINED");
        open(en, "my-class");
        assertThat(en.locator("#my-classes")).containsText("Margaret");
        screenshot(en, "my-class-en-390");
        small.close();
        student.close();
    }
}
