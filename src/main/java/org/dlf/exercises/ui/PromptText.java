package org.dlf.exercises.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.base.ui.component.Markup;
import org.dlf.base.ui.component.MathFormula;

/**
 * A paragraph of exercise text in which {@code $…$} is rendered as KaTeX math ({@code <dlf-math>}); the rest is
 * plain text, escaped. The paragraph is one element with its markup (one state node, however many formulas).
 */
final class PromptText {

    private static final Pattern MATH = Pattern.compile("(?<!\\\\)\\$([^$]+)(?<!\\\\)\\$");

    private PromptText() {}

    static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph();
        InnerHtml.set(p, markup(text));
        return p;
    }

    static Markup markup(String text) {
        Markup.Builder html = Markup.builder();
        Matcher m = MATH.matcher(text);
        int last = 0;
        while (m.find()) {
            html.text(unescape(text.substring(last, m.start())));
            html.append(MathFormula.inline(m.group(1)));
            last = m.end();
        }
        return html.text(unescape(text.substring(last))).build();
    }

    private static String unescape(String s) {
        return s.replace("\\$", "$");
    }
}
