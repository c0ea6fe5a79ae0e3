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
import org.dlf.security.SignInThrottle;

/**
 * Teacher sign-in (learners never need it). Spring Security handles the form post to /login (with the CSRF
 * token Vaadin's form takes from the page); after too many failures it comes back with {@code ?wait=SECONDS},
 * which the form shows as its error.
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/widgets/account.css")
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(FirstRunSetup setup) {
        setId("login");
        addClassNames("page", "classroom-page");
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
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
        var parameters = event.getLocation().getQueryParameters();
        int wait = parameters.getSingleParameter("wait").map(LoginView::seconds).orElse(0);
        if (wait > 0) {
            LoginI18n.ErrorMessage error = i18n.getErrorMessage();
            error.setTitle(getTranslation("security.login.wait.title"));
            error.setMessage(getTranslation("security.login.wait.text", duration(wait)));
            form.setI18n(i18n);
            form.getElement().setAttribute("data-wait", String.valueOf(wait));
        }
        form.setError(wait > 0 || parameters.getParameters().containsKey("error"));
    }

    /** The wait to show: a longer one than the throttle ever imposes is someone's link, not ours. */
    private static int seconds(String wait) {
        try {
            return Math.clamp(Integer.parseInt(wait), 0, (int) SignInThrottle.LONGEST_WAIT.toSeconds());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** 45 s, or 2 min 5 s. */
    private String duration(int seconds) {
        return seconds < 60
                ? getTranslation("security.wait.seconds", seconds)
                : getTranslation("security.wait.minutes", seconds / 60, seconds % 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.login.heading") + " · " + getTranslation("app.title");
    }
}
