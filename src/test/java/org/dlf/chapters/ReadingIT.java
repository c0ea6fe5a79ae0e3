package org.dlf.chapters;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * Reading a chapter with the keyboard and links: the skip link, the table of contents, headings that link to
 * themselves, glossary terms that lead to their entries, numbered exercises whose solution waits for an attempt.
 */
class ReadingIT extends BrowserTestBase {

    private static double top(Page p, String selector) {
        return ((Number) p.locator(selector).evaluate("e => e.getBoundingClientRect().top")).doubleValue();
    }

    @Test
    void the_skip_link_comes_first_and_moves_the_focus_to_the_chapter() {
        open("chapter/perceptron");
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).hasText("跳到正文");
        assertThat(page.locator("#skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("#chapter")).isFocused();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.MAIN))
                .hasId("chapter");
        assertThat(page.locator(".language-switch")).hasAttribute("aria-label", "语言");
    }

    @Test
    void the_contents_and_every_heading_link_to_their_section_and_the_document_scrolls_to_it() {
        BrowserContext en = newContext("en-US", 1280, 900);
        Page p = en.newPage();
        open(p, "chapter/perceptron");
        assertThat(p.locator("#chapter-toc")).hasAttribute("aria-labelledby", "chapter-toc-title");
        assertThat(p.locator("#chapter-toc li")).hasCount(13);
        p.evaluate("() => window.__marker = 1");
        p.locator("#perceptron-step").click(); // one sample trained: a jump to a section keeps it
        assertThat(p.locator("#perceptron-counter")).containsText("1 sample");
        String trained = p.locator("#perceptron-counter").textContent();
        p.locator("#chapter-toc a", new Page.LocatorOptions().setHasText("Limitations of the perceptron"))
                .click();
        assertThat(p).hasURL(Pattern.compile("/chapter/perceptron#limitations-of-the-perceptron$"));
        p.waitForFunction("() => document.scrollingElement.scrollTop > 2000");
        double heading = top(p, "#limitations-of-the-perceptron");
        assertThat(heading).as("the heading is just under the header").isBetween(40.0, 160.0);
        assertThat(p.locator("#chapter-toc")).isInViewport();
        assertThat(p.evaluate("() => window.__marker")).as("no reload").isEqualTo(1);
        assertThat(p.locator("#perceptron-counter")).hasText(trained);
        assertThat(p.locator("#overview a.heading-link")).hasAttribute("href", "chapter/perceptron#overview");
        screenshot(p, "chapter-toc-en-1280");

        p.locator(".prose a.glossary-link").first().click();
        assertThat(p).hasURL(Pattern.compile("/glossary#term-"));
        String entry = p.url().substring(p.url().indexOf('#') + 1);
        assertThat(p.locator("#" + entry)).isInViewport();
        en.close();

        // a link to a section, opened on a phone: the chapter opens at that section (the blocks off the screen are
        // laid out late, so the jump waits for them)
        BrowserContext phone = newContext("en-US", 390, 844);
        Page q = phone.newPage();
        open(q, "chapter/perceptron#limitations-of-the-perceptron");
        q.waitForFunction("() => document.scrollingElement.scrollTop > 2000");
        assertThat(q.locator("#limitations-of-the-perceptron")).isInViewport();
        phone.close();
    }

    @Test
    void exercises_are_numbered_and_the_solution_is_offered_only_after_an_attempt() {
        BrowserContext phone = newContext("en-US", 390, 844);
        Page p = phone.newPage();
        open(p, "chapter/perceptron");
        assertThat(p.locator("#title-perceptron-update-direction")).hasText("Exercise 4.2 · Direction of the update");
        assertThat(p.locator("#exercise-perceptron-update-direction"))
                .hasAttribute("aria-labelledby", "title-perceptron-update-direction");
        assertThat(p.locator("#reveal-perceptron-single-update")).isHidden();
        p.locator("#answer-perceptron-single-update input").fill("7");
        p.locator("#check-perceptron-single-update").click();
        assertThat(p.locator("#feedback-perceptron-single-update")).hasAttribute("data-outcome", "wrong");
        assertThat(p.locator("#reveal-perceptron-single-update")).isVisible();
        p.locator("#reveal-perceptron-single-update").click();
        assertThat(p.locator("#solution-perceptron-single-update")).isVisible();
        assertThat(p.locator("#status-perceptron-single-update")).hasText("Solution seen before solving");
        assertThat(p.locator("#reveal-perceptron-single-update")).isHidden();
        screenshot(p, "exercise-revealed-en-390");
        phone.close();
    }

    @Test
    void classification_items_are_shown_whole_on_a_phone() {
        BrowserContext phone = newContext("en-US", 390, 844);
        Page p = phone.newPage();
        open(p, "chapter/history");
        var select = p.locator(".exercise-class").first();
        assertThat(select).isVisible();
        Object clipped = select.evaluate(
                "s => { const part = s.shadowRoot.querySelector('[part~=label]');"
                        + " return getComputedStyle(part).whiteSpace !== 'normal' || part.scrollWidth > part.clientWidth + 1; }");
        assertThat(clipped)
                .as("the item's text wraps instead of ending in an ellipsis")
                .isEqualTo(false);
        screenshot(p.locator(".exercise-classes").first(), "classification-en-390");
        phone.close();
    }
}
