package org.dlf.base.ui.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** The glossary page: the notation table every chapter links to, then the searchable terms. */
class GlossaryIT extends BrowserTestBase {

    private static void assertEveryFormulaRenders(Page p) {
        p.waitForFunction("() => [...document.querySelectorAll('#notation dlf-math')].every(m =>"
                + " m.querySelector('.katex') || m.classList.contains('math-error'))");
        Object errors = p.evaluate("() => [...document.querySelectorAll('dlf-math.math-error')]"
                + ".map(m => m.getAttribute('tex') + ' -> ' + m.getAttribute('data-error'))");
        org.assertj.core.api.Assertions.assertThat((List<?>) errors).isEmpty();
    }

    @Test
    void the_notation_table_comes_first_with_every_symbol_rendered_in_chinese_and_english() {
        open("glossary");
        Locator notation = page.locator("#notation");
        assertThat(notation.locator("h2")).hasText("符号表");
        assertThat(notation.locator("tr").filter(new Locator.FilterOptions().setHasText("净输入")))
                .containsText("原文");
        assertThat(notation.locator("tbody tr")).hasCount(13);
        assertEveryFormulaRenders(page);
        page.locator("#glossary-filter input").fill("残差网络");
        assertThat(page.locator(".glossary-entry")).hasCount(1);
        assertThat(page.locator(".glossary-entry")).containsText("残差网络");
        screenshot(page, "glossary-zh-1280");

        BrowserContext phone = newContext("en-US", 390, 844);
        Page p = phone.newPage();
        open(p, "glossary");
        assertThat(p.locator("#notation h2")).hasText("Notation");
        assertThat(p.locator("#notation tbody tr").filter(new Locator.FilterOptions().setHasText("target")))
                .containsText("source");
        assertEveryFormulaRenders(p);
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow)
                .as("page scrolls sideways at 390 px")
                .isEqualTo(false);
        screenshot(p, "glossary-en-390");
        p.locator("#scheme-toggle").click();
        screenshot(p.locator("#notation"), "glossary-notation-en-390-dark");
        phone.close();
    }

    @Test
    void a_chapters_link_to_the_notation_table_lands_on_it() {
        open("chapter/forward-propagation");
        Locator link = page.locator(".prose a[href='glossary#notation']").first();
        link.scrollIntoViewIfNeeded();
        link.click();
        assertThat(page).hasURL(Pattern.compile("/glossary#notation$"));
        assertThat(page.locator("#notation h2")).isInViewport();
        assertEveryFormulaRenders(page);
    }
}
