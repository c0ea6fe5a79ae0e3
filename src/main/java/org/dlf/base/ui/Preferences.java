package org.dlf.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.dlf.charts.ChartDefaults;
import org.dlf.charts.ChartTexts;
import org.dlf.charts.ChartTheme;
import org.dlf.content.Language;
import org.jspecify.annotations.Nullable;

/**
 * The visitor's language and colour scheme, kept in first-party cookies for a year so that the choice
 * survives reloads and visits. Without a cookie the language follows the browser's Accept-Language and the
 * colours follow the operating system (the page's color-scheme is "light dark"; the browser tells the server
 * which one it shows, so that the toggle's label and the charts' theme agree with the page).
 */
public final class Preferences {

    static final String LANGUAGE_COOKIE = "dlf-lang";
    static final String SCHEME_COOKIE = "dlf-scheme";
    /** The operating system's choice as the browser last reported it (data on the UI). */
    private record SystemDark(boolean dark) {}

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Preferences() {}

    /** Applies the stored preferences to a new UI (called while its first request is being handled). */
    static void apply(UI ui, VaadinRequest request) {
        cookie(request, LANGUAGE_COOKIE).flatMap(Language::fromCode).ifPresent(l -> ui.setLocale(l.locale()));
        cookie(request, SCHEME_COOKIE)
                .filter(v -> v.equals("dark") || v.equals("light"))
                .ifPresent(v -> ui.getPage()
                        .setColorScheme(v.equals("dark") ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
        updateCharts(ui);
    }

    public static Language language(UI ui) {
        return Language.of(ui.getLocale());
    }

    /** The language a request asks for: the stored choice, else {@code fallback} (the browser's), else Chinese. */
    static Language language(@Nullable VaadinRequest request, @Nullable Locale fallback) {
        return cookie(request, LANGUAGE_COOKIE)
                .flatMap(Language::fromCode)
                .orElseGet(() -> fallback == null ? Language.ZH : Language.of(fallback));
    }

    public static void setLanguage(UI ui, Language language) {
        store(ui, LANGUAGE_COOKIE, language.code());
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        updateCharts(ui);
    }

    /** Whether the page shows dark colours: the visitor's choice, else the operating system's. */
    public static boolean isDark(UI ui) {
        ColorScheme.Value chosen = ui.getPage().getColorScheme();
        if (chosen == ColorScheme.Value.DARK || chosen == ColorScheme.Value.LIGHT) {
            return chosen == ColorScheme.Value.DARK;
        }
        SystemDark system = ComponentUtil.getData(ui, SystemDark.class);
        return system != null && system.dark();
    }

    public static void setDark(UI ui, boolean dark) {
        store(ui, SCHEME_COOKIE, dark ? "dark" : "light");
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        updateCharts(ui);
    }

    /**
     * Asks the browser which scheme the operating system prefers, now and whenever it changes; {@code
     * onChange} runs after each answer (e.g. to relabel the toggle).
     */
    public static Registration followSystemScheme(UI ui, Runnable onChange) {
        Registration listener = ui.getElement()
                .addEventListener("dlf-system-scheme", e -> {
                    ComponentUtil.setData(
                            ui,
                            SystemDark.class,
                            new SystemDark(
                                    e.getEventData().get("event.detail.dark").asBoolean()));
                    updateCharts(ui);
                    onChange.run();
                })
                .addEventData("event.detail.dark");
        ui.getPage().executeJs("""
                        const query = matchMedia('(prefers-color-scheme: dark)');
                        const tell = () => $0.dispatchEvent(
                            new CustomEvent('dlf-system-scheme', {detail: {dark: query.matches}}));
                        query.addEventListener('change', tell);
                        tell();""", ui.getElement());
        return listener;
    }

    /** The charts' theme and words follow the page's colours and language. */
    private static void updateCharts(UI ui) {
        ChartDefaults.set(
                ui,
                isDark(ui) ? ChartTheme.DARK : ChartTheme.LIGHT,
                ChartTexts.of(
                        ui.getTranslation("chart.keyboard-help"), ui.getTranslation("chart.points"), ui.getLocale()));
    }

    private static void store(UI ui, String name, String value) {
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax'",
                        name,
                        value,
                        ONE_YEAR);
    }

    private static Optional<String> cookie(@Nullable VaadinRequest request, String name) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(c -> c.getName().equals(name))
                        .map(Cookie::getValue)
                        .findFirst();
    }
}
