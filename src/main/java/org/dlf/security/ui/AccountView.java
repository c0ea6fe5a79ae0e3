package org.dlf.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.dlf.base.ui.view.MainLayout;
import org.dlf.security.AccountProblem;
import org.dlf.security.TeacherAccounts;

/** A signed-in teacher's account: change their own password, add another teacher account. */
@Route(value = "teacher/account", layout = MainLayout.class)
@RolesAllowed(TeacherAccounts.ROLE)
@StyleSheet("styles/widgets/account.css")
class AccountView extends Main implements HasDynamicTitle {

    private final TeacherAccounts accounts;
    private final String teacher;

    AccountView(TeacherAccounts accounts, AuthenticationContext auth) {
        this.accounts = accounts;
        this.teacher = auth.getPrincipalName().orElseThrow();
        setId("account");
        addClassNames("page", "account-page");
        Anchor back = new Anchor("teacher", getTranslation("security.account.back"));
        back.setId("account-back");
        add(
                new H1(getTranslation("security.account.title")),
                new Paragraph(getTranslation("security.account.lead", teacher)),
                changePassword(),
                addTeacher(),
                back);
    }

    private AccountForm changePassword() {
        AccountForm form = new AccountForm("change-password", getTranslation("security.account.change"));
        PasswordField current = form.password("current-password", getTranslation("security.password.current"), "");
        PasswordField next = form.newPassword("new-password", getTranslation("security.password.new"));
        PasswordField confirmation = form.confirmation("new-confirmation");
        form.errorsOn(current, AccountProblem.PASSWORD_WRONG);
        form.layout(List.of(current, next, confirmation), getTranslation("security.account.change.submit"), () -> {
            accounts.changePassword(teacher, current.getValue(), next.getValue(), confirmation.getValue());
            List.of(current, next, confirmation).forEach(PasswordField::clear);
            form.done(getTranslation("security.account.change.done"));
        });
        return form;
    }

    private AccountForm addTeacher() {
        AccountForm form = new AccountForm("add-teacher", getTranslation("security.account.add"));
        TextField username = form.username("add-username");
        PasswordField password = form.newPassword("add-password", getTranslation("security.password"));
        PasswordField confirmation = form.confirmation("add-confirmation");
        form.layout(List.of(username, password, confirmation), getTranslation("security.account.add.submit"), () -> {
            String name = accounts.create(username.getValue(), password.getValue(), confirmation.getValue())
                    .username();
            username.clear();
            password.clear();
            confirmation.clear();
            form.done(getTranslation("security.account.add.done", name));
        });
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.account.title") + " · " + getTranslation("app.title");
    }
}
