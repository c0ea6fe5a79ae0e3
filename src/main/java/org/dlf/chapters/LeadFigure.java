package org.dlf.chapters;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.dlf.base.ui.component.TextMarkup;
import org.dlf.content.ChapterBlock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A chapter opens with its first widget, right under the title and summary, so that a live figure is in the
 * first screen (as Distill articles open with an interactive figure). Its caption links down to the section it
 * belongs to; where it stood in the text, a link leads back up to it.
 */
final class LeadFigure {

    static final String ID = "lead-figure";

    /** A heading of the chapter text: its anchor id and its plain text. */
    record Section(String id, String title) {}

    private LeadFigure() {}

    /** The position of the chapter's first widget among its blocks, if it has one. */
    static Optional<Integer> index(List<ChapterBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof ChapterBlock.Widget) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The last h2/h3 before block {@code index}: the section the widget stands in. */
    static Optional<Section> section(List<ChapterBlock> blocks, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof ChapterBlock.Html html) {
                List<Element> headings = Jsoup.parseBodyFragment(html.html())
                        .select("h2[id], h3[id]")
                        .asList();
                if (!headings.isEmpty()) {
                    Element last = headings.getLast();
                    return Optional.of(new Section(last.id(), last.text()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The widget in its opening frame, with a caption that leads to its section. Links name the chapter's path:
     * the page's base URL is the app's root, so a bare {@code #id} would lead to the home page.
     */
    static Div wrap(
            Component widget, String path, Optional<Section> section, BiFunction<String, Object[], String> translate) {
        Div figure = new Div(widget);
        figure.setId(ID);
        figure.addClassName("chapter-lead");
        section.ifPresent(s -> {
            Anchor link = new Anchor(path + "#" + s.id());
            link.setId("lead-section");
            TextMarkup.set(link, translate.apply("chapter.lead.section", new Object[] {s.title()}));
            Paragraph caption = new Paragraph(link);
            caption.addClassName("chapter-lead-caption");
            figure.add(caption);
        });
        return figure;
    }

    /** What stands where the widget was in the text: a link back up to it. */
    static Paragraph pointer(String path, BiFunction<String, Object[], String> translate) {
        Anchor link = new Anchor(path + "#" + ID);
        link.setId("lead-pointer");
        TextMarkup.set(link, translate.apply("chapter.lead.back", new Object[0]));
        Paragraph pointer = new Paragraph(link);
        pointer.addClassName("lead-pointer");
        return pointer;
    }
}
