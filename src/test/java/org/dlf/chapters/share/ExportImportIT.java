package org.dlf.chapters.share;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * Export and import end to end: the forward stepper's numbers and steps download as JSON and CSV with the right
 * content, the JSON imports back into a fresh stepper in the other language, and bad files are refused with a
 * translated message that changes nothing.
 */
class ExportImportIT extends BrowserTestBase {

    private static String download(Page p, String id, String fileName) throws IOException {
        Download d = p.waitForDownload(() -> p.locator("#" + id).click());
        assertThat(d.suggestedFilename()).isEqualTo(fileName);
        return Files.readString(d.path(), StandardCharsets.UTF_8);
    }

    private static void upload(Page p, Path file) {
        p.locator("#forward-import input[type=file]").setInputFiles(file);
    }

    private static void set(Page p, String id, String value) {
        Locator input = p.locator("#" + id + " input");
        input.fill(value);
        input.press("Tab");
    }

    @Test
    void the_numbers_and_steps_download_and_import_back_into_a_fresh_stepper() throws IOException {
        open("chapter/forward-propagation");
        page.locator("#forward-editor vaadin-details-summary").click();
        set(page, "forward-w1", "-0.15");
        set(page, "forward-t-o2", "0.5");
        for (int i = 0; i < 3; i++) {
            page.locator("#forward-next").click();
        }
        assertThat(page.locator("#forward-status")).containsText("z_h2");

        String json = download(page, "forward-export-json", "forward-stepper.json");
        assertThat(json)
                .contains("\"format\" : \"dlf-network\"", "\"widget\" : \"forward-stepper\"")
                .contains("[ -0.15, 0.2 ]", "\"target\" : [ 0.01, 0.5 ]", "\"shown\" : 3", "\"symbol\" : \"z_h1\"")
                .doesNotContain("learningRate");
        String steps = download(page, "forward-export-steps", "forward-stepper-steps.csv");
        assertThat(steps).startsWith("step,symbol,value,formula\r\n1,z_h1,0.3625,");
        assertThat(steps.split("\r\n")).hasSize(12);
        String weights = download(page, "forward-export-weights", "forward-stepper-weights.csv");
        assertThat(weights).startsWith("layer,neuron,input,kind,value\r\n1,1,1,weight,-0.15\r\n");
        Path file = Files.createTempFile("forward", ".json");
        Files.writeString(file, json);

        BrowserContext en = newContext("en-US", 1280, 900);
        Page p = en.newPage();
        open(p, "chapter/forward-propagation");
        p.locator("#forward-editor vaadin-details-summary").click();
        upload(p, file);
        assertThat(p.locator("#forward-import-status"))
                .hasText("Imported a 2-2-2 network: every step has been recomputed.");
        assertThat(p.locator("#forward-w1 input")).hasValue("-0.15");
        assertThat(p.locator("#forward-t-o2 input")).hasValue("0.5");
        p.locator("#forward-next").click();
        assertThat(p.locator("#forward-status")).containsText("z_h1 = 0.3625");
        assertThat(p).hasURL(java.util.regex.Pattern.compile(".*forward-stepper\\.w1=-0\\.15.*"));
        p.locator("#forward-import").scrollIntoViewIfNeeded();
        screenshot(p, "export-import-en-1280");
        en.close();
    }

    @Test
    void a_bad_file_is_refused_with_a_message_and_changes_nothing() throws IOException {
        for (String locale : new String[] {"en-US", "zh-CN"}) {
            BrowserContext c = newContext(locale, 390, 844);
            Page p = c.newPage();
            open(p, "chapter/forward-propagation");
            p.locator("#forward-editor vaadin-details-summary").click();
            set(p, "forward-b2", "0.7");
            boolean en = locale.startsWith("en");
            String good = download(p, "forward-export-json", "forward-stepper.json");
            Locator status = p.locator("#forward-import-status");

            upload(p, file("{ \"format\": \"dlf-network\", oops }"));
            assertThat(status)
                    .hasText(
                            en
                                    ? "This is not valid JSON (line 1, column 28). Nothing was changed."
                                    : "这不是有效的 JSON（第 1 行，第 28 列）。没有做任何更改。");
            assertThat(status).hasAttribute("data-result", "refused");

            upload(p, file(good.replace("-0.15", "NaN").replace("0.15", "NaN")));
            assertThat(status).containsText("network.layers[0].weights[0][0]");
            assertThat(status).containsText(en ? "NaN or infinite" : "NaN 或无穷大");

            upload(p, file(good.replace("0.15", "25")));
            assertThat(status).containsText(en ? "w1 = 25 is outside this widget's range -10 … 10" : "w1 = 25 超出了");

            upload(p, file(good.replace("0.15", "1.5e7")));
            assertThat(status).containsText("±1000000");

            Path utf16 = Files.createTempFile("bad", ".json");
            Files.write(utf16, good.getBytes(StandardCharsets.UTF_16));
            upload(p, utf16);
            assertThat(status).containsText(en ? "not UTF-8" : "不是 UTF-8");

            upload(
                    p,
                    file("{\"format\": \"dlf-network\", \"version\": 1, \"network\": {\"inputs\": 2, \"layers\": ["
                            + "{\"activation\": \"sign\", \"weights\": [[1, 1]], \"biases\": [-1.5]}]}}"));
            assertThat(status).containsText(en ? "holds a 2-1 network; this widget needs 2-2-2" : "2-1 网络");

            Path big = Files.createTempFile("big", ".json");
            Files.writeString(big, good + " ".repeat(NetworkJson.MAX_BYTES));
            upload(p, big);
            assertThat(status).containsText("100 KB");

            assertThat(p.locator("#forward-w1 input")).hasValue("0.15");
            assertThat(p.locator("#forward-b2 input")).hasValue("0.7");
            p.locator("#forward-next").click();
            assertThat(p.locator("#forward-status")).containsText("z_h1 = 0.3775");
            status.scrollIntoViewIfNeeded();
            screenshot(p, "import-refused-" + locale.substring(0, 2) + "-390");
            c.close();
        }
    }

