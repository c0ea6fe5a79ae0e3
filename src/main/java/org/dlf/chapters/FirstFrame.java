package org.dlf.chapters;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * A chapter's opening as plain HTML in the page itself: its number, reading time, title and summary, and the card of
 * its opening figure (still empty), are painted as soon as the page and its stylesheets have arrived, where the live
 * view then shows them, instead of after the scripts have been evaluated and the view built (issue 14: about 0.8 s
 * later). The view is built while the page is answered ({@code vaadin.eagerServerLoad}), so the texts are the
 * view's own. The frame has the view's classes inside a box placed like the app layout's content (dlf.css, "first
 * frame"); the CSS hides it once the live chapter is in the page, and the view removes it. It is hidden from
 * assistive technology: the live view is what they read.
 */
@Component
class FirstFrame implements VaadinServiceInitListener {

    static final String ID = "first-frame";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(FirstFrame::paint);
    }

    private static void paint(IndexHtmlResponse page) {
        page.getUI().flatMap(FirstFrame::chapter).flatMap(ChapterView::opening).ifPresent(opening -> {
            Element frame =
                    page.getDocument().body().prependElement("div").id(ID).attr("aria-hidden", "true");
            Element chapter = frame.appendElement("div").addClass("chapter");
            Element meta = chapter.appendElement("div").addClass("chapter-meta");
            meta.appendElement("span").addClass("chapter-number").text(opening.number());
            meta.appendElement("span").addClass("chapter-minutes").text(opening.minutes());
            chapter.appendElement("h1").text(opening.title());
            opening.summary().ifPresent(summary -> chapter.appendElement("p")
                    .addClass("chapter-summary")
                    .text(summary));
            if (opening.figure()) {
                // the opening figure's card, empty: the figure is drawn in it once the scripts have run
                chapter.appendElement("div")
                        .addClass("chapter-lead")
                        .appendElement("div")
                        .addClass("widget");
            }
        });
    }

    private static Optional<ChapterView> chapter(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(ChapterView.class::isInstance)
                .map(ChapterView.class::cast)
                .findFirst();
    }
}
