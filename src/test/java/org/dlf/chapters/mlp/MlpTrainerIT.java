package org.dlf.chapters.mlp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

class MlpTrainerIT extends BrowserTestBase {

    @Test
    void the_default_network_learns_xor_to_100_percent_and_a_neuron_can_be_inspected() {
        open("chapter/mlp");
        Locator status = page.locator("#mlp-status");
        assertThat(status).containsText("第 0 轮");
        Locator budget = page.locator("#mlp-budget input");
        budget.fill("400");
        budget.press("Enter");
        page.locator("#mlp-run").click();
        assertThat(status)
                .containsText(
                        "第 400 轮",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(30_000));
        assertThat(status).containsText("训练准确率 100.0%");
        assertThat(page.locator("#mlp-message")).containsText("已训练 400 轮");
        // the decision boundary arrived as one byte a cell and was decoded to 1,600 values spanning both classes
        @SuppressWarnings("unchecked")
        java.util.List<Number> heatmap = (java.util.List<Number>)
                page.evaluate("() => { const h = document.querySelector('#mlp-plot')._chart.options.plugins.dlfHeatmap;"
                        + " return [h.values.length, Math.min(...h.values), Math.max(...h.values),"
                        + " h.values.every(v => Number.isFinite(v) && v >= 0 && v <= 1) ? 1 : 0]; }");
        org.assertj.core.api.Assertions.assertThat(heatmap.get(0).intValue()).isEqualTo(1600);
        org.assertj.core.api.Assertions.assertThat(heatmap.get(1).doubleValue()).isLessThan(0.1);
        org.assertj.core.api.Assertions.assertThat(heatmap.get(2).doubleValue()).isGreaterThan(0.9);
        org.assertj.core.api.Assertions.assertThat(heatmap.get(3).intValue()).isEqualTo(1);
        page.locator("#mlp-network [data-key='n-0-0']").click();
        assertThat(page.locator("#mlp-neuron")).containsText("第 1 个隐藏层第 1 个神经元");
        // the ring moves to the inspected neuron (and only there), also once the focus has left it
        page.locator("#mlp-network [data-key='n-0-1']").click();
        assertThat(page.locator("#mlp-neuron")).containsText("第 1 个隐藏层第 2 个神经元");
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        page.waitForFunction("() => { const w = k => getComputedStyle(document.querySelector("
                + "`#mlp-network [data-key='${k}'] circle`)).strokeWidth;"
                + " return w('n-0-1') === '4px' && w('n-0-0') === '2px'; }");
        page.locator("#mlp-plot").scrollIntoViewIfNeeded();
        screenshot(page, "mlp-zh-1280");

        // a new learning rate starts a new network on the same data: the points stay, the loss curves restart
        Locator rate = page.locator("#mlp-learning-rate input");
        rate.fill("0.4");
        rate.press("Enter");
        assertThat(status).containsText("第 0 轮");
        page.waitForFunction("() => { const c = document.querySelector('#mlp-loss-chart')._chart;"
                + " return c.data.datasets[0].data.length <= 1; }");
        Object points = page.evaluate("() => document.querySelector('#mlp-plot')._chart.data.datasets"
                + ".slice(0, 2).map(d => d.data.length).reduce((a, b) => a + b)");
        org.assertj.core.api.Assertions.assertThat(((Number) points).intValue()).isEqualTo(4);
    }

    @Test
    void too_many_neurons_are_refused_with_the_limit_named() {
        open("chapter/mlp");
        Locator neurons = page.locator("#mlp-neurons input");
        neurons.fill("40");
        neurons.press("Enter");
        assertThat(page.locator("#mlp-message")).containsText("每层神经元数必须在 1 到 16 之间");
    }

    @Test
    void a_bad_learning_rate_or_an_empty_field_is_refused_with_a_message_and_changes_nothing() {
        open("chapter/mlp");
        Locator rate = page.locator("#mlp-learning-rate input");
        Locator message = page.locator("#mlp-message");
        String before = rate.inputValue();
        rate.fill("99");
        rate.press("Enter");
        assertThat(message).containsText("学习率必须在");
        assertThat(page.locator("#mlp-learning-rate")).hasAttribute("invalid", "");
        rate.fill("");
        rate.press("Enter");
        assertThat(message).containsText("请填写所有字段");
        // letters never reach the server: the browser's number input reports them as no value
        rate.pressSequentially("abc");
        rate.press("Enter");
        assertThat(message).containsText("请填写所有字段");
        rate.fill(before);
        rate.press("Enter");
        assertThat(message).not().containsText("请填写所有字段");
        assertThat(page.locator("#mlp-learning-rate")).not().hasAttribute("invalid", "");
    }

    @Test
    void the_step_buttons_change_the_network_at_once() {
        open("chapter/mlp");
        // with two hidden layers the output neuron is in layer 2 (keys n-layer-index, from 0)
        Locator outputAfterTwoLayers = page.locator("#mlp-network [data-key='n-2-0']");
        assertThat(outputAfterTwoLayers).hasCount(0);
        page.locator("#mlp-layers [part~='increase-button']").click();
        assertThat(page.locator("#mlp-layers input")).hasValue("2");
        assertThat(outputAfterTwoLayers).hasCount(1);
        page.locator("#mlp-layers [part~='decrease-button']").click();
        assertThat(outputAfterTwoLayers).hasCount(0);
        assertThat(page.locator("#mlp-message")).isEmpty();
    }

    @Test
    void english_and_small_screens() {
        BrowserContext en = newContext("en-US", 1280, 900);
        Page p = en.newPage();
        open(p, "chapter/mlp");
        p.locator("#mlp-dataset").click();
        p.getByRole(com.microsoft.playwright.options.AriaRole.OPTION, new Page.GetByRoleOptions().setName("Spiral"))
                .click();
        p.locator("#mlp-run").click();
        assertThat(p.locator("#mlp-status")).containsText("Test loss");
        p.locator("#mlp-run").click();
        p.locator("#mlp-dataset").scrollIntoViewIfNeeded();
        screenshot(p, "mlp-en-1280");
        en.close();
        for (String locale : new String[] {"en-US", "zh-CN"}) {
            BrowserContext small = newContext(locale, 390, 844);
            Page q = small.newPage();
            open(q, "chapter/mlp");
            q.locator("#mlp-dataset").scrollIntoViewIfNeeded();
            assertThat(q.locator("#mlp-status")).isVisible();
            Object overflow = q.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
            screenshot(q, "mlp-" + locale.substring(0, 2) + "-390");
            small.close();
        }
    }
}
