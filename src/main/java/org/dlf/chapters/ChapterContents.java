package org.dlf.chapters;

import com.vaadin.flow.component.html.Nav;
import org.dlf.base.ui.component.TextMarkup;
import org.dlf.content.Chapter;

/**
 * A chapter's table of contents: its section headings as links, level-3 headings indented. One element whose
 * list is escaped markup (one state node); beside the text and sticky on wide screens, under the summary on
 * narrow ones.
 */
final class ChapterContents {

    private ChapterContents() {}

    static Nav of(Chapter chapter, String title) {
        Nav nav = new Nav();
        nav.setId("chapter-toc");
        nav.addClassName("chapter-toc");
        nav.getElement().setAttribute("aria-labelledby", "chapter-toc-title");
        StringBuilder html = new StringBuilder(1024)
                .append("<h2 id=\"chapter-toc-title\" class=\"chapter-toc-title\">")
                .append(TextMarkup.escape(title))
                .append("</h2><ol>");
        for (Chapter.Heading heading : chapter.headings()) {
            html.append("<li class=\"toc-level-")
                    .append(heading.level())
                    .append("\"><a href=\"chapter/")
                    .append(TextMarkup.escape(chapter.slug()))
                    .append('#')
                    .append(TextMarkup.escape(heading.id()))
                    .append("\">")
                    .append(TextMarkup.escape(heading.text()))
                    .append("</a></li>");
        }
        nav.getElement().setProperty("innerHTML", html.append("</ol>").toString());
        return nav;
    }
}
