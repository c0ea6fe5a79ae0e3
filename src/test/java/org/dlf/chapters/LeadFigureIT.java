package org.dlf.chapters;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlf.BrowserTestBase;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every chapter with a widget opens with it: its figure (chart or diagram) is drawn in the first screen of a
 * laptop (1280 × 800) and of a phone (390 × 844), in both languages, under the chapter's title and summary.
 */
class LeadFigureIT extends BrowserTestBase {

    /** The figure's box and the header's bottom edge, in viewport pixels, once the figure holds a drawing. */
    private static final String FIGURE_BOX = """
            () => {
              const lead = document.querySelector('#lead-figure');
              const figure = lead && lead.querySelector('dlf-chart, dlf-svg, svg');
              if (!figure) return null;
              const canvas = figure.querySelector('canvas');
              if (canvas) {
                if (!canvas.width || !canvas.height) return null;
                const pixels = new Uint32Array(canvas.getContext('2d')
                    .getImageData(0, 0, canvas.width, canvas.height).data.buffer);
                if (!pixels.some(p => p !== 0)) return null;
              } else if (!figure.querySelector('circle, rect, path, text, div, span')) {
                return null;
              }
              const r = figure.getBoundingClientRect();
              const title = document.querySelector('#chapter-title').getBoundingClientRect();
              const summary = document.querySelector('.chapter-summary').getBoundingClientRect();
              return { top: r.top, bottom: r.bottom, height: r.height, viewport: innerHeight,
                       titleTop: title.top, summaryBottom: summary.bottom };
            }
            """;

    @Autowired
    ContentService content;

    @Test
    void every_chapter_with_a_widget_shows_its_figure_in_the_first_screen() {
        for (Language language : Language.values()) {
            for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
                BrowserContext c = newContext(language.locale().toLanguageTag(), size[0], size[1]);
                Page p = c.newPage();
                for (Chapter chapter : content.course().chapters(language)) {
                    if (chapter.widgets().isEmpty()) {
                        continue;
                    }
                    String what = language + " " + size[0] + "×" + size[1] + " " + chapter.slug();
                    open(p, "chapter/" + chapter.slug());
                    assertThat(p.locator("#lead-figure [data-widget]"))
                            .hasAttribute(
                                    "data-widget", chapter.widgets().getFirst().name());
                    @SuppressWarnings("unchecked")
                    Map<String, Number> box =
                            (Map<String, Number>) p.waitForFunction(FIGURE_BOX).jsonValue();
                    double top = box.get("top").doubleValue();
                    double bottom = box.get("bottom").doubleValue();
                    double height = box.get("height").doubleValue();
                    double viewport = box.get("viewport").doubleValue();
                    double shown = Math.min(bottom, viewport) - Math.max(top, 0);
                    assertThat(box.get("titleTop").doubleValue())
                            .as("%s: the title is on screen", what)
                            .isGreaterThanOrEqualTo(0);
                    assertThat(top)
                            .as("%s: the figure comes after the title and summary", what)
                            .isGreaterThanOrEqualTo(box.get("summaryBottom").doubleValue());
                    assertThat(shown / height)
                            .as(
                                    "%s: share of the figure (%.0f–%.0f px) in the first %.0f px",
                                    what, top, bottom, viewport)
                            .isGreaterThanOrEqualTo(0.75);
                }
                c.close();
            }
        }
    }

    @Test
    void the_opening_figure_and_its_place_in_the_text_link_to_each_other() {
        open("chapter/mlp");
        assertThat(page.locator("#lead-section")).containsText("动手训练");
        page.locator("#lead-section").click();
        assertThat(page.locator("#lead-pointer")).isInViewport();
        page.locator("#lead-pointer").click();
        assertThat(page.locator("#mlp-plot")).isInViewport();
        assertThat(page.locator("[data-widget='mlp-trainer']")).hasCount(1);
        open("chapter/neuron");
        // only the first widget opens the chapter; the second stays in its place in the text
        assertThat(page.locator("#lead-figure [data-widget='activation-explorer']"))
                .hasCount(1);
        assertThat(page.locator(".chapter > [data-widget='neuron-playground']")).hasCount(1);
    }

    @Test
    void the_opening_figure_does_not_wait_for_the_chapter_text() {
        // the page's request for the text after the opening is held back: title, summary and live figure are shown
        // without it, the chapter says it is still busy; then the text, exercises and pager come
        List<Route> held = new ArrayList<>();
        page.route("**/*v-r=uidl*", route -> {
            String body = route.request().postData();
            if (body != null && body.contains("renderRest")) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        for (String slug : List.of("backpropagation", "perceptron")) {
            if (slug.equals("backpropagation")) {
                page.navigate(url("chapter/" + slug)); // a first visit: the opening comes inside the page
            } else {
                page.locator("a[href='chapter/" + slug + "']").first().click(); // from chapter to chapter
            }
            page.waitForFunction(FIGURE_BOX);
            page.waitForCondition(() -> held.size() == 1);
            assertThat(page.locator("#chapter")).hasAttribute("aria-busy", "true");
            assertThat(page.locator("#chapter-title")).isVisible();
            assertThat(page.locator(".chapter-summary")).isVisible();
            assertThat(page.locator("#chapter .prose")).hasCount(0);
            assertThat(page.locator("#pager")).hasCount(0);

            held.removeFirst().resume();
            idle(page);
            assertThat(page.locator("#chapter")).not().hasAttribute("aria-busy", "true");
            assertThat(page.locator("#chapter .prose").first()).isAttached();
            assertThat(page.locator("#lead-pointer")).isAttached();
            assertThat(page.locator("#chapter [id^='exercise-']").first()).isAttached();
            assertThat(page.locator("#pager")).isAttached();
            assertThat(page.locator("#chapter-title"))
                    .hasText(content.course()
                            .chapter(Language.ZH, slug)
                            .orElseThrow()
                            .title());
        }
        page.unroute("**/*v-r=uidl*"); // nothing held or routed while the page closes
    }
}
