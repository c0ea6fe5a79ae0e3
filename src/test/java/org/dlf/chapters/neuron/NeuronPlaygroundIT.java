package org.dlf.chapters.neuron;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

class NeuronPlaygroundIT extends BrowserTestBase {

    private Locator widget(Page p) {
        return p.locator("[data-widget=neuron-playground]");
    }

    private void shoot(Page p, String name) {
        screenshot(widget(p), name);
    }

    @Test
    void starts_at_the_worked_example_and_follows_the_w1_slider_and_the_activation() {
        open("chapter/neuron");
        assertThat(page.locator("#neuron-z")).hasText("净输入 z = 0.2");
        assertThat(page.locator("#neuron-y")).hasText("输出 y = f(z) = 0.549834");
        widget(page).scrollIntoViewIfNeeded();
        shoot(page, "neuron-playground-zh-1280");

        page.locator("#neuron-w1-slider").fill("1");
        assertThat(page.locator("#neuron-z")).hasText("净输入 z = 0.8");
        assertThat(page.locator("#neuron-y")).hasText("输出 y = f(z) = 0.689974");
        assertThat(page.locator("#neuron-w1 input")).hasValue("1");

        widget(page)
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("tanh 函数"))
                .check();
        assertThat(page.locator("#neuron-y")).hasText("输出 y = f(z) = 0.664037");
        widget(page)
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("阶跃函数"))
                .check();
        assertThat(page.locator("#neuron-y")).hasText("输出 y = f(z) = 1.0");

        widget(page)
                .getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("3").setExact(true))
                .check();
        assertThat(page.locator("#neuron-x3-slider")).isVisible();
        page.locator("#neuron-w3-slider").fill("-2");
        assertThat(page.locator("#neuron-z")).hasText("净输入 z = -1.2");
        assertThat(page.locator("#neuron-y")).hasText("输出 y = f(z) = 0.0");
    }

    @Test
    void a_value_outside_the_bounds_is_refused_with_a_message() {
        open("chapter/neuron");
        Locator w1 = page.locator("#neuron-w1 input");
        w1.fill("7");
        w1.press("Enter");
        assertThat(page.locator("#neuron-error")).containsText("-5.0 到 5.0");
        assertThat(page.locator("#neuron-y")).hasText("输出 y = f(z) = 0.549834");
        w1.fill("-0.2");
        w1.press("Enter");
        assertThat(page.locator("#neuron-error")).isHidden();
        assertThat(page.locator("#neuron-z")).hasText("净输入 z = -0.4");
    }

    @Test
    void english_at_390_px_fits_without_sideways_scrolling_and_dark_mode_looks_right() {
        var small = newContext("en-US", 390, 844);
        Page p = small.newPage();
        open(p, "chapter/neuron");
        assertThat(p.locator("#neuron-y")).hasText("output y = f(z) = 0.549834");
        p.locator("#neuron-b-slider").fill("-0.2");
        assertThat(p.locator("#neuron-z")).hasText("net input z = -0.1");
        widget(p).scrollIntoViewIfNeeded();
        assertTrue((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth"));
        shoot(p, "neuron-playground-en-390");
        p.locator("#scheme-toggle").click();
        assertThat(p.locator("html")).hasAttribute("theme", java.util.regex.Pattern.compile(".*dark.*"));
        shoot(p, "neuron-playground-en-390-dark");
        small.close();
        var wide = newContext("en-US", 1280, 900);
        Page q = wide.newPage();
        open(q, "chapter/neuron");
        assertThat(q.locator("#neuron-y")).hasText("output y = f(z) = 0.549834");
        shoot(q, "neuron-playground-en-1280");
        wide.close();
    }
}
