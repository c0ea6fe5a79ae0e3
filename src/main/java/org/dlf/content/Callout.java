package org.dlf.content;

import java.util.Locale;
import java.util.Optional;

/** The boxed notes a chapter can contain: {@code > [!ERRATUM]}, {@code > [!NOTE]}, {@code > [!TIP]}. */
enum Callout {
    ERRATUM("勘误", "Erratum"),
    NOTE("注", "Note"),
    TIP("提示", "Tip");

    private final String zh;
    private final String en;

    Callout(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    String label(Language language) {
        return language == Language.ZH ? zh : en;
    }

    String cssClass() {
        return "callout callout-" + name().toLowerCase(Locale.ROOT);
    }

    /** The callout a paragraph's text starts with, e.g. "[!ERRATUM] ...". */
    static Optional<Callout> marker(String text) {
        String t = text.strip();
        for (Callout c : values()) {
            if (t.startsWith("[!" + c.name() + "]")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
