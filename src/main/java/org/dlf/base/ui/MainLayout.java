package org.dlf.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import java.util.HashMap;
import java.util.Map;
import org.dlf.assignment.AssignmentRules;
import org.dlf.assignment.LearnerRules;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every page: header with title, language and colour switches; side navigation, where a
 * chapter the visitor's teacher has not opened carries a lock (checked again on every navigation).
 */
@com.vaadin.flow.server.auth.AnonymousAllowed
@StyleSheet("styles/widgets/assignment.css")
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

    private final ContentService content;
    private final ObjectProvider<ChapterProgress> progress;
    private final ObjectProvider<LearnerRules> rules;
    private final Map<String, Span> labels = new HashMap<>();
    private final Map<String, Span> locks = new HashMap<>();
    private final ObjectProvider<ClassNavigation> classNavigation;
    private final RouterLink brand = new RouterLink();
    private final Button chinese = languageButton(Language.ZH);
    private final Button english = languageButton(Language.EN);
    private final Button scheme = new Button();
    private final Div navHolder = new Div();

    public MainLayout(
            ContentService content,
            ObjectProvider<ChapterProgress> progress,
            ObjectProvider<LearnerRules> rules,
            ObjectProvider<ClassNavigation> classNavigation) {
        this.content = content;
        this.progress = progress;
        this.rules = rules;
        this.classNavigation = classNavigation;
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
        scheme.addClickListener(e -> {
            UI ui = UI.getCurrentOrThrow();
            Preferences.setDark(ui, !Preferences.isDark(ui));
            updateScheme();
        });
        Div tools = new Div(languages, scheme);
        tools.addClassName("header-tools");
        addToNavbar(toggle, brand, tools);
        navHolder.addClassName("nav-holder");
        addToDrawer(navHolder);
    }

    private Button languageButton(Language language) {
        Button button = new Button(language.nativeName());
        button.setId("lang-" + language.code());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", language.code());
        button.addClickListener(e -> Preferences.setLanguage(UI.getCurrentOrThrow(), language));
        return button;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language language = Language.of(event.getLocale());
        UI.getCurrentOrThrow().getElement().setAttribute("lang", language.code());
        event.getUI()
                .getPage()
                .executeJs("document.documentElement.lang = $0", language == Language.ZH ? "zh-CN" : "en");
        brand.removeAll();
        Span full = new Span(getTranslation("app.title"));
        full.addClassName("brand-full");
        Span shortName = new Span(getTranslation("app.short-title"));
        shortName.addClassName("brand-short");
        brand.add(full, shortName);
        chinese.getElement().setAttribute("aria-pressed", String.valueOf(language == Language.ZH));
        english.getElement().setAttribute("aria-pressed", String.valueOf(language == Language.EN));
        markActive(chinese, language == Language.ZH);
        markActive(english, language == Language.EN);
        updateScheme();
        navHolder.removeAll();
        navHolder.add(navigation(language));
        updateLocks();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        updateLocks();
    }

    /** A lock is made only for a closed chapter (most visitors have none: two state nodes less per chapter). */
    private void updateLocks() {
        AssignmentRules now =
                rules.getIfAvailable(() -> id -> AssignmentRules.NONE).rulesFor(CurrentLearner.id());
        labels.forEach((slug, label) -> {
            boolean closed = !now.chapterOpen(slug);
            Span lock = locks.get(slug);
            if (closed && lock == null) {
                lock = lock();
                locks.put(slug, lock);
                label.add(lock);
            }
            if (lock != null) {
                lock.setVisible(closed);
            }
        });
    }

    private Span lock() {
        Span lock = new Span(VaadinIcon.LOCK.create());
        lock.addClassName("nav-lock");
        lock.getElement().setAttribute("role", "img");
        lock.getElement().setAttribute("aria-label", getTranslation("assignment.closed.nav"));
        lock.getElement().setAttribute("title", getTranslation("assignment.closed.nav"));
        return lock;
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
        scheme.setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        String label = getTranslation(dark ? "scheme.light" : "scheme.dark");
        scheme.setAriaLabel(label);
        scheme.setTooltipText(label);
    }

    private SideNav navigation(Language language) {
        SideNav nav = new SideNav();
        nav.setId("chapter-nav");
        nav.setLabel(getTranslation("nav.chapters"));
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME_O.create()));
        locks.clear();
        labels.clear();
        for (Chapter chapter : content.course().chapters(language)) {
            SideNavItem item = new SideNavItem(null, "chapter/" + chapter.slug());
            Span label = new Span(new Text(chapter.title()));
            label.addClassName("nav-label");
            labels.put(chapter.slug(), label);
            item.getElement().appendChild(label.getElement());
            Span number = new Span();
            TextMarkup.set(number, String.valueOf(chapter.number()));
            number.addClassName("nav-number");
            item.setPrefixComponent(number);
            progress.ifAvailable(p -> item.setSuffixComponent(p.badge(chapter.slug())));
            nav.addItem(item);
        }
        nav.addItem(new SideNavItem(getTranslation("nav.glossary"), GlossaryView.class, VaadinIcon.BOOK.create()));
        // classroom pages by path: the shell does not depend on the classroom feature
        ClassNavigation classes = classNavigation.getIfAvailable();
        nav.addItem(
                classes != null
                        ? classes.item()
                        : new SideNavItem(getTranslation("nav.join"), "join", VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.teacher"), "teacher", VaadinIcon.ACADEMY_CAP.create()));
        return nav;
    }
}
