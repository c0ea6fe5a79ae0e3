package org.dlf.chapters;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a chapter shows instead of its content while the reader's teacher has not opened it. */
final class ClosedChapterNote {

    private ClosedChapterNote() {}

    static Div create() {
        Icon lock = VaadinIcon.LOCK.create();
        lock.addClassName("closed-chapter-icon");
        lock.getElement().setAttribute("aria-hidden", "true");
        H2 title = new H2();
        title.setText(title.getTranslation("assignment.closed.title"));
        Paragraph text = new Paragraph(title.getTranslation("assignment.closed.text"));
        Div note = new Div(lock, new Div(title, text));
        note.setId("chapter-closed");
        note.addClassName("closed-chapter");
        note.getElement().setAttribute("role", "status");
        return note;
    }
}
