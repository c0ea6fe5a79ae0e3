package org.dlf.chapters;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shows a widget control as locked by the reader's teacher: read-only, with the teacher's value (the model
 * already holds it) and a small "set by your teacher" note. The model refuses other values on the server.
 */
public final class LockedField {

    private LockedField() {}

    public static <F extends Component & HasValue<?, ?> & HasHelper> void mark(F field) {
        field.setReadOnly(true);
        field.addClassName("locked-by-teacher");
        field.setHelperComponent(new Note());
        field.getElement().setAttribute("data-locked", "true");
    }

    /** The note under a locked control, translated when attached. */
    private static final class Note extends Span {

        Note() {
            addClassName("locked-note");
            add(VaadinIcon.LOCK.create());
            add(new Span());
        }

        @Override
        protected void onAttach(AttachEvent event) {
            super.onAttach(event);
            getChildren().filter(c -> c instanceof Span).findFirst().ifPresent(text -> ((Span) text)
                    .setText(getTranslation("assignment.locked.note")));
        }
    }
}
