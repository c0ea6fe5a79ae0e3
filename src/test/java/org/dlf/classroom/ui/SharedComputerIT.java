package org.dlf.classroom.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.dlf.classroom.ClassResults;
import org.dlf.classroom.ClassSummary;
import org.dlf.classroom.ClassroomService;
import org.dlf.security.TeacherAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lab PC shared by two students, in the browser: Ada joins and answers; Bo sits down, is told the PC is
 * Ada's, hands it over and joins as himself without touching Ada's progress; Ada continues on another
 * device, and after clearing her cookies, with her resume code; the teacher shows and renews it.
 */
class SharedComputerIT extends BrowserTestBase {

    private static final String PASSWORD = "shared-lab-pc-1";

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    ClassroomService classrooms;

    private String learnerCookie(BrowserContext c) {
        return c.cookies().stream()
                .filter(k -> k.name.equals("dlf-learner"))
                .map(k -> k.value)
                .findFirst()
                .orElse("");
    }

    private void answer(Page p) {
        open(p, "chapter/backpropagation");
        p.locator("#answer-training-e-after-1 input").fill("0.291027774");
        p.locator("#check-training-e-after-1").click();
        assertThat(p.locator("#feedback-training-e-after-1")).hasAttribute("data-outcome", "correct");
    }

    private void join(Page p, String code, String name, String result) {
        open(p, "join/" + code);
        p.locator("#join-name input").fill(name);
        p.locator("#join-submit").click();
        assertThat(p.locator("#join-message")).hasAttribute("data-result", result);
    }

    private void resume(Page p, String code) {
        open(p, "join");
        p.locator("#resume-code-field input").fill(code);
        p.locator("#resume-submit").click();
        p.waitForURL(Pattern.compile(".*/my-class$"));
        assertThat(p.locator("#my-classes")).containsText("Ada");
    }

    @Test
    void the_next_student_hands_the_pc_over_and_ada_resumes_elsewhere_with_her_code() {
        String teacher = "t-" + UUID.randomUUID().toString().substring(0, 8);
        teachers.create(teacher, PASSWORD);
        ClassSummary c = classrooms.create(teacher, "Lab 4");

        BrowserContext pc = newContext("en-US", 1280, 900);
        Page lab = pc.newPage();
        join(lab, c.code(), "Ada", "JOINED");
        String code = lab.locator("#join-resume-code").textContent();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        screenshot(lab, "join-resume-code-en");
        String ada = learnerCookie(pc);
        answer(lab);

        // Bo sits down: the PC says whose it is, and the look-alike of a taken name is refused
        open(lab, "join/" + c.code());
        assertThat(lab.locator("#identity-name")).containsText("Ada");
        lab.locator("#join-name input").fill("Bo");
        lab.locator("#join-submit").click();
        assertThat(lab.locator("#join-message")).hasAttribute("data-result", "ALREADY_MEMBER");
        screenshot(lab, "join-already-member-en");
        lab.locator("#hand-over").click();
        assertThat(lab.locator("vaadin-confirm-dialog-overlay, #hand-over-dialog"))
                .not()
                .hasCount(0);
        screenshot(lab, "hand-over-dialog-en");
        lab.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Start fresh").setExact(true))
                .click();
        lab.waitForURL(Pattern.compile(".*/join$"));
        assertThat(lab.locator("#join-name")).isVisible(); // the new page is there (its bootstrap set the cookie)
        assertThat(lab.locator("#identity")).isHidden();
        assertThat(learnerCookie(pc)).isNotEmpty().isNotEqualTo(ada);
        join(lab, c.code(), "\u0410da", "NAME_TAKEN"); // a Cyrillic А
        assertThat(lab.locator("#join-message")).containsText("already uses this name");
        join(lab, c.code(), "Bo", "JOINED");
        ClassResults results = classrooms.results(teacher, c.id());
        assertThat(results.students())
                .extracting(ClassResults.Student::name, ClassResults.Student::solved)
                .containsExactly(tuple("Ada", 1), tuple("Bo", 0));

        // Ada on her phone, in Chinese: the resume code makes it Ada again, progress and all
        BrowserContext phone = newContext("zh-CN", 390, 844);
        Page mine = phone.newPage();
        open(mine, "join");
        screenshot(mine, "join-resume-form-zh-390");
        resume(mine, code);
        assertThat(learnerCookie(phone)).isEqualTo(ada);
        open(mine, "chapter/backpropagation");
        assertThat(mine.locator("#status-training-e-after-1")).hasClass(Pattern.compile(".*\\bsolved\\b.*"));
        open(mine, "my-class");
        mine.locator("#show-resume-code-" + c.id()).click();
        assertThat(mine.locator("#resume-code-" + c.id())).hasText(code);
        screenshot(mine, "my-class-resume-code-zh-390");

        // the teacher shows Ada's code and gives her a new one: the old one stops working
        BrowserContext desk = newContext("zh-CN", 1280, 900);
        Page t = desk.newPage();
        open(t, "login");
        signInAsTeacher(t, teacher, PASSWORD);
        open(t, "teacher/class/" + c.id());
        t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("显示 Ada 的恢复码"))
                .click();
        assertThat(t.locator("#resume-code-value")).hasText(code);
        screenshot(t, "dashboard-resume-code-zh");
        t.locator("#resume-code-new").click();
        assertThat(t.locator("#resume-code-status")).containsText("旧码已失效");
        String renewed = t.locator("#resume-code-value").textContent();
        assertThat(renewed).isNotEqualTo(code);

        // Ada clears her cookies on the phone: the old code is refused, the new one works
        phone.clearCookies();
        open(mine, "join");
        mine.locator("#resume-code-field input").fill(code);
        mine.locator("#resume-submit").click();
        assertThat(mine.locator("#resume-message")).hasAttribute("data-result", "UNKNOWN_CODE");
        resume(mine, renewed);
        assertThat(learnerCookie(phone)).isEqualTo(ada);
        desk.close();
        phone.close();
        pc.close();
    }
}
