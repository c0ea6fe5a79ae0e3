package org.dlf.chapters.share;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dlf.BrowserTestBase;
import org.dlf.assignment.AssignmentRules;
import org.dlf.classroom.AssignmentService;
import org.dlf.classroom.ClassSummary;
import org.dlf.classroom.ClassroomService;
import org.dlf.security.TeacherAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Widget settings in the URL, end to end: a copied link opens the same setup (and the same run) in a fresh
 * browser, a language switch and a reload keep it, a forged link is refused with a notice, a teacher's lock
 * wins over a link.
 */
class ShareIT extends BrowserTestBase {

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    AssignmentService assignments;

    private BrowserContext withClipboard(String locale, int width) {
        BrowserContext c = newContext(locale, width, 900);
        c.grantPermissions(
                List.of("clipboard-read", "clipboard-write"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
        return c;
    }

    private static void fill(Page p, String id, String value) {
        Locator input = p.locator("#" + id + " input");
        input.fill(value);
        input.press("Enter");
    }

    /** The network part of the perceptron's JSON export (every weight at full precision). */
    private static String exportedNetwork(Page p) throws IOException {
        Download download =
                p.waitForDownload(() -> p.locator("#perceptron-export-json").click());
        String json = Files.readString(download.path());
        assertThat(json).contains("\"widget\" : \"perceptron-trainer\"");
        return json.substring(json.indexOf("\"network\""), json.indexOf("\"learningRate\""));
    }

    private static void epochs(Page p, int n) {
        for (int i = 1; i <= n; i++) {
            p.locator("#perceptron-epoch").click();
            assertThat(p.locator("#perceptron-outcome")).containsText(Pattern.compile("\\b" + i + "\\b"));
        }
    }

    @Test
    void a_copied_perceptron_link_gives_the_same_setup_and_the_same_run_in_a_fresh_browser() throws IOException {
        BrowserContext zh = withClipboard("zh-CN", 1280);
        Page p = zh.newPage();
        open(p, "chapter/perceptron");
        p.locator("#perceptron-dataset").click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("XOR（异或）"))
                .click();
        p.locator("#perceptron-plot").click(); // a point of class +1 where the learner clicked
        fill(p, "perceptron-learning-rate", "0.2");
        p.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("随机（种子）"))
                .check();
        fill(p, "perceptron-seed", "42");
        p.waitForURL(Pattern.compile(".*perceptron-trainer\\.seed=42.*"));
        assertThat(p.url())
                .contains("perceptron-trainer.data=xor", "perceptron-trainer.add=", "perceptron-trainer.lr=0.2")
                .contains("perceptron-trainer.start=random");
        epochs(p, 5);
        String network = exportedNetwork(p);

        p.locator("#perceptron-trainer-copy-link").click();
        assertThat(p.locator("#perceptron-trainer-link-copied")).hasText("链接已复制。任何人打开它都会看到相同的设置。");
        String link = (String) p.evaluate("() => navigator.clipboard.readText()");
        assertThat(link).startsWith(url("chapter/perceptron?")).contains("perceptron-trainer.seed=42");
        screenshot(p.locator("[data-widget=perceptron-trainer] .share-bar"), "share-copied-zh");

        BrowserContext en = newContext("en-US", 1280, 900); // someone else: no cookies, another language
        Page q = en.newPage();
        q.navigate(link);
        assertThat(q.locator("#perceptron-learning-rate input")).hasValue("0.2");
        assertThat(q.locator("#perceptron-seed input")).hasValue("42");
        // the chosen value, not the select's whole text (which holds every option's label)
        assertThat(q.locator("#perceptron-dataset [slot=value]")).hasText("Custom (my own points)");
        assertThat(q.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Random (seed)")))
                .isChecked();
        epochs(q, 5);
        assertThat(exportedNetwork(q)).as("the same run, bit for bit").isEqualTo(network);
        q.locator("#perceptron-trainer-copy-link").scrollIntoViewIfNeeded();
        screenshot(q, "share-perceptron-en-1280");
        en.close();
        zh.close();
    }

    @Test
    void a_language_switch_and_a_reload_keep_the_settings() {
        for (String locale : List.of("en-US", "zh-CN")) {
            BrowserContext c = newContext(locale, 390, 844);
            Page p = c.newPage();
            open(p, "chapter/neuron");
            p.locator("[data-widget=neuron-playground]")
                    .getByRole(
                            AriaRole.RADIO,
                            new Locator.GetByRoleOptions().setName("3").setExact(true))
                    .check();
            fill(p, "neuron-w1", "1.5");
            p.locator("#activation-derivative input").uncheck();
            p.waitForURL(Pattern.compile(".*activation-explorer\\.d=off.*"));
            assertThat(p.url()).contains("neuron-playground.n=3", "neuron-playground.w1=1.5");
            String z = p.locator("#neuron-z").textContent().replaceAll("[^0-9.-]", "");

            p.locator(locale.startsWith("en") ? "#lang-zh" : "#lang-en").click();
            assertThat(p.locator("#neuron-w1 input")).hasValue("1.5");
            assertThat(p.locator("#neuron-x3 input")).isVisible();
            assertThat(p.locator("#activation-derivative input")).not().isChecked();
            assertThat(p.locator("#neuron-z")).containsText(z);
            assertThat(p).hasURL(Pattern.compile(".*neuron-playground\\.w1=1\\.5.*"));

            p.reload();
            assertThat(p.locator("#neuron-w1 input")).hasValue("1.5");
            assertThat(p.locator("#neuron-z")).containsText(z);
            assertThat(p.locator("#activation-derivative input")).not().isChecked();
            screenshot(p, "share-neuron-reloaded-" + locale.substring(0, 2) + "-390");
            c.close();
        }
    }

    @Test
    void an_mlp_link_reproduces_its_settings_after_a_reload_and_a_language_switch() {
        for (String locale : List.of("zh-CN", "en-US")) {
            BrowserContext c = newContext(locale, 1280, 900);
            Page p = c.newPage();
            open(p, "chapter/mlp?mlp-trainer.lr=0.03&mlp-trainer.neurons=8&mlp-trainer.seed=7&mlp-trainer.data=spiral");
            assertThat(p.locator("#mlp-learning-rate input")).hasValue("0.03");
            assertThat(p.locator("#mlp-neurons input")).hasValue("8");
            assertThat(p.locator("#mlp-seed input")).hasValue("7");
            p.locator(locale.startsWith("en") ? "#lang-zh" : "#lang-en").click();
            assertThat(p.locator("#mlp-learning-rate input")).hasValue("0.03");
            assertThat(p.locator("#mlp-seed input")).hasValue("7");
            assertThat(p).hasURL(Pattern.compile(".*mlp-trainer\\.lr=0\\.03.*"));
            p.reload();
            assertThat(p.locator("#mlp-learning-rate input")).hasValue("0.03");
            assertThat(p.locator("#mlp-neurons input")).hasValue("8");
            assertThat(p.locator("#mlp-seed input")).hasValue("7");
            c.close();
        }
    }

    @Test
    void an_invalid_mlp_parameter_is_refused_with_a_translated_notice_and_changes_nothing() {
        for (String locale : List.of("zh-CN", "en-US")) {
            BrowserContext c = newContext(locale, 1280, 900);
            Page p = c.newPage();
            open(p, "chapter/mlp");
            String lr = p.locator("#mlp-learning-rate input").inputValue();
            open(p, "chapter/mlp?mlp-trainer.lr=100&mlp-trainer.seed=7");
            Locator notice = p.locator("#mlp-trainer-notice");
            assertThat(notice).containsText(locale.startsWith("zh") ? "没有被采用" : "were not used");
            assertThat(notice).containsText("η = 100");
            assertThat(p.locator("#mlp-learning-rate input")).hasValue(lr);
            assertThat(p.locator("#mlp-seed input")).hasValue("7");
            assertThat(p).hasURL(Pattern.compile(".*/chapter/mlp\\?(?!.*lr=100).*mlp-trainer\\.seed=7.*"));
            notice.scrollIntoViewIfNeeded();
            screenshot(p, "share-mlp-notice-" + locale.substring(0, 2));
            c.close();
        }
    }

    @Test
    void the_timeline_and_the_map_keep_their_selection_through_a_language_switch() {
        open("chapter/history");
        page.locator("#timeline-next").click();
        page.locator("#timeline-next").click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("150%"))
                .check();
        page.waitForURL(Pattern.compile(".*history-timeline\\.zoom=150.*"));
        String title = page.locator("#timeline-detail-title").textContent();
        assertThat(title).startsWith("1957");
        page.locator("#lang-en").click();
        assertThat(page.locator("#timeline-detail-title")).containsText("1957");
        assertThat(page.locator("#timeline-position")).containsText("3");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("150%")))
                .isChecked();

        open("chapter/ai-ml-dl?ai-ml-dl-map.sel=item.svm");
        assertThat(page.locator("#aimap-detail-title")).hasText("SVM");
        page.locator("#lang-zh").click();
        assertThat(page.locator("#aimap-line")).containsText("支持向量");
    }

    @Test
    void a_forged_link_is_refused_with_a_translated_notice_and_the_rest_is_used() {
        for (String locale : List.of("zh-CN", "en-US")) {
            BrowserContext c = newContext(locale, 1280, 900);
            Page p = c.newPage();
            open(
                    p,
                    "chapter/neuron?neuron-playground.w1=9&neuron-playground.f=softmax&neuron-playground.b=0.25"
                            + "&activation-explorer.x=2&mlp-trainer.lr=1&utm_source=mail");
            Locator notice = p.locator("#neuron-playground-notice");
            assertThat(notice).containsText(locale.startsWith("zh") ? "没有被采用" : "were not used");
            assertThat(notice).containsText("w1 = 9");
            assertThat(notice.locator("li")).hasCount(2);
            assertThat(p.locator("#link-notice")).containsText("mlp-trainer.lr");
            assertThat(p.locator("#neuron-w1 input")).hasValue("0.4");
            assertThat(p.locator("#neuron-b input")).hasValue("0.25");
            assertThat(p.locator("#activation-readout")).containsText("2.00");
            assertThat(p)
                    .hasURL(
                            Pattern.compile(
                                    ".*/chapter/neuron\\?(?!.*w1=9)(?!.*softmax)(?!.*utm_source).*neuron-playground\\.b=0\\.25.*"));
            notice.scrollIntoViewIfNeeded();
            screenshot(p, "share-notice-" + locale.substring(0, 2));
            c.close();
        }
    }

    @Test
    void where_the_clipboard_is_refused_the_link_is_shown_to_copy_by_hand() {
        open("chapter/forward-propagation?forward-stepper.step=3");
        assertThat(page.locator("#forward-counter")).hasText("3 / 11");
        page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); }");
        page.locator("#forward-stepper-copy-link").click();
        Locator manual = page.locator("#forward-stepper-link");
        assertThat(manual).isVisible();
        assertThat(manual.locator("input")).hasValue(url("chapter/forward-propagation?forward-stepper.step=3"));
        assertThat(manual).containsText("Ctrl+C");
        screenshot(manual.locator(".."), "share-manual-zh");
    }

    @Test
    void a_teachers_lock_wins_over_a_link() {
        String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 8);
        teachers.create(teacher, "correct-horse-7");
        ClassSummary c = classrooms.create(teacher, "Share class");
        assignments.save(
                teacher,
                c.id(),
                new AssignmentRules(
                        java.util.Set.of(), true, Map.of("perceptron-trainer", Map.of("learningRate", "0.1"))));
        open("join/" + c.code());
        page.locator("#join-name input").fill("Lin");
        page.locator("#join-submit").click();
        assertThat(page.locator("#join-message")).hasAttribute("data-result", "JOINED");

        open("chapter/perceptron?perceptron-trainer.lr=0.9&perceptron-trainer.seed=5");
        assertThat(page.locator("#perceptron-learning-rate input")).hasValue("0.1");
        assertThat(page.locator("#perceptron-learning-rate")).containsText("由老师设定");
        assertThat(page.locator("#perceptron-seed input")).hasValue("5");
        assertThat(page.locator("#perceptron-trainer-notice")).containsText("学习率 η = 0.9：此设置由老师设定");
        assertThat(page).hasURL(Pattern.compile(".*perceptron-trainer\\.lr=0\\.1.*"));
        screenshot(page, "share-locked-zh");
    }
}
