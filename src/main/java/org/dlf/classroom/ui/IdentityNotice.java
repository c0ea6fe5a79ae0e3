package org.dlf.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.dlf.classroom.ClassMembership;

/**
 * "On this browser you are Ada (3B). Not Ada? Start fresh": who a shared PC thinks is sitting at it, on the
 * join and My class pages, so that the next student does not answer as the previous one. Hidden while the
 * browser is in no class.
 */
class IdentityNotice extends Div {

    IdentityNotice(List<ClassMembership.Joined> joined) {
        setId("identity");
        addClassName("identity-notice");
        setVisible(!joined.isEmpty());
        if (joined.isEmpty()) return;
        ClassMembership.Joined newest = joined.getLast();
        Span who = new Span(getTranslation("myclass.identity", newest.displayName(), newest.className()));
        who.setId("identity-name");
        Button handOver = new Button(
                getTranslation("myclass.hand-over", newest.displayName()),
                VaadinIcon.EXCHANGE.create(),
                e -> HandOver.confirm(UI.getCurrentOrThrow(), newest.displayName()));
        handOver.setId("hand-over");
        handOver.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(who, handOver);
    }
}
