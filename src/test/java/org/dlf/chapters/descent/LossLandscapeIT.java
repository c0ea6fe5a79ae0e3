package org.dlf.chapters.descent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** Chapter 7 as a reader uses it: the loss landscape stepped, run, clicked and driven to divergence; its exercises. */
class LossLandscapeIT extends BrowserTestBase {

    private static Locator widget(Page p) {
        return p.locator("[data-widget=loss-landscape]");
    }

    /** Points of one dataset of the landscape chart (0 contours, 1 path, 2 start, 3 now, 4 lowest). */
    private static int points(Page p, int dataset) {
        return ((Number) p.evaluate(
                        "i => document.querySelector('#descent-landscape')._chart.data.datasets[i].data.length",
                        dataset))
                .intValue();
    }

    private static void typeInto(Page p, String id, String value) {
        Locator input = p.locator("#" + id + " input");
        input.fill(value);
        input.press("Enter");
    }

    @Test
    void one_step_then_a_run_with_a_large_learning_rate_diverges_and_the_exercise_is_checked_by_the_engine() {
        open("chapter/gradient-descent");
        assertThat(page.locator("#chapter-title")).hasText("梯度下降与学习率");
        assertThat(page.locator("#descent-status")).hasText("第 0 步 · E = 2.69 · |∇E| = 2.276 · w = -1.5，b = 3");
        assertThat(page.locator("#descent-outcome")).containsText("按“走一步”或“运行”");
        page.waitForFunction(
                "() => document.querySelector('#descent-landscape')._chart.data.datasets[0].data.length > 100");
        org.assertj.core.api.Assertions.assertThat(points(page, 1)).isEqualTo(1);

        page.locator("#descent-step").click();
        assertThat(page.locator("#descent-status")).hasText("第 1 步 · E = 1.811 · |∇E| = 1.634 · w = -1.056，b = 2.901");
        assertThat(page.locator("#descent-outcome")).containsText("稳定");
        assertThat(page.locator("#descent-landscape canvas")).hasAttribute("aria-label", Pattern.compile("^损失曲面"));
        assertThat(page.locator("#descent-landscape .dlf-chart-summary"))
                .hasText("第 1 步：w = -1.056，b = 2.901，E = 1.811；最低点在 w = 0.475，b = 1.025，E = 0.008789");
        assertThat(page.locator("#descent-fit .dlf-chart-summary"))
                .hasText("w = -1.056，b = 2.901 时的直线 y = wx + b 与八个数据点；E = 1.811");
        page.waitForFunction(
                "() => document.querySelector('#descent-landscape')._chart.data.datasets[1].data.length === 2");
        screenshot(widget(page), "descent-zh-1280-step");

        typeInto(page, "descent-eta", "1");
        assertThat(page.locator("#descent-status")).containsText("第 0 步");
        page.locator("#descent-run").click();
        assertThat(page.locator("#descent-outcome")).containsText("正在发散");
        assertThat(page.locator("#descent-outcome")).containsText("27 步后发散");
        assertThat(page.locator("#descent-run")).hasText("运行");
        org.assertj.core.api.Assertions.assertThat(points(page, 1)).isEqualTo(28);
        page.waitForFunction(
                "() => document.querySelector('#descent-curve')._chart.data.datasets[0].data.length === 28");
        screenshot(widget(page), "descent-zh-1280-diverged");

        Locator answer = page.locator("#answer-descent-diverging-rate input");
        answer.fill("0.8");
        page.locator("#check-descent-diverging-rate").click();
        assertThat(page.locator("#feedback-descent-diverging-rate")).hasAttribute("data-code", "zigzag-converges");
        assertThat(page.locator("#feedback-descent-diverging-rate")).containsText("来回跳");
        answer.fill("20");
        page.locator("#check-descent-diverging-rate").click();
        assertThat(page.locator("#feedback-descent-diverging-rate")).hasAttribute("data-outcome", "invalid");
        assertThat(page.locator("#feedback-descent-diverging-rate")).containsText("0.0001 到 10");
        answer.fill("1,2");
        page.locator("#check-descent-diverging-rate").click();
        assertThat(page.locator("#feedback-descent-diverging-rate")).hasAttribute("data-outcome", "correct");
        assertThat(page.locator("#progress-gradient-descent")).hasText("1/5");
        screenshot(page, "descent-page-zh-1280");
    }

