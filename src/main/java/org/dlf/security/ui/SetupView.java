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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.dlf.base.ui.view.MainLayout;
import org.dlf.security.AccountProblem;
import org.dlf.security.FirstRunSetup;

/**
 * First-run setup: while no teacher account exists (and none is configured) whoever has the setup token
 * from the server log creates the first teacher account here; afterwards the page only says it is closed.
 */
@Route(value = "setup", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/widgets/account.css")
class SetupView extends Main implements HasDynamicTitle {

    private final FirstRunSetup setup;

    SetupView(FirstRunSetup setup) {
        this.setup = setup;
        setId("setup");
        addClassNames("page", "account-page");
        if (setup.open()) showForm();
        else showClosed();
    }

    private void showForm() {
        add(new H1(getTranslation("security.setup.title")), new Paragraph(getTranslation("security.setup.lead")));
        AccountForm form = new AccountForm("setup-form", "");
        TextField token = form.text(
                "setup-token", getTranslation("security.setup.token"), getTranslation("security.setup.token.helper"));
        TextField username = form.username("setup-username");
        PasswordField password = form.newPassword("setup-password", getTranslation("security.password"));
        PasswordField confirmation = form.confirmation("setup-confirmation");
        form.errorsOn(token, AccountProblem.SETUP_TOKEN);
        form.layout(List.of(token, username, password, confirmation), getTranslation("security.setup.submit"), () -> {
            setup.createFirstTeacher(
                    token.getValue(), username.getValue(), password.getValue(), confirmation.getValue());
            removeAll();
            Paragraph done = new Paragraph(
                    getTranslation("security.setup.done", username.getValue().strip()));
            done.setId("setup-done");
            Anchor signIn = new Anchor("login", getTranslation("security.sign-in"));
            signIn.setId("setup-sign-in");
            add(new H1(getTranslation("security.setup.title")), done, signIn);
        });
        add(form);
    }

    private void showClosed() {
        Paragraph closed = new Paragraph(getTranslation("security.setup.closed"));
        closed.setId("setup-closed");
        Anchor signIn = new Anchor("login", getTranslation("security.sign-in"));
        signIn.setId("setup-sign-in");
        add(new H1(getTranslation("security.setup.closed.title")), closed, signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.setup.title") + " · " + getTranslation("app.title");
    }
}
