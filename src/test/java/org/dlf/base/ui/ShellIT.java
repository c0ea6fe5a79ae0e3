package org.dlf.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** The application shell as a visitor meets it: languages, colours, navigation, narrow screens. */
class ShellIT extends BrowserTestBase {

    @Test
    void home_page_is_in_chinese_for_a_chinese_browser() {
        open("");
        assertThat(page.locator("#brand .brand-full")).hasText("深度学习基础");
        assertThat(page).hasTitle("深度学习基础");
        assertThat(page.locator("#home h1")).hasText("深度学习基础");
        assertThat(page.locator("#chapter-cards .chapter-card")).hasCount(7);
        assertThat(page.locator("#card-history h3")).containsText("发展简史");
        assertThat(page.locator("#card-history")).containsText("分钟");
        assertThat(page.locator("#chapter-nav vaadin-side-nav-item")).hasCount(11);
        screenshot(page, "home-zh-1280");
    }

    @Test
    void home_page_is_in_english_for_an_english_browser() {
        BrowserContext english = newContext("en-US", 1280, 900);
        Page p = english.newPage();
        open(p, "");
        assertThat(p.locator("#brand .brand-full")).hasText("Deep Learning Foundations");
        assertThat(p.locator("#card-backpropagation h3")).containsText("Backpropagation");
        assertThat(p.locator("#card-backpropagation")).containsText("min");
        assertThat(p.locator("html")).hasAttribute("lang", "en");
        screenshot(p, "home-en-1280");
        english.close();
    }

    @Test
    void the_language_choice_persists_across_visits() {
        open("");
        page.locator("#lang-en").click();
        assertThat(page.locator("#brand .brand-full")).hasText("Deep Learning Foundations");
        assertThat(page.locator("#card-history h3")).containsText("History");
        assertThat(page.locator("#lang-en")).hasAttribute("aria-pressed", "true");
        page.reload();
        assertThat(page.locator("#brand .brand-full")).hasText("Deep Learning Foundations");
        open("chapter/perceptron");
        assertThat(page.locator("#chapter-title")).containsText("Perceptron");
        page.locator("#lang-zh").click();
        assertThat(page.locator("#chapter-title")).containsText("感知机");
    }

    @Test
    void dark_colours_switch_on_and_persist() {
        open("");
        page.locator("#scheme-toggle").click();
        assertThat(page.locator("html")).hasAttribute("theme", Pattern.compile("dark"));
        page.reload();
        assertThat(page.locator("html")).hasAttribute("theme", Pattern.compile("dark"));
        assertThat(page.locator("#chapter-cards .chapter-card")).hasCount(7);
        screenshot(page, "home-zh-dark");
        page.locator("#scheme-toggle").click();
        assertThat(page.locator("html")).not().hasAttribute("theme", Pattern.compile("dark"));
    }

    @Test
    void on_a_phone_the_navigation_is_a_drawer() {
        BrowserContext phone = newContext("zh-CN", 390, 844);
        Page p = phone.newPage();
        open(p, "");
        assertThat(p.locator("#chapter-nav")).not().isInViewport();
        screenshot(p, "home-zh-390");
        p.locator("#drawer-toggle").click();
        assertThat(p.locator("#chapter-nav")).isInViewport();
        screenshot(p, "drawer-zh-390");
        p.locator("#chapter-nav").getByText("单层感知机").click();
        assertThat(p.locator("#chapter-title")).containsText("感知机");
        assertThat(p).hasURL(Pattern.compile("/chapter/perceptron$"));
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow)
                .as("page scrolls sideways at 390 px")
                .isEqualTo(false);
        phone.close();
    }

    @Test
    void an_unknown_chapter_shows_a_friendly_page_with_a_way_home() {
        open("chapter/no-such-chapter");
        assertThat(page.locator("#not-found h1")).hasText("没有找到这个页面");
        assertThat(page.locator("body")).not().containsText("Exception");
        page.locator("#not-found a").click();
        assertThat(page.locator("#chapter-cards")).isVisible();
    }
}
