package org.dlf.base.ui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import org.dlf.assignment.LearnerRules;
import org.dlf.base.ui.Preferences;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.base.ui.component.Markup;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every page: header with title, language and colour switches; the side navigation
 * ({@link ChapterNav}) in the drawer, which on a phone closes after a link is chosen.
 */
@com.vaadin.flow.server.auth.AnonymousAllowed
@StyleSheet("styles/widgets/assignment.css")
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final RouterLink brand = new RouterLink();
    private final Button chinese = languageButton(Language.ZH);
    private final Button english = languageButton(Language.EN);
    private final Button scheme = new Button();

    public MainLayout(
            ContentService content,
            ObjectProvider<ChapterProgress> progress,
            ObjectProvider<LearnerRules> rules,
            ObjectProvider<ClassNavigation> classNavigation) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("drawer-toggle");
        brand.setId("brand");
        brand.addClassName("brand");
        brand.setRoute(HomeView.class);
        Div languages = new Div(chinese, english);
        languages.addClassName("language-switch");
        languages.getElement().setAttribute("role", "group");
        scheme.setId("scheme-toggle");
        scheme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        Clicks.on(scheme, () -> {
            UI ui = UI.getCurrentOrThrow();
            Preferences.setDark(ui, !Preferences.isDark(ui));
            updateScheme();
        });
        Div tools = new Div(languages, scheme);
        tools.addClassName("header-tools");
        addToNavbar(toggle, brand, tools);
        addToDrawer(new ChapterNav(content, progress, rules, classNavigation));
    }

    private Button languageButton(Language language) {
        Button button = new Button();
        InnerHtml.setText(button, language.nativeName());
        button.setId("lang-" + language.code());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", language.code());
        Clicks.on(button, () -> Preferences.setLanguage(UI.getCurrentOrThrow(), language));
        return button;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language language = Language.of(event.getLocale());
        UI.getCurrentOrThrow().getElement().setAttribute("lang", language.code());
        event.getUI()
                .getPage()
                .executeJs("document.documentElement.lang = $0", language == Language.ZH ? "zh-CN" : "en");
        // the full title and the short one for phones, as markup: one state node for the whole link
        InnerHtml.set(
                brand,
                Markup.builder()
                        .start("span")
                        .attr("class", "brand-full")
                        .text(getTranslation("app.title"))
                        .end()
                        .start("span")
                        .attr("class", "brand-short")
                        .text(getTranslation("app.short-title"))
                        .end()
                        .build());
        chinese.getElement().setAttribute("aria-pressed", String.valueOf(language == Language.ZH));
        english.getElement().setAttribute("aria-pressed", String.valueOf(language == Language.EN));
        markActive(chinese, language == Language.ZH);
        markActive(english, language == Language.EN);
        updateScheme();
    }

    private static void markActive(Button button, boolean active) {
        if (active) {
            button.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
    }

    private void updateScheme() {
        boolean dark = Preferences.isDark(UI.getCurrentOrThrow());
        // an icon component beside the tooltip: innerHTML would delete the tooltip (a Flow child)
        scheme.setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        String label = getTranslation(dark ? "scheme.light" : "scheme.dark");
        scheme.setAriaLabel(label);
        scheme.setTooltipText(label);
    }
}
