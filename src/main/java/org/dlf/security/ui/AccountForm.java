package org.dlf.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlf.security.AccountException;
import org.dlf.security.AccountProblem;
import org.dlf.security.AccountRules;

/**
 * A small account form (setup, change password, add a teacher): fields, one submit button and a status
 * line; a refused change marks the field it concerns and says why in the UI language.
 */
class AccountForm extends Div {

    /** What the submit does; throws {@link AccountException} when refused. */
    interface Action {
        void run();
    }

    private final Paragraph status = new Paragraph();
    private final Map<AccountProblem, HasValidation> fieldFor = new LinkedHashMap<>();
    private final Button submit = new Button();

    AccountForm(String id, String heading) {
        setId(id);
        addClassName("account-form");
        if (!heading.isEmpty()) add(new H2(heading));
        status.setId(id + "-status");
        status.addClassName("account-status");
        status.getElement().setAttribute("role", "status");
        submit.setId(id + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    TextField text(String id, String label, String helper) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setHelperText(helper);
        field.setMaxLength(AccountRules.MAX_USERNAME);
        return field;
    }

    PasswordField password(String id, String label, String helper) {
        PasswordField field = new PasswordField(label);
        field.setId(id);
        field.setHelperText(helper);
        field.setMaxLength(100);
        field.setRevealButtonVisible(true);
        return field;
    }

    /** A user name field that shows the user name problems. */
    TextField username(String id) {
        TextField field = text(id, getTranslation("security.username"), getTranslation("security.username.helper"));
        errorsOn(field, AccountProblem.USERNAME_FORMAT, AccountProblem.USERNAME_TAKEN);
        return field;
    }

    /** A new password field (with the length rule as help) that shows the length problems. */
    PasswordField newPassword(String id, String label) {
        PasswordField field =
                password(id, label, getTranslation("security.password.helper", AccountRules.MIN_PASSWORD));
        errorsOn(field, AccountProblem.PASSWORD_SHORT, AccountProblem.PASSWORD_LONG);
        return field;
    }

    /** The field that repeats the new password and shows when they differ. */
    PasswordField confirmation(String id) {
        PasswordField field = password(id, getTranslation("security.password.confirm"), "");
        errorsOn(field, AccountProblem.PASSWORD_MISMATCH);
        return field;
    }

    /** Which field shows the error of a problem. */
    void errorsOn(HasValidation field, AccountProblem... problems) {
        for (AccountProblem p : problems) fieldFor.put(p, field);
    }

    void layout(List<Component> fields, String submitText, Action action) {
        Div grid = new Div();
        grid.addClassName("account-fields");
        fields.forEach(grid::add);
        submit.setText(submitText);
        submit.addClickListener(e -> submit(action));
        add(grid, submit, status);
    }

    private void submit(Action action) {
        fieldFor.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            status.removeClassName("account-error");
        } catch (AccountException e) {
            String message = getTranslation(e.problem().key(), AccountRules.MIN_PASSWORD);
            HasValidation field = fieldFor.get(e.problem());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            status.setText(message);
            status.addClassName("account-error");
            status.getElement().setAttribute("data-problem", e.problem().name());
        }
    }

    /** Shows a success message (the fields are cleared by the caller). */
    void done(String message) {
        status.setText(message);
        status.getElement().setAttribute("data-problem", "NONE");
    }
}
