package org.dlf.chapters.mlp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MlpTrainerIT extends BrowserTestBase {

    /** What the page says, by language. */
    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "zh-CN",
            Map.ofEntries(
                    Map.entry("play", "运行"),
                    Map.entry("pause", "暂停"),
                    Map.entry("epoch", "^第 (\\d+) 轮$"),
                    Map.entry("fastest", "尽可能快"),
                    Map.entry("spiral", "螺旋"),
                    Map.entry("equal", "全部相等（0.5）"),
                    Map.entry("too-high", "学习率 η = 10 很可能太大"),
                    Map.entry("evidence", "最近几轮的损失："),
                    Map.entry("range", "学习率必须在 0.0001 到 10 之间"),
                    Map.entry("recommended", "针对“螺旋”的推荐：3 个隐藏层"),
                    Map.entry("test-accuracy", "测试准确率 ([\\d.]+)%"),
                    Map.entry("symmetric", "每个隐藏层中的所有神经元都有相同的偏置"),
                    Map.entry("neuron-name", "第 1 个隐藏层第 \\d 个神经元")),
            "en-US",
            Map.ofEntries(
                    Map.entry("play", "Play"),
                    Map.entry("pause", "Pause"),
                    Map.entry("epoch", "^Epoch (\\d+)$"),
                    Map.entry("fastest", "As fast as possible"),
                    Map.entry("spiral", "Spiral"),
                    Map.entry("equal", "All equal (0.5)"),
                    Map.entry("too-high", "The learning rate η = 10 is probably too high"),
                    Map.entry("evidence", "The last losses:"),
                    Map.entry("range", "The learning rate must be from 0.0001 to 10"),
                    Map.entry("recommended", "Recommended for Spiral: 3 hidden layers"),
                    Map.entry("test-accuracy", "test accuracy ([\\d.]+)%"),
                    Map.entry("symmetric", "Every neuron of each hidden layer has the same bias"),
                    Map.entry("neuron-name", "Hidden layer 1, neuron \\d")));

    private static final LocatorAssertions.ContainsTextOptions LONG =
            new LocatorAssertions.ContainsTextOptions().setTimeout(90_000);

    private static void choose(Page p, String select, String option) {
        p.locator(select).click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }

    private static void type(Page p, String field, String value) {
        Locator input = p.locator(field + " input");
        input.fill(value);
        input.press("Enter");
    }

    /** The epoch the counter shows. */
    private static int epoch(Page p, String locale) {
        var m = Pattern.compile(TEXT.get(locale).get("epoch"))
                .matcher(p.locator("#mlp-counter").textContent());
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** A fingerprint of the decision boundary the chart draws. */
    private static double heatmap(Page p) {
        return ((Number) p.evaluate("() => document.querySelector('#mlp-plot')._chart.options.plugins.dlfHeatmap"
                        + ".values.reduce((a, v, i) => a + v * (i % 7 + 1), 0)"))
                .doubleValue();
    }

    /** Waits until the counter has shown the same text for 0.6 s (a paused run's last frame has come). */
    private static void counterSettles(Page p) {
        p.waitForFunction(
                "() => { const t = document.querySelector('#mlp-counter').textContent;"
                        + " if (window.__counter !== t) { window.__counter = t; window.__since = performance.now();"
                        + " return false; } return performance.now() - window.__since > 600; }",
                null,
                new Page.WaitForFunctionOptions().setPollingInterval(100));
    }

    /** Viewport screenshots of the trainer's parts. */
    private void snap(Page p, String name) {
        screenshots(p, name, "#mlp-plot", "#mlp-run", "#mlp-dataset", "#mlp-loss-chart");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en-US"})
    void step_trains_one_epoch_play_animates_the_counter_and_the_boundary_and_pause_stops_them(String locale) {
        Map<String, String> t = TEXT.get(locale);
        Page p = openIn(locale, 1280, 900, "chapter/mlp");
        Locator run = p.locator("#mlp-run");
        Locator counter = p.locator("#mlp-counter");
        assertThat(counter).hasText(Pattern.compile(t.get("epoch").replace("(\\d+)", "0")));

        p.locator("#mlp-step").click();
        assertThat(counter).hasText(Pattern.compile(t.get("epoch").replace("(\\d+)", "1")));
        p.locator("#mlp-step").click();
        assertThat(counter).hasText(Pattern.compile(t.get("epoch").replace("(\\d+)", "2")));

        double before = heatmap(p);
        run.click(); // normal speed: 30 epochs a second
        assertThat(run).hasText(t.get("pause"));
        assertThat(p.locator("#mlp-step")).isDisabled();
        p.waitForFunction("() => /(\\d+)/.exec(document.querySelector('#mlp-counter').textContent)[1] >= 20");
        p.waitForFunction(
                "b => document.querySelector('#mlp-plot')._chart.options.plugins.dlfHeatmap.values"
                        + ".reduce((a, v, i) => a + v * (i % 7 + 1), 0) !== b",
                before);
        snap(p, "mlp-playing-" + locale.substring(0, 2));

        run.click();
        assertThat(run).hasText(t.get("play"));
        counterSettles(p);
        int paused = epoch(p, locale);
        p.locator("#mlp-step").click();
        assertThat(counter).hasText(Pattern.compile(t.get("epoch").replace("(\\d+)", String.valueOf(paused + 1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en-US"})
    void a_learning_rate_of_10_is_explained_with_the_last_losses_before_anything_becomes_infinite(String locale) {
        Map<String, String> t = TEXT.get(locale);
        Page p = openIn(locale, 1280, 900, "chapter/mlp");
        choose(p, "#mlp-dataset", t.get("spiral"));
        type(p, "#mlp-learning-rate", "10");
        choose(p, "#mlp-speed", t.get("fastest"));
        p.locator("#mlp-run").click();

        Locator message = p.locator("#mlp-message");
        assertThat(message).containsText(t.get("too-high"));
        assertThat(message).containsText(t.get("evidence"));
        assertThat(message).containsText("→");
        assertThat(p.locator("#mlp-run")).hasText(t.get("play"));
        snap(p, "mlp-too-high-" + locale.substring(0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en-US"})
    void an_invalid_field_refuses_play_and_step_with_its_message(String locale) {
        Map<String, String> t = TEXT.get(locale);
        Page p = openIn(locale, 1280, 900, "chapter/mlp");
        type(p, "#mlp-learning-rate", "100");
        Locator message = p.locator("#mlp-message");
        assertThat(message).containsText(t.get("range"));
        assertThat(p.locator("#mlp-learning-rate")).hasAttribute("invalid", "");

        p.locator("#mlp-run").click();
        idle(p);
        assertThat(p.locator("#mlp-run")).hasText(t.get("play")); // refused: no run started
        assertThat(message).containsText(t.get("range"));
        p.locator("#mlp-step").click();
        counterSettles(p); // a step, had it started, would have shown its epoch within a frame (100 ms)
        assertThat(p.locator("#mlp-counter"))
                .hasText(Pattern.compile(t.get("epoch").replace("(\\d+)", "0")));
        assertThat(p.locator("#mlp-learning-rate input")).hasValue("100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en-US"})
    void reset_draws_a_new_seed_into_the_form_and_restart_keeps_it(String locale) {
        Pattern zero = Pattern.compile(TEXT.get(locale).get("epoch").replace("(\\d+)", "0"));
        Page p = openIn(locale, 1280, 900, "chapter/mlp");
        Locator seed = p.locator("#mlp-seed input");
        assertThat(seed).hasValue("1");
        p.locator("#mlp-step").click();

        p.locator("#mlp-reset").click();
        assertThat(seed).not().hasValue("1");
        String drawn = seed.inputValue();
        assertThat(p.locator("#mlp-counter")).hasText(zero);
        p.locator("#mlp-step").click();
        p.locator("#mlp-restart").click();
        assertThat(seed).hasValue(drawn);
        assertThat(p.locator("#mlp-counter")).hasText(zero);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en-US"})
    void the_recommended_settings_train_the_spiral_to_95_percent_test_accuracy(String locale) {
        Map<String, String> t = TEXT.get(locale);
        Page p = openIn(locale, 1280, 900, "chapter/mlp");
        choose(p, "#mlp-dataset", t.get("spiral"));
        p.locator("#mlp-recommended").click();
        assertThat(p.locator("#mlp-message")).containsText(t.get("recommended"));
        assertThat(p.locator("#mlp-layers input")).hasValue("3");
        choose(p, "#mlp-speed", t.get("fastest"));
        p.locator("#mlp-run").click();

        p.waitForFunction(
                "re => { const m = new RegExp(re).exec(document.querySelector('#mlp-status').textContent);"
                        + " return m && parseFloat(m[1]) >= 95; }",
                t.get("test-accuracy"),
                new Page.WaitForFunctionOptions().setTimeout(90_000));
        p.locator("#mlp-run").click();
        snap(p, "mlp-spiral-recommended-" + locale.substring(0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en-US"})
    void with_all_weights_equal_the_hidden_neurons_stay_identical_while_training(String locale) {
        Map<String, String> t = TEXT.get(locale);
        Page p = openIn(locale, 1280, 900, "chapter/mlp");
        choose(p, "#mlp-start", t.get("equal"));
        Locator note = p.locator("#mlp-symmetry");
        assertThat(note).containsText(t.get("symmetric"));
        p.locator("#mlp-run").click();
        p.waitForFunction("() => /(\\d+)/.exec(document.querySelector('#mlp-counter').textContent)[1] >= 40");
        p.locator("#mlp-run").click();
        assertThat(note).isVisible();

        Locator neuron = p.locator("#mlp-neuron");
        p.locator("#mlp-network [data-key='n-0-0']").click();
        assertThat(neuron).containsText(Pattern.compile(t.get("neuron-name")));
        String first = neuron.textContent().replaceFirst(t.get("neuron-name"), "");
        p.locator("#mlp-network [data-key='n-0-3']").click();
        assertThat(neuron).containsText(Pattern.compile(t.get("neuron-name").replace("\\d", "4")));
        org.assertj.core.api.Assertions.assertThat(neuron.textContent().replaceFirst(t.get("neuron-name"), ""))
                .isEqualTo(first);
        snap(p, "mlp-symmetric-" + locale.substring(0, 2));
    }

    @Test
    void the_default_network_learns_xor_to_100_percent_and_a_neuron_can_be_inspected() {
        open("chapter/mlp");
        Locator status = page.locator("#mlp-status");
        assertThat(status).containsText("第 0 轮");
        type(page, "#mlp-budget", "400");
        choose(page, "#mlp-speed", "尽可能快");
        page.locator("#mlp-run").click();
        assertThat(status).containsText("第 400 轮", LONG);
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
        type(page, "#mlp-learning-rate", "0.4");
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
        type(page, "#mlp-neurons", "40");
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
    void english_small_screens_and_dark() {
        Page p = openIn("en-US", 1280, 900, "chapter/mlp");
        choose(p, "#mlp-dataset", "Spiral");
        p.locator("#mlp-run").click();
        assertThat(p.locator("#mlp-status")).containsText("Test loss");
        p.locator("#mlp-run").click();
        snap(p, "mlp-en-1280");
        for (String locale : new String[] {"en-US", "zh-CN"}) {
            Page q = openIn(locale, 390, 844, "chapter/mlp");
            q.locator("#mlp-dataset").scrollIntoViewIfNeeded();
            assertThat(q.locator("#mlp-status")).isVisible();
            Object overflow = q.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
            q.locator("#mlp-step").click();
            snap(q, "mlp-" + locale.substring(0, 2) + "-390");
        }
        Page d = openIn("zh-CN", 1280, 900, "chapter/mlp");
        d.locator("#scheme-toggle").click();
        assertThat(d.locator("html")).hasAttribute("theme", Pattern.compile("dark"));
        d.locator("#mlp-step").click();
        snap(d, "mlp-zh-dark");
    }
}
