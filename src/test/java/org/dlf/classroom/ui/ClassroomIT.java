package org.dlf.classroom.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.dlf.security.TeacherAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Classroom mode end to end: sign-in rules, a class, two students joining and answering, the dashboard. */
class ClassroomIT extends BrowserTestBase {

    private static final String PASSWORD = "correct-horse-7";

    @Autowired
    TeacherAccounts teachers;

    private final String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void aTeacher() {
        teachers.create(teacher, PASSWORD);
    }

    private String sessionId(BrowserContext c) {
        return c.cookies().stream()
                .filter(k -> k.name.equals("JSESSIONID"))
                .map(k -> k.value)
                .findFirst()
                .orElse("");
    }

    private void signIn(Page p) {
        signInAsTeacher(p, teacher, PASSWORD);
        assertThat(p.locator("#teacher-classes")).isVisible();
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_from_teacher_pages_but_read_the_course() {
        open("teacher");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#login-form")).isVisible();
        open("teacher/class/1");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        open("chapter/backpropagation");
        assertThat(page.locator("#check-training-e-after-1")).isVisible();
        open("glossary");
        assertThat(page).hasURL(Pattern.compile(".*/glossary$"));
    }

    @Test
    void the_session_id_changes_at_sign_in_and_a_wrong_password_is_refused() {
        open("login");
        page.locator("#login-form input[name=username]").fill(teacher);
        page.locator("#login-form input[name=password]").fill("wrong-password");
        page.locator("#login-form vaadin-button[slot=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        open("login");
        String before = sessionId(context);
        assertThat(before).isNotEmpty();
        signIn(page);
        String after = sessionId(context);
        assertThat(after).isNotEmpty().isNotEqualTo(before);
    }

    @Test
    void two_students_join_answer_and_appear_on_the_dashboard_and_in_the_csv() {
        open("login");
        signIn(page);
        page.locator("#class-name input").fill("Class 3B <i>");
        page.locator("#create-class").click();
        assertThat(page.locator("#join-code")).hasText(Pattern.compile("[A-Z2-9]{6}"));
        String code = page.locator("#join-code").textContent();
        assertThat(page.locator("#join-link")).hasAttribute("href", url("join/" + code));

        BrowserContext one = newContext("zh-CN", 1280, 900);
        Page ada = one.newPage();
        open(ada, "join/" + code);
        ada.locator("#join-name input").fill("Ada <b>");
        ada.locator("#join-submit").click();
        assertThat(ada.locator("#join-message")).hasAttribute("data-result", "JOINED");
        open(ada, "chapter/backpropagation");
        ada.locator("#answer-training-e-after-1 input").fill("0.291027774");
        ada.locator("#check-training-e-after-1").click();
        assertThat(ada.locator("#feedback-training-e-after-1")).hasAttribute("data-outcome", "correct");

        BrowserContext two = newContext("en-US", 390, 844);
        Page bo = two.newPage();
        open(bo, "join");
        bo.locator("#join-code-field input").fill(code.toLowerCase());
        bo.locator("#join-name input").fill("ada <B>");
        bo.locator("#join-submit").click();
        assertThat(bo.locator("#join-message")).hasAttribute("data-result", "NAME_TAKEN");
        bo.locator("#join-name input").fill("Bo");
        bo.locator("#join-submit").click();
        assertThat(bo.locator("#join-message")).hasAttribute("data-result", "JOINED");
        screenshot(bo, "classroom-join-en-390");
        open(bo, "chapter/backpropagation");
        bo.locator("#answer-training-e-after-1 input").fill("0.291027924");
        bo.locator("#check-training-e-after-1").click();
        assertThat(bo.locator("#feedback-training-e-after-1")).hasAttribute("data-code", "updated-output-weights");

        var students = page.locator("#students-grid");
        assertThat(students).containsText("Ada <b>");
        assertThat(students).containsText("Bo");
        // titles and named mistakes in words, in the teacher's language, not ids
        assertThat(page.locator("#exercises-grid")).containsText("训练一步后的误差");
        assertThat(page.locator("#mistakes-grid")).containsText("用了已更新的 w₅…w₈");
        screenshot(page, "classroom-dashboard-zh");

        // filters: a name part in any case, then one chapter, then only who needs help
        page.locator("#filter-name input").fill("ADA");
        assertThat(students).hasJSProperty("size", 1);
        page.locator("#filter-name input").fill("");
        assertThat(students).hasJSProperty("size", 2);
        page.locator("#filter-chapter").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("单层感知机"))
                .click();
        assertThat(page.locator("#exercises-grid")).hasJSProperty("size", 0); // nobody tried chapter 4 yet
        assertThat(page.locator("#mistakes-grid")).hasJSProperty("size", 0);
        page.locator("#filter-help").click();
        assertThat(students).hasJSProperty("size", 0); // nobody is stuck or diverged
        screenshot(page, "classroom-dashboard-filters-zh");

        String href = page.locator("#csv-export").getAttribute("href");
        APIResponse csv = page.request().get(url(href));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("\"Ada <b>\"").contains("\"Bo\"");
        APIResponse perExercise =
                page.request().get(url(page.locator("#csv-exercises").getAttribute("href")));
        assertThat(perExercise.text())
                .contains("\"student\",\"chapter\",\"exercise_id\",\"exercise_title\"")
                .contains("\"Bo\",\"backpropagation\",\"training-e-after-1\",\"训练一步后的误差\",\"0\",\"1\"");

        page.locator("#close-class").click();
        assertThat(page.locator("#class-state")).hasAttribute("data-open", "false");
        one.close();
        two.close();
    }
}
