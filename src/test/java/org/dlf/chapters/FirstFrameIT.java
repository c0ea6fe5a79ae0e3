package org.dlf.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.Map;
import org.dlf.BrowserTestBase;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A chapter's opening (number, reading time, title, summary, its figure's card) is in the page's own HTML: a browser
 * paints it before any script has run, exactly where the live view then shows it (same boxes, same colours), and the
 * live page keeps no trace of it. Seen with scripts off (the first frame as painted) and on (the live page), in both
 * languages, on a laptop and a phone, light and dark.
 */
class FirstFrameIT extends BrowserTestBase {

    /** Boxes, colours and texts of the opening's parts (these three selectors), rounded to tenths of a pixel. */
    private static final String OPENING = """
            ([meta, title, summary]) => [meta, title, summary].map(s => {
              const e = document.querySelector(s);
              if (!e) return null;
              const r = e.getBoundingClientRect();
              return [r.left, r.top, r.width, r.height].map(v => Math.round(v * 10) / 10).join(' ')
                  + ' ' + getComputedStyle(e).color + ' ' + e.textContent;
            })
            """;

    /** Where a card starts and how it looks (its height is the figure's, once drawn). */
    private static final String CARD = """
            (s) => {
              const e = document.querySelector(s);
              if (!e) return null;
              const r = e.getBoundingClientRect(), c = getComputedStyle(e);
              return [r.left, r.top, r.width].map(v => Math.round(v * 10) / 10).join(' ')
                  + ' ' + c.backgroundColor + ' ' + c.borderTopColor + ' ' + c.borderRadius;
            }
            """;

    @Autowired
    ContentService content;

    @Test
    void the_opening_is_painted_from_the_page_itself_where_the_live_chapter_shows_it() {
        record Visit(Language language, int width, int height, ColorScheme scheme, String slug) {}
        for (Visit v : List.of(
                new Visit(Language.ZH, 1280, 800, ColorScheme.LIGHT, "mlp"),
                new Visit(Language.EN, 390, 844, ColorScheme.LIGHT, "backpropagation"),
                new Visit(Language.ZH, 390, 844, ColorScheme.DARK, "neuron"),
                new Visit(Language.EN, 1920, 1080, ColorScheme.DARK, "history"))) {
            Chapter chapter = content.course().chapter(v.language(), v.slug()).orElseThrow();
            String locale = v.language().locale().toLanguageTag();

            Page still = page(locale, v.width(), v.height(), v.scheme(), false);
            still.navigate(url("chapter/" + v.slug()));
            List<?> painted = (List<?>) still.evaluate(
                    OPENING, List.of("#first-frame .chapter-meta", "#first-frame h1", "#first-frame .chapter-summary"));
            assertThat(still.locator("#first-frame").getAttribute("aria-hidden"))
                    .isEqualTo("true");
            assertThat(still.locator("#first-frame h1").textContent()).isEqualTo(chapter.title());
            assertThat(still.locator("#first-frame .chapter-summary").textContent())
                    .isEqualTo(chapter.summary());
            assertThat(still.locator("#first-frame .chapter-number").textContent())
                    .contains(String.valueOf(chapter.number()));
            Object card = still.evaluate(CARD, "#first-frame .chapter-lead > .widget");
            assertThat(card).as("%s: the opening figure's card", v).isNotNull();

            Page live = page(locale, v.width(), v.height(), v.scheme(), true);
            open(live, "chapter/" + v.slug());
            List<?> shown = (List<?>) live.evaluate(
                    OPENING, List.of("#chapter .chapter-meta", "#chapter-title", "#chapter .chapter-summary"));
            assertThat(live.locator("#first-frame").count())
                    .as("%s: gone from the live page", v)
                    .isZero();
            assertThat(painted)
                    .as("%s: painted where the live chapter shows it", v)
                    .isEqualTo(shown);
        }
    }

    private Page page(String locale, int width, int height, ColorScheme scheme, boolean scripts) {
        return newPage(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(width, height)
                .setColorScheme(scheme)
                .setJavaScriptEnabled(scripts)
                .setExtraHTTPHeaders(Map.of("Accept-Language", locale)));
    }
}
