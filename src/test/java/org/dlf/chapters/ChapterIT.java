package org.dlf.chapters;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** A chapter as a reader sees it: text, KaTeX formulas, figures, a live chart widget, chapter links. */
class ChapterIT extends BrowserTestBase {

    private static final List<String> SLUGS = List.of(
            "history",
            "ai-ml-dl",
            "neuron",
            "perceptron",
            "mlp",
            "forward-propagation",
            "gradient-descent",
            "backpropagation");

    @Test
    void formulas_render_as_katex() {
        open("chapter/neuron");
        assertThat(page.locator("#chapter-title")).containsText("神经元");
        // sent typeset by the server (MathCache): the text needs no KaTeX in the browser
        Locator formulas = page.locator(".prose dlf-math[rendered]");
        assertThat(formulas.first().locator(".katex")).isVisible();
        assertThat(page.locator(".prose .math-display .katex-display").first()).isVisible();
        assertThat(page.locator("dlf-math.math-error")).hasCount(0);
    }

    @Test
    void the_activation_explorer_chart_follows_its_slider() {
        open("chapter/neuron");
        Locator readout = page.locator("#activation-readout");
        assertThat(readout).containsText("f(z) = 0.6225");
        page.locator("#activation-x").fill("2");
        assertThat(readout).containsText("z = 2.00");
        assertThat(readout).containsText("f(z) = 0.8808");
        assertThat(readout).containsText("f′(z) = 0.1050");
        page.waitForFunction("() => { const c = document.querySelector('#activation-plot')._chart;"
                + " const m = c.data.datasets[c.data.datasets.length - 1].data; return m.length && m[0].x === 2; }");
        page.locator("#activation-function").getByText("ReLU").click();
        assertThat(readout).containsText("f(z) = 2.0000");
        assertThat(readout).containsText("f′(z) = 1.0000");
        page.waitForFunction("() => document.querySelector('#activation-plot')._chart.data.datasets[0].data"
                + ".find(p => p.x === 6).y === 6");
        screenshot(page, "chapter-neuron-zh");
    }

    @Test
    void the_previous_and_next_links_walk_the_course_in_order() {
        open("chapter/history");
        assertThat(page.locator("#pager-previous")).hasCount(0);
        page.locator("#pager-next").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/chapter/ai-ml-dl$"));
        page.locator("#pager-previous").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/chapter/history$"));
    }

    @Test
    void every_chapter_renders_in_both_languages_with_all_formulas_and_figures() {
        for (String locale : List.of("zh-CN", "en-US")) {
            BrowserContext c = newContext(locale, 1280, 900);
            Page p = c.newPage();
            for (String slug : SLUGS) {
                open(p, "chapter/" + slug);
                assertThat(p.locator("#chapter-title")).isVisible();
                assertThat(p.locator(".prose h2").first()).isVisible();
                // formulas the server did not send typeset (exercise variants) are typeset near the screen: all now
                p.evaluate("() => Promise.all([...document.querySelectorAll('dlf-math:not([rendered])')]"
                        + ".map(m => m._typeset()))");
                p.waitForFunction("() => [...document.querySelectorAll('dlf-math')].every(m =>"
                        + " m.querySelector('.katex') || m.classList.contains('math-error'))");
                Object errors = p.evaluate("() => [...document.querySelectorAll('dlf-math.math-error')]"
                        + ".map(m => m.getAttribute('tex') + ' -> ' + m.getAttribute('data-error'))");
                org.assertj.core.api.Assertions.assertThat((List<?>) errors)
                        .as("%s %s", locale, slug)
                        .isEmpty();
                p.locator(".figure img").all().forEach(img -> img.scrollIntoViewIfNeeded());
                p.waitForFunction("() => [...document.querySelectorAll('.figure img')].every(i => i.complete)");
                Object broken = p.evaluate("() => [...document.querySelectorAll('.figure img')]"
                        + ".filter(i => i.naturalWidth === 0).map(i => i.getAttribute('src'))");
                org.assertj.core.api.Assertions.assertThat((List<?>) broken)
                        .as("%s %s", locale, slug)
                        .isEmpty();
                assertThat(p.locator("text=/!\\w+\\.\\w+/")).hasCount(0);
            }
            c.close();
        }
    }

    @Test
    void a_chapter_reads_well_on_a_phone() {
        BrowserContext phone = newContext("en-US", 390, 844);
        Page p = phone.newPage();
        open(p, "chapter/neuron");
        assertThat(p.locator("#chapter-title")).containsText("Neuron");
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow)
                .as("page scrolls sideways at 390 px")
                .isEqualTo(false);
        screenshot(p, "chapter-neuron-en-390");
        phone.close();
    }
}