    @Test
    void a_run_at_a_good_rate_stops_at_the_bottom_and_pause_stops_a_slow_one() {
        open("chapter/gradient-descent");
        typeInto(page, "descent-eta", "0.4");
        page.locator("#descent-run").click();
        assertThat(page.locator("#descent-outcome")).containsText("13 步后到达谷底");
        assertThat(page.locator("#descent-step")).isEnabled();

        typeInto(page, "descent-eta", "0.05");
        page.locator("#descent-run").click();
        assertThat(page.locator("#descent-run")).hasText("暂停");
        assertThat(page.locator("#descent-step")).isDisabled();
        assertThat(page.locator("#descent-outcome")).containsText("太慢");
        page.locator("#descent-run").click();
        assertThat(page.locator("#descent-run")).hasText("运行");
        String stopped = page.locator("#descent-status").textContent();
        page.locator("#descent-reset").click();
        assertThat(page.locator("#descent-status")).containsText("第 0 步");
        org.assertj.core.api.Assertions.assertThat(stopped).doesNotContain("第 0 步");
    }

    @Test
    void english_a_click_sets_the_start_the_form_does_the_same_by_keyboard_and_online_steps_wander() {
        BrowserContext en = newContext("en-US", 1280, 900);
        Page p = en.newPage();
        open(p, "chapter/gradient-descent");
        assertThat(p.locator("#chapter-title")).hasText("Gradient Descent and the Learning Rate");
        assertThat(p.locator("#descent-status")).hasText("Step 0 · E = 2.69 · |∇E| = 2.276 · w = -1.5, b = 3");
        p.waitForFunction("() => !!document.querySelector('#descent-landscape')._chart");
        Locator canvas = p.locator("#descent-landscape canvas");
        canvas.scrollIntoViewIfNeeded();
        BoundingBox box = canvas.boundingBox();
        double px = ((Number) p.evaluate(
                        "() => document.querySelector('#descent-landscape')._chart.scales.x.getPixelForValue(2)"))
                .doubleValue();
        double py = ((Number) p.evaluate(
                        "() => document.querySelector('#descent-landscape')._chart.scales.y.getPixelForValue(-1)"))
                .doubleValue();
        p.mouse().click(box.x + px, box.y + py);
        assertThat(p.locator("#descent-status")).not().containsText("w = -1.5");
        double w = Double.parseDouble(p.locator("#descent-start-w input").inputValue());
        double b = Double.parseDouble(p.locator("#descent-start-b input").inputValue());
        org.assertj.core.api.Assertions.assertThat(w).isCloseTo(2, org.assertj.core.api.Assertions.within(0.05));
        org.assertj.core.api.Assertions.assertThat(b).isCloseTo(-1, org.assertj.core.api.Assertions.within(0.05));

        typeInto(p, "descent-start-w", "9");
        assertThat(p.locator("#descent-message"))
                .hasText("Start inside the picture: w from -2.5 to 3.5, b from -2 to 4.");
        typeInto(p, "descent-start-w", "-2");
        typeInto(p, "descent-start-b", "-1.5");
        assertThat(p.locator("#descent-message")).isHidden();
        assertThat(p.locator("#descent-status")).hasText(Pattern.compile("Step 0 · E = .* · w = -2, b = -1.5"));

        p.locator("#descent-batch").click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("1 point (online)"))
                .click();
        for (int i = 0; i < 6; i++) p.locator("#descent-step").click();
        assertThat(p.locator("#descent-status")).containsText("Step 6");
        assertThat(p.locator("#descent-outcome")).containsText("only 1 of the 8 points");
        screenshot(widget(p), "descent-en-1280-online");
        en.close();
    }

    @Test
    void at_390_px_and_dark_the_widget_fits_and_the_vanishing_gradients_show_in_chapter_8() {
        BrowserContext phone = newContext("en-US", 390, 844);
        Page p = phone.newPage();
        open(p, "chapter/gradient-descent");
        p.locator("#descent-step").click();
        assertThat(p.locator("#descent-status")).containsText("Step 1");
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow)
                .as("page scrolls sideways at 390 px")
                .isEqualTo(false);
        screenshot(widget(p), "descent-en-390");
        screenshot(p, "descent-page-en-390");
        p.locator("#scheme-toggle").click();
        assertThat(p.locator("html")).hasAttribute("theme", Pattern.compile(".*dark.*"));
        screenshot(widget(p), "descent-en-390-dark");

        open(p, "chapter/backpropagation");
        Locator vanishing = p.locator("[data-widget=vanishing-gradients]");
        assertThat(p.locator("#vanishing-summary")).containsText("With 6 hidden layers of 4 neurons");
        assertThat(p.locator("#vanishing-summary"))
                .containsText(
                        "the output layer's gradients are this many times the first hidden layer's: sigmoid 29000; ReLU 9.7.");
        p.waitForFunction("() => document.querySelector('#vanishing-chart')._chart.data.datasets.length === 2");
        assertThat(p.locator("#vanishing-chart canvas")).hasAttribute("aria-label", Pattern.compile("^The mean size"));
        assertThat(p.locator("#vanishing-chart .dlf-chart-summary"))
                .hasText(Pattern.compile(
                        "^Mean \\|∂E/∂w\\| from the first hidden layer to the output layer \\(7 layers\\)\\. "
                                + "sigmoid: \\S+( · \\S+){6}\\. ReLU: \\S+( · \\S+){6}\\.$"));
        vanishing.scrollIntoViewIfNeeded();
        screenshot(vanishing, "vanishing-en-390-dark");
        typeInto(p, "vanishing-layers", "2");
        assertThat(p.locator("#vanishing-summary")).containsText("With 2 hidden layers");
        typeInto(p, "vanishing-layers", "9");
        assertThat(p.locator("#vanishing-message")).hasText("Choose from 2 to 6 hidden layers.");
        phone.close();

        BrowserContext zh = newContext("zh-CN", 390, 844);
        Page z = zh.newPage();
        open(z, "chapter/gradient-descent");
        z.locator("#scheme-toggle").click();
        assertThat(z.locator("html")).hasAttribute("theme", Pattern.compile(".*dark.*"));
        z.locator("#descent-step").click();
        assertThat(z.locator("#descent-status")).containsText("第 1 步");
        org.assertj.core.api.Assertions.assertThat(
                        z.evaluate("() => document.documentElement.scrollWidth > window.innerWidth"))
                .as("zh page scrolls sideways at 390 px")
                .isEqualTo(false);
        screenshot(z, "descent-page-zh-390-dark");
        open(z, "chapter/backpropagation");
        assertThat(z.locator("#vanishing-summary")).containsText("有 6 个各含 4 个神经元的隐藏层时");
        z.waitForFunction("() => document.querySelector('#vanishing-chart')._chart.data.datasets.length === 2");
        z.locator("[data-widget=vanishing-gradients]").scrollIntoViewIfNeeded();
        screenshot(z.locator("[data-widget=vanishing-gradients]"), "vanishing-zh-390-dark");
        zh.close();

        open("chapter/backpropagation");
        Locator check = page.locator("#answer-backprop-gradient-check input");
        check.fill("0.0821670406");
        page.locator("#check-backprop-gradient-check").click();
        assertThat(page.locator("#feedback-backprop-gradient-check")).hasAttribute("data-code", "backprop-value");
        check.fill("0.0821610");
        page.locator("#check-backprop-gradient-check").click();
        assertThat(page.locator("#feedback-backprop-gradient-check")).hasAttribute("data-outcome", "correct");
        screenshot(page.locator("[data-widget=vanishing-gradients]"), "vanishing-zh-1280");
    }
}
