package org.dlf.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.dlf.classroom.ClassMembership;

/**
 * "Joined before on another device?": the personal resume code (shown at join and on My class) makes this
 * browser that member again, with their name and progress.
 */
class ResumeForm extends Div {

    private final ClassMembership membership;
    private final TextField code = new TextField();
    private final Paragraph message = new Paragraph();

    ResumeForm(ClassMembership membership) {
        this.membership = membership;
        setId("resume");
        addClassName("resume-form");
        code.setId("resume-code-field");
        code.setLabel(getTranslation("myclass.resume.code"));
        code.setHelperText(getTranslation("myclass.resume.code.helper"));
        code.setMaxLength(20);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        Button resume = new Button(getTranslation("myclass.resume.submit"), e -> resume());
        resume.setId("resume-submit");
        message.setId("resume-message");
        message.addClassName("classroom-message");
        message.getElement().setAttribute("role", "status");
        Div form = new Div(code, resume);
        form.addClassName("classroom-form");
        add(new H2(getTranslation("myclass.resume.title")), new Paragraph(getTranslation("myclass.resume.lead")));
        add(form, message);
    }

    private void resume() {
        ClassMembership.Resumption r = membership.resume(code.getValue(), JoinIdentity.address());
        message.getElement().setAttribute("data-result", r.outcome().name());
        if (r.outcome() == ClassMembership.Resumption.Outcome.RESUMED && r.learner() != null) {
            message.removeClassName("classroom-error");
            message.setText(getTranslation("myclass.resume.resumed"));
            HandOver.become(UI.getCurrentOrThrow(), r.learner(), "my-class");
            return;
        }
        message.addClassName("classroom-error");
        message.setText(getTranslation(
                "myclass.resume." + r.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
}
