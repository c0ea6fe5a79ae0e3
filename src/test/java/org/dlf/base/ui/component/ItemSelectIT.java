package org.dlf.base.ui.component;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.Map;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** The one-node select as a learner meets it: opening, choosing, a forged value refused, how it looks. */
class ItemSelectIT extends BrowserTestBase {

    @Test
    void the_data_set_and_category_selects_open_with_every_option_in_both_languages_and_on_a_phone() {
        String[][] cases = {{"zh-CN", "1280", "螺旋"}, {"en-US", "1280", "Spiral"}, {"en-US", "390", "Spiral"}};
        for (String[] c : cases) {
            BrowserContext ctx = newContext(c[0], Integer.parseInt(c[1]), 844);
            Page p = ctx.newPage();
            open(p, "chapter/mlp");
            Locator dataset = p.locator("#mlp-dataset");
            dataset.scrollIntoViewIfNeeded();
            dataset.click();
            assertThat(option(p, c[2])).isVisible();
            assertThat(p.getByRole(AriaRole.OPTION)).hasCount(6);
            viewport(p, "select-mlp-open-" + c[0].substring(0, 2) + "-" + c[1]);
            option(p, c[2]).click();
            assertThat(dataset).containsText(c[2]);
            open(p, "chapter/ai-ml-dl");
            Locator cnn = p.locator("#class-ai-ml-dl-classify-cnn");
            cnn.scrollIntoViewIfNeeded();
            cnn.click();
            assertThat(cnn.getByRole(AriaRole.OPTION)).hasCount(3);
            viewport(p, "select-classify-open-" + c[0].substring(0, 2) + "-" + c[1]);
            ctx.close();
        }
    }

    @Test
    void a_classification_is_answered_with_one_category_per_item_and_checked_correct() {
        BrowserContext en = newContext("en-US", 1280, 900);
        Page p = en.newPage();
        open(p, "chapter/ai-ml-dl");
        Locator exercise = p.locator("#answer-ai-ml-dl-classify");
        exercise.scrollIntoViewIfNeeded();
        assertThat(p.locator("#class-ai-ml-dl-classify-cnn")).containsText("Choose");
        screenshot(exercise, "select-classify-empty-en");
        Map<String, String> answer = new java.util.LinkedHashMap<>();
        answer.put("expert-system", "AI (not machine learning)");
        answer.put("decision-tree", "Machine learning (not deep learning)");
        answer.put("cnn", "Deep learning");
        answer.put("search", "AI (not machine learning)");
        answer.put("kmeans", "Machine learning (not deep learning)");
        answer.put("alexnet", "Deep learning");
        answer.put("svm", "Machine learning (not deep learning)");
        answer.put("dbn", "Deep learning");
        answer.forEach((item, category) -> {
            Locator select = p.locator("#class-ai-ml-dl-classify-" + item);
            // the box a learner clicks: the element's centre can fall between a one-line label and the box
            select.locator("vaadin-select-value-button").click();
            option(select, category).click();
            assertThat(select).containsText(category);
        });
        screenshot(exercise, "select-classify-filled-en");
        p.locator("#check-ai-ml-dl-classify").click();
        assertThat(p.locator("#feedback-ai-ml-dl-classify")).hasAttribute("data-outcome", "correct");
        en.close();
    }

    @Test
    void a_forged_value_from_the_browser_is_put_back_and_changes_nothing() {
        open("chapter/mlp");
        Locator dataset = page.locator("#mlp-dataset");
        dataset.scrollIntoViewIfNeeded();
        assertThat(dataset).containsText("XOR（4 个点）");
        Object original = dataset.evaluate("el => el.value");
        for (String forged : new String[] {"bogus", "99", "", "<script>alert(1)</script>", "螺旋"}) {
            dataset.evaluate("(el, v) => { el.value = v; }", forged);
            assertThat(dataset).hasJSProperty("value", original);
            assertThat(dataset).containsText("XOR（4 个点）");
        }
        // the server kept the data set: a run still trains on the four XOR points
        page.locator("#mlp-run").click();
        assertThat(page.locator("#mlp-status")).containsText("训练准确率");
        assertThat(page.locator("#mlp-message")).not().containsText("Exception");
    }

    private static Locator option(Page p, String name) {
        return p.getByRole(
                AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator option(Locator select, String name) {
        return select.getByRole(
                AriaRole.OPTION, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void viewport(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get(System.getProperty("screenshots.dir", "target/screenshots"))
                        .resolve(name + ".png")));
    }
}
