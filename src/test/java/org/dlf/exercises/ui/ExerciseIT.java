package org.dlf.exercises.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.dlf.BrowserTestBase;
import org.dlf.exercises.Computation;
import org.dlf.exercises.Computations;
import org.dlf.exercises.VariantGenerator;
import org.junit.jupiter.api.Test;

/** A learner answers wrong (and is told which mistake), then right; after a reload the progress is still shown. */
class ExerciseIT extends BrowserTestBase {

    @Test
    void a_named_mistake_then_the_right_answer_and_the_progress_survives_a_reload() {
        open("chapter/backpropagation");
        var field = page.locator("#answer-training-e-after-1 input");
        field.fill("0.291027924");
        page.locator("#check-training-e-after-1").click();
        assertThat(page.locator("#feedback-training-e-after-1")).containsText("0.291027924");
        assertThat(page.locator("#feedback-training-e-after-1")).hasAttribute("data-code", "updated-output-weights");
        page.locator("#hint-training-e-after-1").click();
        assertThat(page.locator("#hints-training-e-after-1")).containsText("0.149780716");
        field.fill(" ０.２９１０２７７７４ ");
        page.locator("#check-training-e-after-1").click();
        assertThat(page.locator("#feedback-training-e-after-1")).hasAttribute("data-outcome", "correct");
        assertThat(page.locator("#solution-training-e-after-1")).isVisible();
        assertThat(page.locator("#progress-backpropagation")).hasText("1/6");
        screenshot(page, "exercise-zh");

        page.reload();
        open("chapter/backpropagation");
        assertThat(page.locator("#status-training-e-after-1")).containsText("已完成");
        assertThat(page.locator("#solution-training-e-after-1")).isVisible();
        open("");
        assertThat(page.locator("#card-backpropagation #progress-backpropagation"))
                .hasText("1/6");
    }

    @Test
    void a_learner_gets_their_own_numbers_and_bad_input_gets_a_clear_message() {
        BrowserContext en = newContext("en-US", 390, 844);
        Page p = en.newPage();
        open(p, "chapter/forward-propagation");
        UUID learner = UUID.fromString(en.cookies().stream()
                .filter(c -> c.name.equals("dlf-learner"))
                .map(c -> c.value)
                .findFirst()
                .orElseThrow());
        var variant = VariantGenerator.forLearner(learner, "forward-out-o1", Computation.FORWARD_OUT_O1, 1e-6);
        assertThat(p.locator("#exercise-forward-out-o1"))
                .containsText("w₁ = " + variant.values().get("w1"));
        var field = p.locator("#answer-forward-out-o1 input");
        field.fill("1,234.5");
        p.locator("#check-forward-out-o1").click();
        assertThat(p.locator("#feedback-forward-out-o1")).hasAttribute("data-code", "invalid.ambiguous-separator");
        field.fill("0.75136079");
        p.locator("#check-forward-out-o1").click();
        assertThat(p.locator("#feedback-forward-out-o1")).containsText("0.75136079");
        screenshot(p, "exercise-en-390");
        field.fill(String.valueOf(
                Computations.evaluate(Computation.FORWARD_OUT_O1, variant).answer()));
        p.locator("#check-forward-out-o1").click();
        assertThat(p.locator("#feedback-forward-out-o1")).hasText("Correct!");
        assertThat(p.locator("#exercise-forward-out-o1 .exercise-solution")).isVisible();
        p.locator("#exercise-forward-order").scrollIntoViewIfNeeded();
        screenshot(p, "exercise-en-390-solved");
        en.close();
    }

    /** Clicks a move button and waits until the server has re-rendered the list in the expected order. */
    private static void move(Page p, String button, String expected) {
        p.locator(button).click();
        p.waitForFunction(
                "e => [...document.querySelectorAll('#answer-forward-order li')].map(l => l.dataset.id).join() === e",
                expected);
    }

