package org.dlf.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.dlf.base.ui.view.MainLayout;
import org.dlf.classroom.ClassMembership;
import org.dlf.classroom.ClassroomService;
import org.dlf.classroom.JoinResult;
import org.jspecify.annotations.Nullable;

/**
 * A learner joins a class: /join/CODE (from the teacher's link) or /join and type the code. It says who this
 * browser already is ("Not you?" on a shared PC), shows the personal resume code after joining, and lets a
 * member who joined elsewhere continue with theirs.
 */
@Route(value = "join", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/widgets/classroom.css")
class JoinView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final ClassMembership membership;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Paragraph message = new Paragraph();
    private final Div resumeCode = new Div();

    JoinView(ClassroomService classrooms, ClassMembership membership) {
        this.classrooms = classrooms;
        this.membership = membership;
        setId("join");
        addClassNames("page", "classroom-page");
        code.setId("join-code-field");
        code.setLabel(getTranslation("classroom.join.code"));
        code.setMaxLength(12);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        name.setId("join-name");
        name.setLabel(getTranslation("classroom.join.name"));
        name.setHelperText(getTranslation("classroom.join.name.helper"));
        name.setMaxLength(40);
        Button join = new Button(getTranslation("classroom.join.submit"), e -> join());
        join.setId("join-submit");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        message.setId("join-message");
        message.getElement().setAttribute("role", "status");
        message.addClassName("classroom-message");
        resumeCode.setId("join-resume");
        resumeCode.addClassName("resume-code-box");
        resumeCode.setVisible(false);
        Div form = new Div(code, name, join);
        form.addClassName("classroom-form");
        add(
                new H1(getTranslation("classroom.join.title")),
                new IdentityNotice(membership.classesOf(JoinIdentity.id())),
                new Paragraph(getTranslation("classroom.join.lead")),
                form,
                message,
                resumeCode,
                new ResumeForm(membership));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        if (parameter != null) code.setValue(parameter);
    }

    private void join() {
        JoinResult result =
                classrooms.join(code.getValue(), JoinIdentity.id(), name.getValue(), JoinIdentity.address());
        if (result == JoinResult.JOINED) {
            NewSessionId.rotate();
            MembershipChanged.fire();
        }
        message.removeAll();
        message.add(new Span(getTranslation("classroom.join.result."
                + result.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        message.getElement().setAttribute("data-result", result.name());
        message.setClassName("classroom-error", !result.member());
        List<ClassMembership.Joined> mine = membership.classesOf(JoinIdentity.id());
        if (result == JoinResult.ALREADY_MEMBER && !mine.isEmpty()) {
            // the notice above has "Not Ada? Start fresh" for the next student on a shared PC
            message.add(new Text(" "
                    + getTranslation("classroom.join.already-as", mine.getLast().displayName())));
        }
        if (result.member()) {
            Anchor myClass = new Anchor("my-class", getTranslation("myclass.title"));
            myClass.setId("join-my-class");
            message.add(
                    new Text(" "), new Anchor("", getTranslation("classroom.join.continue")), new Text(" · "), myClass);
        }
        if (result == JoinResult.JOINED && !mine.isEmpty()) showResumeCode(mine.getLast());
    }

    /** The new member's personal resume code, large, with what it is for. */
    private void showResumeCode(ClassMembership.Joined joined) {
        Span value = new Span(joined.resumeCode());
        value.setId("join-resume-code");
        value.addClassName("resume-code");
        resumeCode.removeAll();
        resumeCode.add(
                new Paragraph(getTranslation("myclass.resume-code.yours")),
                value,
                new Paragraph(getTranslation("myclass.resume-code.keep", joined.displayName())));
        resumeCode.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.join.title") + " · " + getTranslation("app.title");
    }
}
