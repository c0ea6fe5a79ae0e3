package org.dlf.chapters.forward;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

class ForwardStepperIT extends BrowserTestBase {

    @Test
    void stepping_to_the_end_shows_the_total_error_0_298371109() {
        open("chapter/forward-propagation");
        Locator next = page.locator("#forward-next");
        next.scrollIntoViewIfNeeded();
        assertThat(page.locator("#forward-counter")).hasText("0 / 11");
        for (int i = 1; i <= 11; i++) {
            next.click();
            assertThat(page.locator("#forward-counter")).hasText(i + " / 11");
        }
        assertThat(page.locator("#forward-status")).containsText("E_total = 0.298371109");
        assertThat(page.locator("#forward-values")).containsText("0.274811083");
        assertThat(next).isDisabled();
        page.locator("#forward-prev").click();
        assertThat(page.locator("#forward-status")).containsText("E_o2 = 0.0235600256");
        snap(page, "forward-zh-1280");
    }

    @Test
    void a_weight_out_of_bounds_is_refused_and_reset_restores_the_course_values() {
        open("chapter/forward-propagation");
        page.locator("#forward-editor").click();
        Locator w1 = page.locator("#forward-w1 input");
        w1.fill("20");
        w1.press("Tab");
        assertThat(page.locator("#forward-w1")).hasAttribute("invalid", "");
        assertThat(page.locator("#forward-w1")).containsText("-10");
        w1.fill("-0.15");
        w1.press("Tab");
        assertThat(page.locator("#forward-w1")).not().hasAttribute("invalid", "");
        page.locator("#forward-next").click();
        assertThat(page.locator("#forward-status")).containsText("z_h1 = 0.3625");
        page.locator("#forward-reset").click();
        assertThat(page.locator("#forward-status")).containsText("z_h1 = 0.3775");
    }

    @Test
    void the_widget_fits_a_phone_in_english_and_chinese() {
        for (String locale : new String[] {"en-US", "zh-CN"}) {
            BrowserContext c = newContext(locale, 390, 844);
            Page p = c.newPage();
            open(p, "chapter/forward-propagation");
            for (int i = 0; i < 5; i++) {
                p.locator("#forward-next").click();
            }
            assertThat(p.locator("#forward-counter")).hasText("5 / 11");
            assertThat(p.locator("#forward-status")).containsText("z_o1 = 1.10590597");
            boolean noPageScroll = (Boolean)
                    p.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
            assertTrue(noPageScroll, "no horizontal page scroll at 390 px");
            snap(p, "forward-" + locale.substring(0, 2) + "-390");
            if (locale.startsWith("en")) {
                BrowserContext wide = newContext(locale, 1280, 900);
                Page w = wide.newPage();
                open(w, "chapter/forward-propagation");
                w.locator("#forward-next").click();
                assertThat(w.locator("#forward-caption")).containsText("Net input z_h1");
                snap(w, "forward-en-1280");
                wide.close();
            }
            c.close();
        }
    }

    /** Viewport screenshots with each of these parts scrolled to the top (the app layout scrolls inside). */
    static void snap(Page p, String name) {
        String[] parts = {"#forward-diagram", "#forward-status"};
        for (int i = 0; i < parts.length; i++) {
            p.locator(parts[i]).evaluate("e => e.scrollIntoView({block: 'start'})");
            p.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get(
                            System.getProperty("screenshots.dir", "target/screenshots"),
                            name + "-" + (i + 1) + ".png")));
        }
    }
}
