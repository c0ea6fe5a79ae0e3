package org.dlf.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.dlf.base.ui.view.MainLayout;
import org.dlf.classroom.ClassMembership;

/**
 * A learner's class: its name, the name the teacher sees, the personal resume code (on request: the next
 * student on a shared PC should not see it at a glance), and leaving it (after a confirmation). Leaving
 * keeps the learner's progress; the teacher's dashboard stops showing them. "Not you?" hands a shared PC
 * over; a learner in no class here can continue with a resume code from another device.
 */
@Route(value = "my-class", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/widgets/classroom.css")
@StyleSheet("styles/widgets/projector.css")
class MyClassView extends Main implements HasDynamicTitle {

    private final ClassMembership membership;
    private final Div classes = new Div();
    private final Paragraph message = new Paragraph();

    MyClassView(ClassMembership membership) {
        this.membership = membership;
        setId("my-class");
        addClassNames("page", "classroom-page");
        classes.setId("my-classes");
        message.setId("my-class-message");
        message.addClassName("classroom-message");
        message.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("myclass.title")), classes, message);
        refresh();
    }

    private void refresh() {
        classes.removeAll();
        List<ClassMembership.Joined> joined = membership.classesOf(JoinIdentity.id());
        classes.add(new IdentityNotice(joined));
        if (joined.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("myclass.none") + " ");
            none.setId("my-class-none");
            none.add(new Anchor("join", getTranslation("myclass.join")));
            classes.add(none, new ResumeForm(membership));
            return;
        }
        classes.add(new Paragraph(getTranslation("myclass.lead")));
        joined.forEach(c -> classes.add(card(c)));
    }

    private Div card(ClassMembership.Joined c) {
        H2 name = new H2(c.className());
        name.addClassName("my-class-name");
        Paragraph as = new Paragraph(getTranslation("myclass.as") + " ");
        Span display = new Span(c.displayName());
        display.addClassName("my-class-display-name");
        as.add(display);
        Button leave = new Button(getTranslation("myclass.leave"), e -> confirmLeave(c));
        leave.setId("leave-class-" + c.classId());
        leave.addClassName("leave-class");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(name, as, resumeCode(c), new Paragraph(getTranslation("myclass.leave.note")), leave);
        card.addClassName("my-class-card");
        card.getElement().setAttribute("data-class", c.className());
        return card;
    }

    /** "Your resume code: [Show]", the code itself only after the click. */
    private Paragraph resumeCode(ClassMembership.Joined c) {
        Paragraph line = new Paragraph(getTranslation("myclass.resume-code") + " ");
        line.addClassName("my-class-resume");
        Span code = new Span();
        code.setId("resume-code-" + c.classId());
        code.addClassName("resume-code");
        code.setVisible(false);
        Button show = new Button(getTranslation("myclass.resume-code.show"));
        show.setId("show-resume-code-" + c.classId());
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        show.addClickListener(e -> {
            code.setText(c.resumeCode());
            code.setVisible(true);
            show.setVisible(false);
        });
        line.add(show, code);
        line.add(new Span(" " + getTranslation("myclass.resume-code.note")));
        return line;
    }

    private void confirmLeave(ClassMembership.Joined c) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("leave-dialog");
        dialog.setHeader(getTranslation("myclass.leave.title", c.className()));
        dialog.setText(getTranslation("myclass.leave.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("myclass.leave.cancel"));
        dialog.setConfirmText(getTranslation("myclass.leave.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            boolean left = membership.leave(JoinIdentity.id(), c.classId());
            message.setText(getTranslation(left ? "myclass.left" : "myclass.not-member", c.className()));
            MembershipChanged.fire();
            refresh();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myclass.title") + " · " + getTranslation("app.title");
    }
}
