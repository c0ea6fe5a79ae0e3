package org.dlf.chapters.history;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

class HistoryTimelineIT extends BrowserTestBase {

    private Locator widget(Page p) {
        return p.locator("[data-widget=history-timeline]");
    }

    private void shoot(Page p, String name) {
        screenshot(widget(p), name);
    }

    @Test
    void selecting_1986_shows_backpropagation_by_rumelhart_hinton_and_williams() {
        open("chapter/history");
        assertThat(page.locator("#timeline-detail-title")).containsText("1943");
        page.locator("#timeline-axis [data-key='backprop-1986'] .ht-hit").click();
        assertThat(page.locator("#timeline-detail-title")).hasText("1986 · 反向传播（BP 算法）");
        assertThat(page.locator("#timeline-detail-people")).containsText("Rumelhart, Hinton & Williams");
        assertThat(page.locator("#timeline-axis [data-key='backprop-1986']")).hasAttribute("aria-current", "true");
        widget(page).scrollIntoViewIfNeeded();
        shoot(page, "history-timeline-zh-1280");

        page.locator("#timeline-axis [data-key='alexnet-2012']").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#timeline-detail-people")).containsText("克里热夫斯基");
        assertThat(page.locator("#timeline-detail-what")).containsText("15.3%");
        assertThat(page.locator("#timeline-axis [data-key='alexnet-2012']")).isFocused();
        page.locator("#timeline-next").click();
        assertThat(page.locator("#timeline-detail-people")).containsText("吴恩达");
        assertThat(page.locator("#timeline-detail-why")).containsText("15.8%");
        page.locator("#timeline-previous").click();
        page.locator("#timeline-previous").click();
        assertThat(page.locator("#timeline-detail-title")).containsText("2006");
    }

    @Test
    void a_tampered_key_is_refused_and_the_list_alternative_selects_too() {
        open("chapter/history");
        page.locator("#timeline-axis")
                .evaluate("el => el.dispatchEvent(new CustomEvent('dlf-svg-select', "
                        + "{detail: {key: 'no-such-milestone'}}))");
        assertThat(widget(page).locator("[role=alert]")).hasText("没有这个里程碑，已保留当前的选择。");
        assertThat(page.locator("#timeline-detail-title")).containsText("1943");
        page.locator("#timeline-list").click();
        page.locator("#timeline-pick-svm-1992").click();
        assertThat(page.locator("#timeline-detail-people")).containsText("科尔特斯");
        assertThat(page.locator("#timeline-detail")).containsText("第二次寒冬");
    }

    @Test
    void english_at_390_px_scrolls_the_axis_not_the_page_and_zoom_widens_it() {
        var small = newContext("en-US", 390, 844);
        Page p = small.newPage();
        open(p, "chapter/history");
        assertThat(p.locator("#timeline-detail-title")).hasText("1943 · The MP model");
        for (int i = 0; i < 6; i++) {
            p.locator("#timeline-next").click();
        }
        assertThat(p.locator("#timeline-detail-title")).hasText("1986 · Backpropagation (the BP algorithm)");
        assertThat(p.locator("#timeline-detail-people")).containsText("Rumelhart, Hinton & Williams");
        assertThat(p.locator("#timeline-position")).hasText("7 of 18");
        widget(p).scrollIntoViewIfNeeded();
        assertTrue((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth"));
        shoot(p, "history-timeline-en-390");
        p.getByRole(com.microsoft.playwright.options.AriaRole.RADIO, new Page.GetByRoleOptions().setName("200%"))
                .check();
        assertThat(p.locator("#timeline-axis svg"))
                .hasAttribute("viewBox", java.util.regex.Pattern.compile("0 0 1440 .*"));
        p.locator("#scheme-toggle").click();
        shoot(p, "history-timeline-en-390-dark");
        small.close();
        var wide = newContext("en-US", 1280, 900);
        Page q = wide.newPage();
        open(q, "chapter/history");
        q.locator("#timeline-axis [data-key='alphago-zero-2017'] .ht-hit").click();
        assertThat(q.locator("#timeline-detail-why")).containsText("AlphaGo Zero plays only Go");
        widget(q).scrollIntoViewIfNeeded();
        shoot(q, "history-timeline-en-1280");
        q.locator("#scheme-toggle").click();
        shoot(q, "history-timeline-en-1280-dark");
        wide.close();
    }
}
