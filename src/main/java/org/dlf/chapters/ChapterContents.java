package org.dlf.chapters;

import com.vaadin.flow.component.html.Nav;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.base.ui.component.Markup;
import org.dlf.content.Chapter;

/**
 * A chapter's table of contents: its section headings as links, level-3 headings indented. One element whose
 * list is markup built by {@link Markup} (one state node); beside the text and sticky on wide screens, under
 * the summary on narrow ones.
 */
final class ChapterContents {

    private ChapterContents() {}

    static Nav of(Chapter chapter, String title) {
        Nav nav = new Nav();
        nav.setId("chapter-toc");
        nav.addClassName("chapter-toc");
        nav.getElement().setAttribute("aria-labelledby", "chapter-toc-title");
        Markup.Builder html = Markup.builder()
                .start("h2")
                .attr("id", "chapter-toc-title")
                .attr("class", "chapter-toc-title")
                .text(title)
                .end()
                .start("ol");
        for (Chapter.Heading heading : chapter.headings()) {
            html.start("li")
                    .attr("class", "toc-level-" + heading.level())
                    .start("a")
                    .attr("href", "chapter/" + chapter.slug() + "#" + heading.id())
                    .text(heading.text())
                    .end()
                    .end();
        }
        InnerHtml.set(nav, html.end().build());
        return nav;
    }
}
