package org.dlf.chapters.aimap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Position;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

class AiMlDlMapIT extends BrowserTestBase {

    private Locator widget(Page p) {
        return p.locator("[data-widget=ai-ml-dl-map]");
    }

    private void shoot(Page p, String name) {
        screenshot(widget(p), name);
    }

    @Test
    void selecting_the_dl_ring_shows_its_definition_and_items_explain_themselves() {
        open("chapter/ai-ml-dl");
        assertThat(page.locator("#aimap-detail-title")).hasText("人工智能（AI）");
        page.locator("#aimap-diagram .am-wide [data-key='ring:dl']")
                .click(new Locator.ClickOptions().setPosition(new Position(12, 24)));
        assertThat(page.locator("#aimap-detail-title")).hasText("深度学习（DL）");
        assertThat(page.locator("#aimap-definition")).containsText("多层神经网络");
        assertThat(page.locator("#aimap-examples")).containsText("Transformer");

        page.locator("#aimap-diagram .am-wide [data-key='item:neural-network']").click();
        assertThat(page.locator("#aimap-detail")).containsText("位于机器学习与深度学习的交界");
        widget(page).scrollIntoViewIfNeeded();
        shoot(page, "ai-ml-dl-map-zh-1280");

        page.locator("#aimap-diagram .am-wide [data-key='item:k-means']").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#aimap-line")).containsText("无监督学习");
        assertThat(page.locator("#aimap-diagram .am-wide [data-key='item:k-means']"))
                .hasAttribute("aria-current", "true");
    }

    @Test
    void a_tampered_key_is_refused_and_the_list_names_every_algorithm() {
        open("chapter/ai-ml-dl");
        page.locator("#aimap-diagram")
                .evaluate(
                        "el => el.dispatchEvent(new CustomEvent('dlf-svg-select', " + "{detail: {key: 'ring:agi'}}))");
        assertThat(widget(page).locator("[role=alert]")).hasText("图中没有这一项，已保留当前的选择。");
        page.locator("#aimap-list").click();
        for (String name : new String[] {
            "决策树",
            "随机森林",
            "逻辑回归",
            "SVM",
            "朴素贝叶斯",
            "K 最近邻",
            "K 均值",
            "AdaBoost",
            "神经网络",
            "马尔可夫模型",
            "CNN",
            "DBN",
            "RNN / LSTM",
            "Transformer"
        }) {
            assertThat(page.locator("#aimap-list")).containsText(name);
        }
    }

    @Test
    void english_at_390_px_uses_the_narrow_drawing() {
        var small = newContext("en-US", 390, 844);
        Page p = small.newPage();
        open(p, "chapter/ai-ml-dl");
        assertThat(p.locator("#aimap-diagram .am-wide")).isHidden();
        assertThat(p.locator("#aimap-diagram .am-narrow")).isVisible();
        p.locator("#aimap-diagram .am-narrow [data-key='ring:dl']")
                .click(new Locator.ClickOptions().setPosition(new Position(12, 24)));
        assertThat(p.locator("#aimap-detail-title")).hasText("Deep learning (DL)");
        assertThat(p.locator("#aimap-definition")).containsText("multilayer neural networks");
        widget(p).scrollIntoViewIfNeeded();
        assertTrue((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth"));
        shoot(p, "ai-ml-dl-map-en-390");
        p.locator("#scheme-toggle").click();
        shoot(p, "ai-ml-dl-map-en-390-dark");
        small.close();
        var wide = newContext("en-US", 1280, 900);
        Page q = wide.newPage();
        open(q, "chapter/ai-ml-dl");
        q.locator("#aimap-diagram .am-wide [data-key='item:svm']").click();
        assertThat(q.locator("#aimap-line")).containsText("maximum margin");
        widget(q).scrollIntoViewIfNeeded();
        shoot(q, "ai-ml-dl-map-en-1280");
        q.locator("#scheme-toggle").click();
        shoot(q, "ai-ml-dl-map-en-1280-dark");
        wide.close();
    }
}
