package org.dlf.chapters.share;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A link parameter that was not used, and why.
 *
 * @param parameter  its name, without the widget's namespace
 * @param value      the value the link gave (shown shortened, escaped)
 * @param labelKey   message key of the setting's label as the widget shows it; null for an unknown parameter
 * @param messageKey message key of the reason (the widget's own message for a value its field refuses)
 * @param args       arguments of that message
 */
public record Refusal(
        String parameter, String value, @Nullable String labelKey, String messageKey, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    static Refusal unknown(String parameter, String value) {
        return new Refusal(parameter, value, null, "share.error.unknown", List.of());
    }
}
