package org.dlf.chapters.perceptron;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

class PerceptronTrainerIT extends BrowserTestBase {

    private void chooseDataset(Page p, String label) {
        p.locator("#perceptron-dataset").click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)).click();
    }

    @Test
    void or_converges_after_4_epochs_and_xor_stops_at_M_as_not_linearly_separable() {
        open("chapter/perceptron");
        Locator outcome = page.locator("#perceptron-outcome");
        page.locator("#perceptron-outcome").scrollIntoViewIfNeeded();
        assertThat(outcome).containsText("准备就绪");
        page.locator("#perceptron-step").click();
        assertThat(page.locator("#perceptron-readout")).containsText("分错");
        page.locator("#perceptron-speed").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("快"))
                .click();
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
        assertThat(page.locator("#perceptron-message")).containsText("学习率必须是");
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
        screenshot(r, "perceptron-zh-390");
        zh.close();
    }
}