    /** The {@code "network"} part of an exported JSON file (the weights and biases, as written). */
    private static String networkPart(String json) {
        return json.substring(json.indexOf("\"network\""), json.indexOf("\"learningRate\""));
    }

    @Test
    void the_mlp_trainers_network_downloads_and_imports_into_another_trainer_weight_for_weight() throws IOException {
        open("chapter/mlp"); // zh-CN, 1280 wide
        Locator layers = page.locator("#mlp-layers input");
        layers.fill("2");
        layers.press("Enter");
        for (int epoch = 1; epoch <= 3; epoch++) {
            page.locator("#mlp-step").click();
            assertThat(page.locator("#mlp-counter")).hasText("第 " + epoch + " 轮");
        }
        String json = download(page, "mlp-export-json", "mlp-trainer.json");
        assertThat(json)
                .contains("\"widget\" : \"mlp-trainer\"", "\"activation\" : \"tanh\"", "\"learningRate\" : 0.5")
                .contains("\"columns\" : [ \"epoch\", \"trainLoss\", \"testLoss\", \"trainAccuracy\"");
        String loss = download(page, "mlp-export-loss", "mlp-trainer-loss.csv");
        assertThat(loss).startsWith("epoch,trainLoss,testLoss,trainAccuracy,testAccuracy\r\n0,");
        assertThat(loss.split("\r\n")).hasSize(5); // header, the start and 3 epochs
        Path file = Files.createTempFile("mlp", ".json");
        Files.writeString(file, json);

        BrowserContext en = newContext("en-US", 390, 844);
        Page p = en.newPage();
        open(p, "chapter/mlp");
        Locator status = p.locator("#mlp-import-status");
        p.locator("#mlp-import input[type=file]").setInputFiles(file);
        assertThat(status)
                .hasText("Imported a 2-4-4-1 network: its layers, η and weights are in the form and the figures;"
                        + " Play trains on from there (Restart draws fresh weights).");
        assertThat(status).hasAttribute("data-result", "imported");
        assertThat(p.locator("#mlp-layers input")).hasValue("2");
        assertThat(p.locator("#mlp-counter")).hasText("Epoch 0");
        assertThat(networkPart(download(p, "mlp-export-json", "mlp-trainer.json")))
                .isEqualTo(networkPart(json));
        status.scrollIntoViewIfNeeded();
        screenshot(p, "mlp-import-en-390");

        // a stepper's file is not an MLP of this trainer: refused, and the imported network stays
        p.locator("#mlp-import input[type=file]")
                .setInputFiles(
                        file(
                                "{\"format\": \"dlf-network\", \"version\": 1, \"network\": {\"inputs\": 2, \"layers\": ["
                                        + "{\"activation\": \"sigmoid\", \"weights\": [[1, 1], [1, 1]], \"biases\": [0, 0]},"
                                        + "{\"activation\": \"sigmoid\", \"weights\": [[1, 1], [1, 1]], \"biases\": [0, 0]}]}}"));
        assertThat(status)
                .hasText("This file holds a 2-2-2 network; the MLP trainer takes 2-n-…-n-1: 2 inputs, hidden layers"
                        + " all of the same size, and 1 output. Nothing was changed.");
        assertThat(status).hasAttribute("data-result", "refused");
        assertThat(networkPart(download(p, "mlp-export-json", "mlp-trainer.json")))
                .isEqualTo(networkPart(json));
        en.close();
    }

    private static Path file(String content) throws IOException {
        Path path = Files.createTempFile("bad", ".json");
        Files.writeString(path, content);
        return path;
    }
}
