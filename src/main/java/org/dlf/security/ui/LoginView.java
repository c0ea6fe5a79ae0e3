package org.dlf.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.dlf.base.ui.view.MainLayout;
import org.dlf.security.FirstRunSetup;

/** Teacher sign-in (learners never need it). Spring Security handles the form post to /login. */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/widgets/account.css")
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(FirstRunSetup setup) {
        setId("login");
        addClassNames("page", "classroom-page");
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("classroom.login.title"));
        texts.setUsername(getTranslation("classroom.login.username"));
        texts.setPassword(getTranslation("classroom.login.password"));
        texts.setSubmit(getTranslation("classroom.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("classroom.login.error.title"));
        error.setMessage(getTranslation("classroom.login.error.text"));
        add(new H1(getTranslation("classroom.login.heading")), new Paragraph(getTranslation("classroom.login.lead")));
        if (setup.open()) {
            // a fresh server: nobody can sign in yet, so say where the first account is made
            Paragraph notice = new Paragraph(getTranslation("security.login.setup-open") + " ");
            notice.setId("login-setup");
            notice.addClassName("login-setup");
            Anchor link = new Anchor("setup", getTranslation("security.login.setup-link"));
            link.setId("login-setup-link");
            notice.add(link);
            add(notice);
        }
        form.setI18n(i18n);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.login.heading") + " · " + getTranslation("app.title");
    }
}
