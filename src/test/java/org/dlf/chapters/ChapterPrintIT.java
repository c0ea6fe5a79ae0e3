package org.dlf.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Margin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dlf.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * A chapter printed (Chromium's PDF output, read back with PDFBox) is the whole document: every page of text
 * from the first heading to the exercises, the figures, formulas and charts, and none of the shell —
 * navigation, header, contents, buttons.
 */
class ChapterPrintIT extends BrowserTestBase {

    @Test
    void a_chapter_prints_as_a_complete_document_without_navigation_or_controls() throws IOException {
        BrowserContext en = newContext("en-US", 1280, 900);
        Page p = en.newPage();
        open(p, "chapter/perceptron");
        p.waitForFunction("() => [...document.querySelectorAll('dlf-chart')].every(c => !c._raw || c._chart)");
        byte[] pdf = p.pdf(new Page.PdfOptions()
                .setFormat("A4")
                .setPrintBackground(true)
                .setMargin(new Margin()
                        .setTop("15mm")
                        .setBottom("15mm")
                        .setLeft("15mm")
                        .setRight("15mm")));
        Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("chapter-perceptron-en.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages())
                    .as("a 40-minute chapter is many pages, not one screen")
                    .isGreaterThan(8);
            assertThat(text)
                    .contains("The Single-Layer Perceptron")
                    .contains("Structure of the single-layer perceptron")
                    .contains("binary threshold element")
                    .contains("Exercise 4.1")
                    // the last section of the chapter: nothing is cut off at the end of the first screen
                    .contains("Exercises");
            assertThat(text)
                    .as("the shell and the controls are not printed")
                    .doesNotContain("Skip to the main content")
                    .doesNotContain("Join a class")
                    .doesNotContain("For teachers")
                    .doesNotContain("Show solution")
                    .doesNotContain("Contents");
            assertThat(images(document))
                    .as("the figures and the three charts are in the document as images")
                    .isGreaterThanOrEqualTo(3);
        }
        en.close();
    }

    private static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
