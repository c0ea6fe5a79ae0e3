package org.dlf.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.dlf.classroom.ClassResults;
import org.dlf.classroom.ClassroomService;

/**
 * The teacher shows a student their personal resume code (a student who lost it, a new device), or gives
 * them a new one, after which the old one no longer works (a code seen by others).
 */
class ResumeCodeDialog extends Dialog {

    ResumeCodeDialog(ClassroomService classrooms, String teacher, long classId, ClassResults.Student student) {
        setId("resume-code-dialog");
        setHeaderTitle(getTranslation("classroom.resume-code.title", student.name()));
        Span code = new Span(classrooms.resumeCode(teacher, classId, student.learner()));
        code.setId("resume-code-value");
        code.addClassName("resume-code");
        Paragraph status = new Paragraph();
        status.setId("resume-code-status");
        status.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("classroom.resume-code.text", student.name())), code, status);
        Button renew = new Button(getTranslation("classroom.resume-code.new"), e -> {
            code.setText(classrooms.newResumeCode(teacher, classId, student.learner()));
            status.setText(getTranslation("classroom.resume-code.renewed"));
        });
        renew.setId("resume-code-new");
        renew.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button close = new Button(getTranslation("classroom.resume-code.close"), e -> close());
        close.setId("resume-code-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(renew, close);
        addClassName("resume-code-dialog");
        setMaxWidth("36rem");
    }
}
