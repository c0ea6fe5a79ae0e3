package org.dlf.content;

import java.util.Locale;
import java.util.Optional;

/** The two languages of the course. Chinese is primary. */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE, "中文"),
    EN("en", Locale.ENGLISH, "English");

    private final String code;
    private final Locale locale;
    private final String nativeName;

    Language(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public String nativeName() {
        return nativeName;
    }

    /** The language for a locale: Chinese for any zh locale, English for everything else. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
