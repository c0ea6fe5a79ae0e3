package org.dlf.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.UUID;
import org.dlf.base.ui.CurrentLearner;

/**
 * A shared lab PC changes hands ("Not you?"), or a learner continues with their resume code: this browser
 * becomes another learner. The other learner's progress is not touched. Every open tab of the browser
 * reloads, so that none shows the previous learner's pages, and the page load brings the identity cookie
 * up to date.
 */
final class HandOver {

    private HandOver() {}

    /** Asks first: the next student starts as a new learner; {@code name} is the current one's. */
    static void confirm(UI ui, String name) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("hand-over-dialog");
        dialog.setHeader(ui.getTranslation("myclass.hand-over.title"));
        dialog.setText(ui.getTranslation("myclass.hand-over.text", name));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("myclass.hand-over.cancel"));
        dialog.setConfirmText(ui.getTranslation("myclass.hand-over.confirm"));
        dialog.addConfirmListener(e -> become(ui, UUID.randomUUID(), "join"));
        dialog.open();
    }

    /** This browser is {@code learner} from now on; every tab reloads, this one at {@code route}. */
    static void become(UI ui, UUID learner, String route) {
        CurrentLearner.become(learner);
        NewSessionId.rotate();
        for (UI other : ui.getSession().getUIs()) {
            if (other != ui) other.access(() -> other.getPage().reload());
        }
        ui.getPage().setLocation(route);
    }
}
