package org.dlf.exercises.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlf.base.ui.MathFormula;

/** A paragraph of exercise text in which {@code $…$} is rendered as KaTeX math; the rest is plain text. */
final class PromptText {

    private static final Pattern MATH = Pattern.compile("(?<!\\\\)\\$([^$]+)(?<!\\\\)\\$");

    private PromptText() {}

    static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph();
        Matcher m = MATH.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) p.add(new Text(unescape(text.substring(last, m.start()))));
            p.add(new MathFormula(m.group(1), false));
            last = m.end();
        }
        if (last < text.length()) p.add(new Text(unescape(text.substring(last))));
        return p;
    }

    private static String unescape(String s) {
        return s.replace("\\$", "$");
    }
}
