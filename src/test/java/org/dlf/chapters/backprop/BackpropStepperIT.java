package org.dlf.chapters.backprop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
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

    @Test
    void training_shows_0_291027774_after_one_step_and_3_5e_5_after_ten_thousand() {
        open("chapter/backpropagation");
        Locator steps = page.locator("#backprop-steps input");
        steps.scrollIntoViewIfNeeded();
        steps.fill("1");
        page.locator("#backprop-train").click();
        assertThat(page.locator("#backprop-train-result")).containsText("0.291027774");
        page.locator("#backprop-mistake-toggle").click();
        assertThat(page.locator("#backprop-mistake-values")).containsText("0.291027924");
        assertThat(page.locator("#backprop-mistake-values")).containsText("0.291027774");
        steps.fill("10000");
        page.locator("#backprop-train").click();
        assertThat(page.locator("#backprop-train-status")).containsText("0.0000351018778");
        assertThat(page.locator("#backprop-train-result")).containsText("0.0159136");
        steps.fill("20000");
        page.locator("#backprop-train").click();
        assertThat(page.locator("#backprop-steps")).hasAttribute("invalid", "");
        snap(page, "backprop-train-zh-1280");
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
                p.locator("#backprop-steps input").fill("10000");
                p.locator("#backprop-train").click();
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
            p.locator("#backprop-steps input").fill("1");
            p.locator("#backprop-train").click();
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
            p.locator("#backprop-editor").scrollIntoViewIfNeeded();
            p.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get(
                            System.getProperty("screenshots.dir", "target/screenshots"),
                            "backprop-editor-" + locale.substring(0, 2) + ".png")));
            c.close();
        }
    }

    /** Viewport screenshots with each of these parts scrolled to the top (the app layout scrolls inside). */
    static void snap(Page p, String name) {
        String[] parts = {"#backprop-diagram", "#backprop-status", "#backprop-chart", "#backprop-mistake-toggle"};
        for (int i = 0; i < parts.length; i++) {
            p.locator(parts[i]).evaluate("e => e.scrollIntoView({block: 'start'})");
            p.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get(
                            System.getProperty("screenshots.dir", "target/screenshots"),
                            name + "-" + (i + 1) + ".png")));
        }
    }
}
