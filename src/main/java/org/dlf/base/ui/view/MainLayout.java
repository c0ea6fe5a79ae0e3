package org.dlf.base.ui.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.dlf.assignment.LearnerRules;
import org.dlf.base.ui.Preferences;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.base.ui.component.IntegerInput;
import org.dlf.base.ui.component.ItemCheckboxGroup;
import org.dlf.base.ui.component.ItemRadioGroup;
import org.dlf.base.ui.component.ItemSelect;
import org.dlf.base.ui.component.Markup;
import org.dlf.base.ui.component.MathFormula;
import org.dlf.base.ui.component.NumberInput;
import org.dlf.base.ui.component.SvgView;
import org.dlf.charts.ChartComponent;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every page: a skip link to the page's main content, header with title, language and colour
 * switches; the side navigation ({@link ChapterNav}) in the drawer, which on a phone closes after a link is
 * chosen. The colour switch's label says what it will do, whether the page is dark by the visitor's choice or
 * by the operating system's.
 */
@com.vaadin.flow.server.auth.AnonymousAllowed
// The optimised frontend bundle holds only components reached through class references, the shell's at once and
// each route's in a chunk fetched after the route's data. The chapters' widgets and exercises are Spring beans
// behind WidgetRegistry and ExerciseBlocks, so the components they create are named here: with the shell, so that
// a chapter's first chart does not wait for a second script (BundleCompletenessIT fails on any missing element).
@Uses(ChartComponent.class)
@Uses(MathFormula.class)
@Uses(SvgView.class)
@Uses(IntegerInput.class)
@Uses(NumberInput.class)
@Uses(ItemRadioGroup.class)
@Uses(ItemSelect.class)
@Uses(ItemCheckboxGroup.class)
@Uses(Button.class)
@Uses(Checkbox.class)
@Uses(Details.class)
@Uses(Icon.class)
@Uses(RadioButtonGroup.class)
@Uses(TextField.class)
@Uses(Upload.class)
@StyleSheet("styles/widgets/assignment.css")
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

    private final Anchor skip = new Anchor();
    private final RouterLink brand = new RouterLink();
    private final Button chinese = languageButton(Language.ZH);
    private final Button english = languageButton(Language.EN);
    private final Button scheme = new Button();
    private final Icon schemeIcon = VaadinIcon.MOON_O.create();
    private final Div languages;
    private @Nullable HasElement content;
    private @Nullable Registration systemScheme;

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
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        languages = new Div(chinese, english);
        languages.addClassName("language-switch");
        languages.getElement().setAttribute("role", "group");
        scheme.setId("scheme-toggle");
        scheme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        scheme.setIcon(schemeIcon);
        Clicks.on(scheme, () -> {
            UI ui = UI.getCurrentOrThrow();
            Preferences.setDark(ui, !Preferences.isDark(ui));
            updateScheme();
        });
        Div tools = new Div(languages, scheme);
        tools.addClassName("header-tools");
        Header header = new Header(skip, toggle, brand, tools);
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(new ChapterNav(content, progress, rules, classNavigation));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        systemScheme = Preferences.followSystemScheme(event.getUI(), this::updateScheme);
        // following the link scrolls to the page's element; the focus goes there too, so Tab continues in it
        skip.getElement()
                .executeJs("this.addEventListener('click', () => setTimeout(() => {"
                        + " const target = document.getElementById(this.hash.slice(1));"
                        + " if (target) target.focus(); }))");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (systemScheme != null) {
            systemScheme.remove();
            systemScheme = null;
        }
        super.onDetach(event);
    }

    /** The page's own element is the skip link's target: focusable from the script, not in the tab order. */
    @Override
    public void showRouterLayoutContent(HasElement view) {
        super.showRouterLayoutContent(view);
        content = view;
        view.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String target = content == null ? null : content.getElement().getAttribute("id");
        skip.setVisible(target != null);
        if (target != null) {
            skip.setHref(event.getLocation().getPath() + "#" + target);
        }
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
        skip.setText(getTranslation("shell.skip"));
        languages.getElement().setAttribute("aria-label", getTranslation("shell.languages"));
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
        // an icon component beside the tooltip (innerHTML would delete the tooltip, a Flow child)
        schemeIcon.getElement().setAttribute("icon", dark ? "vaadin:sun-o" : "vaadin:moon-o");
        String label = getTranslation(dark ? "scheme.light" : "scheme.dark");
        scheme.setAriaLabel(label);
        scheme.setTooltipText(label);
    }
}
