package org.dlf.chapters.perceptron;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerceptronTrainerIT extends BrowserTestBase {

    private void choose(Page p, String select, String label) {
        p.locator(select).click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true))
                .click();
    }

    private void chooseDataset(Page p, String label) {
        choose(p, "#perceptron-dataset", label);
    }

    @Test
    void or_converges_after_4_epochs_and_xor_stops_at_M_as_not_linearly_separable() {
        open("chapter/perceptron");
        Locator outcome = page.locator("#perceptron-outcome");
        page.locator("#perceptron-outcome").scrollIntoViewIfNeeded();
        assertThat(outcome).containsText("准备就绪");
        page.locator("#perceptron-step").click();
        assertThat(page.locator("#perceptron-readout")).containsText("分错");
        choose(page, "#perceptron-speed", "快（40 个样本/秒）");
        // the speed is part of the page's link, like every setting
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*perceptron-trainer\\.speed=fast.*"));
        page.locator("#perceptron-run").click();
        assertThat(outcome).containsText("经过 4 轮后收敛");
        assertThat(page.locator("#perceptron-readout")).containsText("[-1.000, 1.000, 1.000]");
        screenshot(page, "perceptron-zh-1280");

        chooseDataset(page, "XOR（异或）");
        page.locator("#perceptron-run").click();
        assertThat(outcome).containsText("达到 M = 100 轮仍未收敛");
        assertThat(outcome).containsText("不是线性可分");
        assertThat(page.locator("#perceptron-run")).hasText("运行");
    }

    @Test
    void a_learning_rate_out_of_range_is_refused_with_a_message() {
        open("chapter/perceptron");
        Locator rate = page.locator("#perceptron-learning-rate input");
        rate.fill("5");
        rate.press("Enter");
        Locator message = page.locator("#perceptron-message");
        assertThat(message).containsText("学习率必须是");
        // while the form shows a value the trainer refused, it does not train
        page.locator("#perceptron-run").click();
        idle(page);
        assertThat(page.locator("#perceptron-run")).hasText("运行");
        assertThat(message).containsText("学习率必须是");
        assertThat(page.locator("#perceptron-counter")).hasText("第 0 轮 · 已训练 0 个样本");
    }

    @ParameterizedTest
    @CsvSource({
        "zh-CN, 类别 +1|类别 −1|决策边界|当前样本, 自定义（自己放置的点）, 尽可能快, 运行",
        "en-US, class +1|class −1|decision line|current sample, Custom (my own points), As fast as possible, Play"
    })
    void the_legend_names_what_is_drawn_and_a_clicked_point_makes_the_data_set_custom(
            String locale, String legend, String custom, String fastest, String play) {
        Page p = openIn(locale, 1280, 900, "chapter/perceptron");
        Locator plot = p.locator("#perceptron-plot");
        plot.scrollIntoViewIfNeeded();
        p.waitForFunction("() => !!document.querySelector('#perceptron-plot')._chart");
        @SuppressWarnings("unchecked")
        java.util.List<String> items =
                (java.util.List<String>) plot.evaluate("e => e._chart.legend.legendItems.map(i => i.text)");
        org.assertj.core.api.Assertions.assertThat(items).containsExactlyInAnyOrder(legend.split("\\|"));

        // a click in the plot, away from the four points, adds one: the selector says so
        plot.click(new Locator.ClickOptions().setPosition(plotWidth(plot) / 2, 60));
        assertThat(p.locator("#perceptron-dataset [slot=value]")).hasText(custom);

        p.locator("#perceptron-step").click();
        assertThat(p.locator("#perceptron-counter")).containsText("1");
        choose(p, "#perceptron-speed", fastest);
        p.locator("#perceptron-run").click();
        assertThat(p.locator("#perceptron-run")).hasText(play); // a stopping rule ended it
        assertThat(p.locator("#perceptron-outcome")).not().containsText(Pattern.compile("undefined|CUSTOM"));
        snap(p, "perceptron-custom-" + locale.substring(0, 2));
    }

    /** Viewport screenshots of the trainer's parts. */
    private void snap(Page p, String name) {
        screenshots(p, name, "#perceptron-plot", "#perceptron-run", "#perceptron-dataset", "#perceptron-error-chart");
    }

    private static double plotWidth(Locator plot) {
        return plot.boundingBox().width;
    }

    @Test
    void english_and_small_screens_show_the_same_journey() {
        BrowserContext en = newContext("en-US", 390, 844);
        Page p = en.newPage();
        open(p, "chapter/perceptron");
        p.locator("#perceptron-epoch").click();
        assertThat(p.locator("#perceptron-outcome")).containsText("Training: 1 epoch and");
        p.locator("#perceptron-plot").scrollIntoViewIfNeeded();
        screenshot(p, "perceptron-en-390");
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        en.close();
        BrowserContext en1280 = newContext("en-US", 1280, 900);
        Page q = en1280.newPage();
        open(q, "chapter/perceptron");
        q.locator("#perceptron-run").click();
        assertThat(q.locator("#perceptron-run")).hasText("Pause");
        assertThat(q.locator("#perceptron-outcome")).containsText(Pattern.compile("Training|Converged"));
        // normal speed, 8 samples a second: the executor wakes the paced run for each of OR's 16 samples
        assertThat(q.locator("#perceptron-outcome")).containsText("Converged after 4 epochs");
        assertThat(q.locator("#perceptron-readout")).containsText("[-1.000, 1.000, 1.000]");
        q.locator("#perceptron-dataset").scrollIntoViewIfNeeded();
        screenshot(q, "perceptron-en-1280");
        en1280.close();
        BrowserContext zh = newContext("zh-CN", 390, 844);
        Page r = zh.newPage();
        open(r, "chapter/perceptron");
        r.locator("#perceptron-dataset").scrollIntoViewIfNeeded();
        snap(r, "perceptron-zh-390");
        r.locator("#scheme-toggle").click();
        assertThat(r.locator("html")).hasAttribute("theme", Pattern.compile("dark"));
        snap(r, "perceptron-zh-390-dark");
        zh.close();
    }
}
