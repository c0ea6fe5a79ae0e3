package org.dlf.charts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.Map;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * Charts as a screen-reader and keyboard user meets them, and in every colour scheme: a name and a summary,
 * points added with the arrow keys and Enter, and the same theme whether the page is dark by the toggle or by
 * the operating system.
 */
class ChartAccessibilityIT extends BrowserTestBase {

    private static final String DARK_TEXT = ChartTheme.DARK.text();
    private static final String LIGHT_TEXT = ChartTheme.LIGHT.text();

    private static Object chartTextColour(Page p, String id) {
        return p.locator("#" + id).evaluate("c => c._chart && c._chart.options.color");
    }

    @Test
    void a_chart_has_a_name_a_summary_and_takes_points_from_the_keyboard() {
        open("chapter/perceptron");
        var canvas = page.locator("#perceptron-plot canvas");
        assertThat(canvas).hasAttribute("role", "application");
        assertThat(canvas).hasAttribute("aria-label", java.util.regex.Pattern.compile("感知机"));
        assertThat(page.locator("#perceptron-plot .dlf-chart-summary")).hasText("类别 +1：3 个点，类别 −1：1 个点");
        assertThat(page.locator("#perceptron-error-chart canvas")).hasAttribute("role", "img");
        assertThat(page.locator("#perceptron-error-chart canvas")).not().hasAttribute("tabindex", "0");

        canvas.focus();
        assertThat(page.locator("#perceptron-plot .dlf-chart-help")).isVisible();
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#perceptron-plot .dlf-chart-live")).hasText("x₁ = 0.4, x₂ = 0.6");
        page.keyboard().press("Enter");
        assertThat(page.locator("#perceptron-plot .dlf-chart-summary")).hasText("类别 +1：4 个点，类别 −1：1 个点");
        screenshot(page.locator("#perceptron-plot"), "chart-keyboard-cursor-zh");

        page.locator("#perceptron-epoch").click();
        assertThat(page.locator("#perceptron-error-chart .dlf-chart-summary"))
                .hasText(java.util.regex.Pattern.compile("^轮 1："));
    }

    @Test
    void the_operating_systems_dark_mode_and_the_toggle_give_the_same_charts_and_a_truthful_toggle() {
        BrowserContext osDark = browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale("en-US")
                        .setViewportSize(1280, 900)
                        .setExtraHTTPHeaders(Map.of("Accept-Language", "en-US"))
                        .setColorScheme(ColorScheme.DARK));
        Page p = osDark.newPage();
        open(p, "chapter/mlp");
        assertThat(p.locator("#scheme-toggle")).hasAttribute("aria-label", "Switch to light colours");
        p.waitForFunction("t => document.querySelector('#mlp-loss-chart')._chart.options.color === t", DARK_TEXT);
        screenshot(p.locator("[data-widget=mlp-trainer]"), "mlp-os-dark-en");

        p.locator("#scheme-toggle").click();
        assertThat(p.locator("html")).hasAttribute("theme", "light");
        assertThat(p.locator("#scheme-toggle")).hasAttribute("aria-label", "Switch to dark colours");
        p.waitForFunction("t => document.querySelector('#mlp-loss-chart')._chart.options.color === t", LIGHT_TEXT);

        p.locator("#scheme-toggle").click();
        assertThat(p.locator("html")).hasAttribute("theme", "dark");
        assertThat(p.locator("#scheme-toggle")).hasAttribute("aria-label", "Switch to light colours");
        p.waitForFunction("t => document.querySelector('#mlp-loss-chart')._chart.options.color === t", DARK_TEXT);
        assertThat(chartTextColour(p, "mlp-plot")).isEqualTo(DARK_TEXT);
        screenshot(p.locator("[data-widget=mlp-trainer]"), "mlp-toggled-dark-en");
        osDark.close();
    }
}
