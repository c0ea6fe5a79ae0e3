package org.dlf.classroom.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the learner joined or left a class: the navigation entry updates. */
class MembershipChanged extends ComponentEvent<UI> {

    MembershipChanged(UI ui) {
        super(ui, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) ComponentUtil.fireEvent(ui, new MembershipChanged(ui));
    }
}
