package org.dlf.base.ui.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
        assertThat(page.locator("#chapter-cards .chapter-card")).hasCount(8);
        assertThat(page.locator("#card-history h3")).containsText("发展简史");
        assertThat(page.locator("#card-history")).containsText("分钟");
        assertThat(page.locator("#chapter-nav li > a")).hasCount(12);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("章节")))
                .hasId("chapter-nav");
        assertThat(page.locator("#chapter-nav a[aria-current=page]")).hasText("首页");
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
        p.locator("#chapter-nav").getByText("Multilayer Perceptron").click();
        assertThat(p.locator("#chapter-title")).containsText("Multilayer Perceptron");
        assertThat(p.locator("#chapter-nav a[aria-current=page]")).hasAttribute("href", "chapter/mlp");
        screenshot(p, "chapter-en-1280");
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
        Locator scheme = page.locator("#scheme-toggle");
        assertThat(scheme).hasAttribute("aria-label", "切换到深色");
        scheme.click();
        assertThat(page.locator("html")).hasAttribute("theme", Pattern.compile("dark"));
        // the label tells what a click does, and the tooltip (a Flow child of the button) survives the new icon
        assertThat(scheme).hasAttribute("aria-label", "切换到浅色");
        assertThat(scheme.locator("vaadin-tooltip")).hasCount(1);
        assertThat(scheme.locator("vaadin-icon")).hasAttribute("icon", "vaadin:sun-o");
        page.reload();
        idle(page); // a link clicked while the page still starts can be lost (a full-suite run once saw it)
        assertThat(page.locator("html")).hasAttribute("theme", Pattern.compile("dark"));
        assertThat(page.locator("#chapter-cards .chapter-card")).hasCount(8);
        screenshot(page, "home-zh-dark");
        page.locator("#chapter-nav a[href='chapter/backpropagation']").click();
        assertThat(page.locator("#chapter-nav a[aria-current=page]")).hasAttribute("href", "chapter/backpropagation");
        screenshot(page, "chapter-zh-dark");
        page.locator("#scheme-toggle").click();
        assertThat(page.locator("html")).not().hasAttribute("theme", Pattern.compile("dark"));
        assertThat(scheme.locator("vaadin-tooltip")).hasCount(1);
        assertThat(scheme.locator("vaadin-icon")).hasAttribute("icon", "vaadin:moon-o");
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
        p.waitForFunction("() => document.getElementById('chapter-nav').getBoundingClientRect().left >= 0");
        screenshot(p, "drawer-zh-390");
        p.locator("#chapter-nav").getByText("单层感知机").click();
        assertThat(p.locator("#chapter-title")).containsText("感知机");
        assertThat(p).hasURL(Pattern.compile("/chapter/perceptron$"));
        assertThat(p.locator("vaadin-app-layout")).not().hasAttribute("drawer-opened", "");
        assertThat(p.locator("#chapter-nav")).not().isInViewport();
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow)
                .as("page scrolls sideways at 390 px")
                .isEqualTo(false);
        phone.close();
    }

    @Test
    void navigation_links_change_the_page_without_reloading_it_and_mark_the_current_chapter() {
        open("");
        page.evaluate("() => window.__marker = 1");
        page.locator("#chapter-nav").getByText("多层感知机").click();
        assertThat(page).hasURL(Pattern.compile("/chapter/mlp$"));
        assertThat(page.locator("#chapter-title")).containsText("多层感知机");
        assertThat(page.locator("#chapter-nav a[aria-current=page]")).hasCount(1);
        assertThat(page.locator("#chapter-nav a[aria-current=page]")).hasAttribute("href", "chapter/mlp");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__marker"))
                .as("the page was not reloaded")
                .isEqualTo(1);
        screenshot(page, "chapter-zh-1280");

        page.goBack();
        assertThat(page.locator("#chapter-cards")).isVisible();
        assertThat(page.locator("#chapter-nav a[aria-current=page]")).hasText("首页");
        page.locator("#chapter-nav a[href=glossary]").focus();
        page.keyboard().press("Shift+Tab");
        assertThat(page.locator("#chapter-nav a[href='chapter/backpropagation']"))
                .isFocused();
        Object ring = page.locator("#chapter-nav a:focus-visible").evaluate("a => getComputedStyle(a).boxShadow");
        org.assertj.core.api.Assertions.assertThat(ring)
                .as("keyboard focus is visible")
                .isNotEqualTo("none");
        screenshot(page, "nav-focus-zh");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/glossary$"));
        assertThat(page.locator("#chapter-nav a[aria-current=page]")).hasAttribute("href", "glossary");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__marker"))
                .isEqualTo(1);
    }

    @Test
    void the_whole_navigation_is_one_server_side_node() {
        open("chapter/mlp");
        assertThat(page.locator("#chapter-nav li > a")).hasCount(12);
        String count = """
                (root) => {
                  const client = Object.values(window.Vaadin.Flow.clients).find(c => c.getNodeId);
                  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
                  let bound = client.getNodeId(root) >= 0 ? 1 : 0;
                  while (walker.nextNode()) if (client.getNodeId(walker.currentNode) >= 0) bound++;
                  return bound;
                }""";
        Object nav = page.locator("#chapter-nav").evaluate(count);
        Object brand = page.locator("#brand").evaluate(count);
        Object languages = page.locator(".language-switch").evaluate(count);
        Object wholePage = page.locator("body").evaluate(count);
        System.out.printf("Flow-bound DOM nodes on chapter/mlp: navigation %s, whole page %s%n", nav, wholePage);
        // the count sees bound nodes: the language switch and its two buttons; the brand link is one node too,
        // its two labels (like the buttons' labels) are its markup
        org.assertj.core.api.Assertions.assertThat(languages).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(brand).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(nav).isEqualTo(1);
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
