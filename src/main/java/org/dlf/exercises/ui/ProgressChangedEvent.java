package org.dlf.exercises.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the visitor's progress changed, so that the badges in the shell refresh. */
class ProgressChangedEvent extends ComponentEvent<UI> {

    ProgressChangedEvent(UI ui) {
        super(ui, false);
    }
}
