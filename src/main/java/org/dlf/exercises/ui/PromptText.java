package org.dlf.exercises.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlf.base.ui.component.TextMarkup;

/**
 * A paragraph of exercise text in which {@code $…$} is rendered as KaTeX math ({@code <dlf-math>}); the rest is
 * plain text, escaped. The paragraph is one element with its markup (one state node, however many formulas).
 */
final class PromptText {

    private static final Pattern MATH = Pattern.compile("(?<!\\\\)\\$([^$]+)(?<!\\\\)\\$");

    private PromptText() {}

    static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph();
        p.getElement().setProperty("innerHTML", markup(text));
        return p;
    }

    static String markup(String text) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        Matcher m = MATH.matcher(text);
        int last = 0;
        while (m.find()) {
            html.append(TextMarkup.escape(unescape(text.substring(last, m.start()))));
            html.append("<dlf-math tex=\"")
                    .append(TextMarkup.escape(m.group(1)))
                    .append("\"></dlf-math>");
            last = m.end();
        }
        html.append(TextMarkup.escape(unescape(text.substring(last))));
        return html.toString();
    }

    private static String unescape(String s) {
        return s.replace("\\$", "$");
    }
}
