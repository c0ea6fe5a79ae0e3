package org.dlf.chapters.backprop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

class BackpropStepperIT extends BrowserTestBase {

    @Test
    void stepping_through_w5_and_w1_ends_with_all_eight_weights() {
        open("chapter/backpropagation");
        Locator next = page.locator("#backprop-next");
        next.scrollIntoViewIfNeeded();
        next.click();
        assertThat(page.locator("#backprop-status")).containsText("0.74136507");
        for (int i = 2; i <= 4; i++) {
            next.click();
        }
        assertThat(page.locator("#backprop-status")).containsText("dE/dw5 = 0.0821670406");
        next.click();
        assertThat(page.locator("#backprop-status")).containsText("w5+ = 0.35891648");
        for (int i = 6; i <= 10; i++) {
            next.click();
        }
        assertThat(page.locator("#backprop-status")).containsText("w1+ = 0.149780716");
        next.click();
        assertThat(page.locator("#backprop-counter")).hasText("11 / 11");
        assertThat(page.locator("#backprop-weights")).containsText("0.561370121");
        assertThat(page.locator("#backprop-status")).containsText("0.291027774");
        snap(page, "backprop-zh-1280");
    }

    private static void fastest(Page p, String label) {
        p.locator("#backprop-train-speed").click();
        p.getByRole(
                        com.microsoft.playwright.options.AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(label).setExact(true))
                .click();
    }

    @Test
    void training_shows_0_291027774_after_one_step_and_3_5e_5_after_ten_thousand() {
        open("chapter/backpropagation");
        Locator steps = page.locator("#backprop-steps input");
        steps.scrollIntoViewIfNeeded();
        assertThat(page.locator("#backprop-train-counter")).hasText("第 0 步");
        page.locator("#backprop-train-step").click();
        assertThat(page.locator("#backprop-train-counter")).hasText("第 1 步");
        assertThat(page.locator("#backprop-train-result")).containsText("0.291027774");
        page.locator("#backprop-mistake-toggle").click();
        assertThat(page.locator("#backprop-mistake-values")).containsText("0.291027924");
        assertThat(page.locator("#backprop-mistake-values")).containsText("0.291027774");
        fastest(page, "尽可能快");
        page.locator("#backprop-train-run").click();
        assertThat(page.locator("#backprop-train-status")).containsText("0.0000351018778");
        assertThat(page.locator("#backprop-train-result")).containsText("0.0159136");
        assertThat(page.locator("#backprop-train-counter")).hasText("第 10,000 步");
        assertThat(page.locator("#backprop-train-run")).hasText("运行");
        steps.fill("20000");
        steps.press("Enter");
        page.locator("#backprop-train-run").click();
        assertThat(page.locator("#backprop-steps")).hasAttribute("invalid", "");
        assertThat(page.locator("#backprop-train-run")).hasText("运行");
        snap(page, "backprop-train-zh-1280");
    }

    @Test
    void play_runs_step_after_step_at_the_chosen_speed_until_pause_in_english() {
        Page p = openIn("en-US", 1280, 900, "chapter/backpropagation");
        Locator counter = p.locator("#backprop-train-counter");
        counter.scrollIntoViewIfNeeded();
        assertThat(counter).hasText("Step 0");
        fastest(p, "Normal (50 steps/s)");
        p.locator("#backprop-train-run").click();
        assertThat(p.locator("#backprop-train-run")).hasText("Pause");
        p.waitForFunction(
                "() => /Step (\\d+)/.exec(document.querySelector('#backprop-train-counter').textContent)[1] > 20");
        p.locator("#backprop-train-run").click();
        assertThat(p.locator("#backprop-train-run")).hasText("Play");
        String paused = counter.textContent();
        p.locator("#backprop-train-reset").click();
        assertThat(counter).hasText("Step 0");
        org.assertj.core.api.Assertions.assertThat(paused).isNotEqualTo("Step 10,000");
    }

