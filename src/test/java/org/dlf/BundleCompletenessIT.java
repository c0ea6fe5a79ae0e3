package org.dlf;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.dlf.security.TeacherAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The production bundle is optimised (only the web components the Java code uses): every custom element on every
 * kind of page, also those written as markup (e.g. an icon inside a button's HTML) and those inside shadow roots,
 * must be defined. A component missing from the bundle would render as an empty, unstyled tag.
 */
class BundleCompletenessIT extends BrowserTestBase {

    private static final String UNDEFINED_ELEMENTS = """
            () => {
              // plain elements with a dash by design: Flow's container and the grid's light-DOM cell wrappers
              const plain = (tag) => tag.startsWith('flow-container-') || tag === 'vaadin-grid-cell-content';
              const missing = new Set();
              const walk = (root) => {
                for (const el of root.querySelectorAll('*')) {
                  const tag = el.localName;
                  if (tag.includes('-') && !plain(tag) && !customElements.get(tag)) missing.add(tag);
                  if (el.shadowRoot) walk(el.shadowRoot);
                }
              };
              walk(document);
              return [...missing];
            }
            """;

    @Autowired
    ContentService content;

    @Autowired
    TeacherAccounts teachers;

    private final List<String> missing = new ArrayList<>();

    private void check(String where) {
        @SuppressWarnings("unchecked")
        List<String> undefined = (List<String>) page.evaluate(UNDEFINED_ELEMENTS);
        undefined.forEach(tag -> missing.add(where + ": <" + tag + ">"));
    }

    private void visit(String path) {
        open(path);
        check("/" + path);
    }

    @Test
    void every_custom_element_of_every_page_is_in_the_bundle() {
        visit("");
        visit("glossary");
        visit("join");
        visit("my-class");
        for (Chapter chapter : content.course().chapters(Language.ZH)) {
            visit("chapter/" + chapter.slug());
        }
        // overlays and tooltips exist only once opened
        open("chapter/mlp");
        page.locator("#mlp-dataset").click();
        assertThat(page.locator("#mlp-dataset vaadin-select-item").first()).isVisible();
        check("/chapter/mlp, data set list open");
        page.keyboard().press("Escape");
        page.locator("#scheme-toggle").hover();
        check("/chapter/mlp, tooltip");

        String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 8);
        teachers.create(teacher, "correct-horse-7");
        visit("login");
        signInAsTeacher(page, teacher, "correct-horse-7");
        check("/teacher");
        page.locator("#class-name input").fill("3B");
        page.locator("#create-class").click();
        assertThat(page.locator("#join-code")).isVisible();
        check("/teacher, a class created");
        visit("teacher/account");
        Page projector = page.context().newPage();
        open(projector, "teacher/present");
        missing.addAll(((List<?>) projector.evaluate(UNDEFINED_ELEMENTS))
                .stream().map(tag -> "/teacher/present: <" + tag + ">").toList());

        assertThat(missing)
                .as("custom elements not defined (missing from the bundle)")
                .isEmpty();
    }
}
