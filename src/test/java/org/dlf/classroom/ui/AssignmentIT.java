package org.dlf.classroom.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/**
 * Assignment settings end to end: the teacher closes a chapter, locks η = 0.1 and seed 7 on the MLP trainer
 * and turns solutions off; students of the class see the closed chapter, the locked controls and no solution.
 */
class AssignmentIT extends BrowserTestBase {

    private static final String PASSWORD = "correct-horse-7";

    @Autowired
    TeacherAccounts teachers;

    private final String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void aTeacher() {
        teachers.create(teacher, PASSWORD);
    }

    private String createClass() {
        open("login");
        signInAsTeacher(page, teacher, PASSWORD);
        page.locator("#class-name input").fill("Assignment class");
        page.locator("#create-class").click();
        assertThat(page.locator("#join-code")).hasText(Pattern.compile("[A-Z2-9]{6}"));
        return page.locator("#join-code").textContent();
    }

    private void setUp() {
        page.locator("#assignment-settings vaadin-details-summary").click();
        page.locator("#assignment-chapters vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("反向传播"))
                .locator("input")
                .uncheck();
        page.locator("#assignment-solutions input").uncheck();
        page.locator("#lock-mlp-trainer-learningRate input").check();
        page.locator("#value-mlp-trainer-learningRate input").fill("50");
        page.locator("#lock-mlp-trainer-seed input").check();
        page.locator("#value-mlp-trainer-seed input").fill("7");
        page.locator("#lock-perceptron-trainer-dataset input").check(); // offers the widget's own start: OR
        page.locator("#lock-perceptron-trainer-start input").check(); // a locked radio group
        assertThat(page.locator("#value-perceptron-trainer-dataset")).containsText("OR");
        page.locator("#assignment-save").click();
        Locator status = page.locator("#assignment-status");
        assertThat(status).hasAttribute("data-state", "invalid");
        assertThat(page.locator("#value-mlp-trainer-learningRate")).hasAttribute("invalid", "");
        assertThat(page.locator("#value-mlp-trainer-learningRate")).containsText("0.0001 到 10");
        page.locator("#value-mlp-trainer-learningRate input").fill("0.10");
        page.locator("#assignment-save").click();
        assertThat(status).hasAttribute("data-state", "saved");
        assertThat(page.locator("#value-mlp-trainer-learningRate input")).hasValue("0.1");
        page.locator("#lock-mlp-trainer-learningRate").scrollIntoViewIfNeeded();
        screenshot(page, "assignment-teacher-zh");
        screenshot(page.locator("#assignment-settings"), "assignment-panel-zh");
        page.setViewportSize(390, 844);
        screenshot(page.locator("#assignment-settings"), "assignment-panel-zh-390");
        page.setViewportSize(1280, 900);
    }

    private Page join(BrowserContext context, String code, String name) {
        Page p = context.newPage();
        open(p, "join/" + code);
        p.locator("#join-name input").fill(name);
        p.locator("#join-submit").click();
        assertThat(p.locator("#join-message")).hasAttribute("data-result", "JOINED");
        return p;
    }

    @Test
    void students_see_the_closed_chapter_the_locked_parameters_and_no_solution() {
        String code = createClass();
        BrowserContext en = newContext("en-US", 1280, 900);
        Page ada = join(en, code, "Ada");
        open(ada, "chapter/backpropagation");
        assertThat(ada.locator("#check-training-e-after-1")).isVisible(); // nothing set yet: all open
        setUp(); // the rules apply from the student's next page on

        open(ada, "chapter/backpropagation");
        assertThat(ada.locator("#chapter-closed")).containsText("Your teacher has not opened this chapter yet");
        assertThat(ada.locator("#check-training-e-after-1")).hasCount(0);
        assertThat(ada.locator("#chapter .widget")).hasCount(0);
        assertThat(ada.locator("#chapter-nav .nav-lock:not([hidden])")).hasCount(1);
        screenshot(ada, "assignment-closed-en");

        open(ada, "chapter/mlp");
        Locator rate = ada.locator("#mlp-learning-rate");
        assertThat(rate.locator("input")).hasValue("0.1");
        assertThat(rate).hasAttribute("readonly", "");
        assertThat(rate).containsText("Set by your teacher");
        assertThat(ada.locator("#mlp-seed input")).hasValue("7");
        assertThat(ada.locator("#mlp-seed")).hasAttribute("readonly", "");
        assertThat(ada.locator("#mlp-neurons")).not().hasAttribute("readonly", "");
        assertThat(ada.locator("#solutions-off-mlp-train-xor"))
                .hasText("Your teacher has turned solutions off for this class.");
        assertThat(ada.locator("#reveal-mlp-train-xor")).isHidden();
        assertThat(ada.locator("#solution-mlp-train-xor")).isHidden();
        rate.scrollIntoViewIfNeeded();
        screenshot(ada, "assignment-locked-en");
        ada.locator("#solutions-off-mlp-train-xor").scrollIntoViewIfNeeded();
        screenshot(ada, "assignment-solutions-off-en");

        open(ada, "chapter/perceptron");
        assertThat(ada.locator("#perceptron-dataset")).hasAttribute("readonly", "");
        assertThat(ada.locator("#perceptron-dataset")).containsText("Set by your teacher");
        // a forged choice from the browser is refused: the locked select shows the teacher's data set again
        Locator locked = ada.locator("#perceptron-dataset");
        Object teachers = locked.evaluate("el => el.value");
        locked.evaluate("el => { el.value = el.value === '0' ? '1' : '0'; }");
        assertThat(locked).hasJSProperty("value", teachers);
        assertThat(ada.locator("#perceptron-click-class")).isHidden();
        // a locked radio group keeps its note beside its options (the options are not its innerHTML)
        assertThat(ada.locator("#perceptron-start")).hasAttribute("readonly", "");
        assertThat(ada.locator("#perceptron-start")).containsText("Set by your teacher");
        assertThat(ada.locator("#perceptron-start vaadin-radio-button")).hasCount(2);
        assertThat(ada.locator("#perceptron-start vaadin-radio-button[checked]"))
                .hasCount(1);
        assertThat(ada.locator("#perceptron-learning-rate")).not().hasAttribute("readonly", "");

        open(ada, "");
        assertThat(ada.locator("#card-backpropagation")).containsText("Not opened yet");
        screenshot(ada, "assignment-home-en");

        BrowserContext small = newContext("zh-CN", 390, 844);
        Page lin = join(small, code, "林");
        open(lin, "chapter/backpropagation");
        assertThat(lin.locator("#chapter-closed")).containsText("老师尚未开放本章");
        screenshot(lin, "assignment-closed-zh-390");
        open(lin, "chapter/mlp");
        assertThat(lin.locator("#mlp-learning-rate")).containsText("由老师设定");
        lin.locator("#mlp-learning-rate").scrollIntoViewIfNeeded();
        screenshot(lin, "assignment-locked-zh-390");
        open(lin, "chapter/perceptron");
        assertThat(lin.locator("#perceptron-start")).containsText("由老师设定");
        assertThat(lin.locator("#perceptron-start vaadin-radio-button")).hasCount(2);
        lin.locator("#perceptron-start").scrollIntoViewIfNeeded();
        screenshot(lin, "assignment-locked-radio-zh-390");

        BrowserContext outsider = newContext("en-US", 1280, 900);
        Page bo = outsider.newPage();
        open(bo, "chapter/backpropagation");
        assertThat(bo.locator("#check-training-e-after-1")).isVisible();
        open(bo, "chapter/mlp");
        assertThat(bo.locator("#mlp-learning-rate")).not().hasAttribute("readonly", "");
        en.close();
        small.close();
        outsider.close();
    }

    @Test
    void closing_the_class_stops_new_members_and_its_members_keep_its_rules() {
        String code = createClass();
        BrowserContext en = newContext("en-US", 1280, 900);
        Page ada = join(en, code, "Ada");
        setUp();
        page.locator("#close-class").click();
        assertThat(page.locator("#class-state")).hasAttribute("data-open", "false");
        assertThat(page.locator("#close-class")).isDisabled();
        assertThat(page.locator("#class-closed-note")).containsText("作业设置对他们继续有效");
        screenshot(page, "assignment-class-closed-zh");

        open(ada, "chapter/backpropagation");
        assertThat(ada.locator("#chapter-closed")).containsText("Your teacher has not opened this chapter yet");
        open(ada, "chapter/mlp");
        assertThat(ada.locator("#mlp-learning-rate input")).hasValue("0.1");
        assertThat(ada.locator("#mlp-learning-rate")).hasAttribute("readonly", "");
        assertThat(ada.locator("#solutions-off-mlp-train-xor")).isVisible();
        assertThat(ada.locator("#reveal-mlp-train-xor")).isHidden();

        BrowserContext late = newContext("en-US", 1280, 900);
        Page bo = late.newPage();
        open(bo, "join/" + code);
        bo.locator("#join-name input").fill("Bo");
        bo.locator("#join-submit").click();
        assertThat(bo.locator("#join-message")).hasAttribute("data-result", "CLOSED");
        en.close();
        late.close();
    }
}