    @Test
    void the_widget_fits_a_phone_in_english_and_chinese() {
        for (String locale : new String[] {"en-US", "zh-CN"}) {
            for (int width : new int[] {390, 1280}) {
                BrowserContext c = newContext(locale, width, 900);
                Page p = c.newPage();
                open(p, "chapter/backpropagation");
                for (int i = 0; i < 6; i++) {
                    p.locator("#backprop-next").click();
                }
                assertThat(p.locator("#backprop-counter")).hasText("6 / 11");
                fastest(p, locale.startsWith("zh") ? "尽可能快" : "As fast as possible");
                p.locator("#backprop-train-run").click();
                assertThat(p.locator("#backprop-train-result")).containsText("0.984064");
                p.locator("#backprop-mistake-toggle").click();
                assertThat(p.locator("#backprop-mistake")).isVisible();
                boolean noPageScroll = (Boolean) p.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
                assertTrue(noPageScroll, "no horizontal page scroll at " + width + " px");
                snap(p, "backprop-" + locale.substring(0, 2) + "-" + width);
                c.close();
            }
        }
    }

    @Test
    void edited_numbers_recompute_every_step_and_one_click_returns_to_the_worked_example() throws java.io.IOException {
        for (String locale : new String[] {"zh-CN", "en-US"}) {
            boolean en = locale.startsWith("en");
            BrowserContext c = newContext(locale, 1280, 900);
            Page p = c.newPage();
            open(p, "chapter/backpropagation");
            p.locator("#backprop-editor vaadin-details-summary").click();
            Locator eta = p.locator("#backprop-eta input");
            eta.fill("12");
            eta.press("Tab");
            assertThat(p.locator("#backprop-eta")).hasAttribute("invalid", "");
            assertThat(p.locator("#backprop-eta"))
                    .containsText(en ? "The learning rate η must be a number from 0 to 10." : "学习率 η 必须是 0 到 10 之间的数。");
            eta.fill("1");
            eta.press("Tab");
            Locator w5 = p.locator("#backprop-w5 input");
            w5.fill("-0.3");
            w5.press("Tab");
            for (int i = 0; i < 5; i++) {
                p.locator("#backprop-next").click();
            }
            // with w5 = -0.3 and η = 1: ∂E/∂w5 = 0.0865721748, so w5⁺ = -0.3 - 1 × 0.0865721748
            assertThat(p.locator("#backprop-status")).containsText("w5+ = -0.386572175");
            assertThat(p.locator("#backprop-diagram")).containsText("w5 = -0.3 → -0.386572175");
            p.locator("#backprop-train-step").click();
            // one training step from the edited numbers reaches the stepper's E_total after its step
            assertThat(p.locator("#backprop-train-result")).containsText("0.222724895");
            String csv = java.nio.file.Files.readString(p.waitForDownload(
                            () -> p.locator("#backprop-train-export-loss").click())
                    .path());
            org.assertj.core.api.Assertions.assertThat(csv).startsWith("step,E_total\r\n0,");
            org.assertj.core.api.Assertions.assertThat(csv).contains("\r\n1,0.2227248");

            p.locator("#backprop-reset").click();
            assertThat(p.locator("#backprop-w5 input")).hasValue("0.4");
            assertThat(p.locator("#backprop-eta input")).hasValue("0.5");
            assertThat(p.locator("#backprop-counter")).hasText("5 / 11");
            assertThat(p.locator("#backprop-status")).containsText("w5+ = 0.35891648");
            screenshots(p, "backprop-editor-" + locale.substring(0, 2), "#backprop-editor");
            c.close();
        }
    }

    /** Viewport screenshots of the stepper's and the training panel's parts. */
    private void snap(Page p, String name) {
        screenshots(
                p,
                name,
                "#backprop-diagram",
                "#backprop-status",
                "#backprop-train-run",
                "#backprop-chart",
                "#backprop-mistake-toggle");
    }
}