    @Test
    void ordering_and_classification_are_operable_with_buttons_and_selects() {
        BrowserContext en = newContext("en-US", 1280, 900);
        Page p = en.newPage();
        open(p, "chapter/forward-propagation");
        // initial order e, b, d, a, c → a, b, c, d, e
        move(p, "#down-e", "b,e,d,a,c");
        move(p, "#down-e", "b,d,e,a,c");
        move(p, "#down-e", "b,d,a,e,c");
        move(p, "#down-e", "b,d,a,c,e");
        move(p, "#up-a", "b,a,d,c,e");
        move(p, "#up-a", "a,b,d,c,e");
        move(p, "#up-c", "a,b,c,d,e");
        p.locator("#check-forward-order").click();
        assertThat(p.locator("#feedback-forward-order")).hasAttribute("data-outcome", "correct");
        open(p, "chapter/ai-ml-dl");
        p.locator("#check-ai-ml-dl-classify").click();
        assertThat(p.locator("#feedback-ai-ml-dl-classify")).hasAttribute("data-code", "invalid.unclassified");
        screenshot(p, "exercise-classify-en");
        en.close();
    }

    @Test
    void a_train_goal_is_checked_from_the_engine_state_on_the_server_and_the_defaults_do_not_pass_it() {
        open("chapter/perceptron");
        page.locator("#check-perceptron-train-or").click();
        assertThat(page.locator("#feedback-perceptron-train-or")).hasAttribute("data-outcome", "not_ready");
        page.locator("#perceptron-speed").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("快（40 个样本/秒）"))
                .click();
        page.locator("#perceptron-run").click();
        assertThat(page.locator("#perceptron-outcome")).containsText("经过 4 轮后收敛");
        page.locator("#check-perceptron-train-or").click();
        assertThat(page.locator("#feedback-perceptron-train-or")).hasAttribute("data-code", "goal.custom");

        // a class −1 point just below the segment from (0, 1) to (1, 0): still separable, tiny margin
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("类别 −1"))
                .check();
        page.locator("#perceptron-plot")
                .evaluate("el => el.dispatchEvent(new CustomEvent('dlf-chart-click', {detail: {x: 0.45, y: 0.45}}))");
        page.locator("#perceptron-run").click();
        assertThat(page.locator("#perceptron-outcome")).containsText("经过 12 轮后收敛");
        page.locator("#check-perceptron-train-or").click();
        assertThat(page.locator("#feedback-perceptron-train-or")).hasAttribute("data-outcome", "correct");
    }

    @Test
    void choices_are_answered_with_radio_buttons_and_checkboxes_and_a_forged_choice_is_refused() {
        BrowserContext en = newContext("en-US", 1280, 900);
        Page p = en.newPage();
        open(p, "chapter/mlp");
        var boxes = p.locator("#answer-mlp-linear-stack");
        assertThat(boxes.locator("vaadin-checkbox")).hasCount(5);
        assertThat(boxes.locator("vaadin-checkbox").first())
                .containsText("A composition of linear functions is linear");
        boxes.locator("vaadin-checkbox[value='0'] input").check();
        boxes.locator("vaadin-checkbox[value='3'] input").check();
        p.locator("#check-mlp-linear-stack").click();
        assertThat(p.locator("#feedback-mlp-linear-stack")).not().hasAttribute("data-outcome", "correct");
        boxes.locator("vaadin-checkbox[value='3'] input").uncheck();
        boxes.locator("vaadin-checkbox[value='1'] input").check();
        boxes.locator("vaadin-checkbox[value='2'] input").check();
        p.locator("#check-mlp-linear-stack").click();
        assertThat(p.locator("#feedback-mlp-linear-stack")).hasAttribute("data-outcome", "correct");
        screenshot(p, "exercise-checkboxes-en");

        open(p, "chapter/perceptron");
        var radios = p.locator("#answer-perceptron-update-direction");
        assertThat(radios.locator("vaadin-radio-button")).hasCount(4);
        // a tampered browser claims an option that does not exist: the server keeps its own (empty) value
        p.evaluate("() => { const g = document.querySelector('#answer-perceptron-update-direction');"
                + " g.value = '9'; g.dispatchEvent(new CustomEvent('value-changed', {detail: {value: '9'}})); }");
        p.locator("#check-perceptron-update-direction").click();
        assertThat(p.locator("#feedback-perceptron-update-direction")).not().hasAttribute("data-outcome", "correct");
        radios.locator("vaadin-radio-button[value='0'] input").check();
        p.locator("#check-perceptron-update-direction").click();
        assertThat(p.locator("#feedback-perceptron-update-direction")).hasAttribute("data-outcome", "correct");
        screenshot(p, "exercise-radio-en");
    }
}
