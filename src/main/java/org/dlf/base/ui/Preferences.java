package org.dlf.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.dlf.content.Language;
import org.jspecify.annotations.Nullable;

/**
 * The visitor's language and colour scheme, kept in first-party cookies for a year so that the choice
 * survives reloads and visits. Without a cookie the language follows the browser's Accept-Language.
 */
public final class Preferences {

    static final String LANGUAGE_COOKIE = "dlf-lang";
    static final String SCHEME_COOKIE = "dlf-scheme";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Preferences() {}

    /** Applies the stored preferences to a new UI (called while its first request is being handled). */
    static void apply(UI ui, VaadinRequest request) {
        cookie(request, LANGUAGE_COOKIE).flatMap(Language::fromCode).ifPresent(l -> ui.setLocale(l.locale()));
        cookie(request, SCHEME_COOKIE)
                .filter(v -> v.equals("dark") || v.equals("light"))
                .ifPresent(v -> ui.getPage()
                        .setColorScheme(v.equals("dark") ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
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

    static void setLanguage(UI ui, Language language) {
        store(ui, LANGUAGE_COOKIE, language.code());
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
    }

    static boolean isDark(UI ui) {
        return ui.getPage().getColorScheme() == ColorScheme.Value.DARK;
    }

    static void setDark(UI ui, boolean dark) {
        store(ui, SCHEME_COOKIE, dark ? "dark" : "light");
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
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
