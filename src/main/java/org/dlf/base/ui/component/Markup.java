package org.dlf.base.ui.component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * HTML or SVG markup that is safe by construction: it can only be made by {@link #text}, by a {@link Builder}
 * (which escapes every text and attribute value and accepts only plain tag and attribute names) or, for the
 * chapters' prose, from HTML that the content's sanitizer already cleaned ({@link #sanitized}). Elements take
 * it through {@link InnerHtml}, which refuses an element that has Flow children.
 */
public final class Markup {

    public static final Markup EMPTY = new Markup("");

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:_-]*");

    private final String html;

    private Markup(String html) {
        this.html = html;
    }

    /** Plain text, escaped. */
    public static Markup text(String text) {
        return new Markup(escape(text, false));
    }

    /**
     * HTML that the content loader's sanitizer produced (an allow-list of elements and attributes): the only
     * way in for markup not built here.
     */
    public static Markup sanitized(String html) {
        return new Markup(html);
    }

    /** A builder whose text may be any Unicode. */
    public static Builder builder() {
        return new Builder(false);
    }

    /**
     * A builder that writes every character beyond ASCII as a character reference: for markup kept on the
     * server for as long as a page is open, where a Latin-1 string takes one byte a character instead of two.
     */
    public static Builder asciiBuilder() {
        return new Builder(true);
    }

    /** The markup as a string, for an {@code innerHTML} property or a test. */
    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Markup m && m.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }

    /** {@code & < > " '} as character references (and, if {@code ascii}, everything beyond ASCII too). */
    static String escape(String text, boolean ascii) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        appendEscaped(sb, text, ascii);
        return sb.toString();
    }

    private static void appendEscaped(StringBuilder sb, String text, boolean ascii) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (ascii && c > 127) {
                        int cp = text.codePointAt(i);
                        sb.append("&#").append(cp).append(';');
                        i += Character.charCount(cp) - 1;
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    /**
     * Writes elements in document order: {@code start} opens one, {@code attr} adds to the element just
     * opened (before its first child), {@code text} and nested elements fill it, {@code end} closes it. Inside
     * an {@code <svg>} an element without children closes itself ({@code <circle …/>}); in HTML every element
     * gets its end tag. Names are checked, values escaped.
     */
    public static final class Builder {

        private final StringBuilder out = new StringBuilder(256);
        private final Deque<String> open = new ArrayDeque<>();
        private final boolean ascii;
        private boolean inStartTag;
        private int svgDepth;

        private Builder(boolean ascii) {
            this.ascii = ascii;
        }

        /** Opens an element. */
        public Builder start(String tag) {
            closeStartTag();
            out.append('<').append(name(tag));
            open.push(tag);
            if (tag.equals("svg")) svgDepth++;
            inStartTag = true;
            return this;
        }

        /** An attribute of the element just opened; a {@code null} value writes nothing. */
        public Builder attr(String name, @Nullable String value) {
            if (value == null) return this;
            requireStartTag(name);
            out.append(' ').append(name(name)).append("=\"");
            appendEscaped(out, value, ascii);
            out.append('"');
            return this;
        }

        /** A numeric attribute: integers without a fraction, others with at most two decimals. */
        public Builder attr(String name, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("attribute " + name + " must be finite, was " + value);
            }
            requireStartTag(name);
            out.append(' ').append(name(name)).append("=\"");
            number(out, value);
            out.append('"');
            return this;
        }

        /** A boolean attribute such as {@code router-link} or {@code hidden}, written when {@code on}. */
        public Builder flag(String name, boolean on) {
            if (!on) return this;
            requireStartTag(name);
            out.append(' ').append(name(name));
            return this;
        }

        /** Text content, escaped. */
        public Builder text(String text) {
            closeStartTag();
            appendEscaped(out, text, ascii);
            return this;
        }

        /** Markup made elsewhere (already safe) as content. */
        public Builder append(Markup markup) {
            closeStartTag();
            out.append(markup.html);
            return this;
        }

        /** An element without attributes that holds only this text. */
        public Builder element(String tag, String text) {
            return start(tag).text(text).end();
        }

        /** Closes the innermost open element. */
        public Builder end() {
            if (open.isEmpty()) throw new IllegalStateException("no element is open");
            String tag = open.pop();
            if (inStartTag && svgDepth > 0) {
                out.append("/>");
            } else {
                closeStartTag();
                out.append("</").append(tag).append('>');
            }
            inStartTag = false;
            if (tag.equals("svg")) svgDepth--;
            return this;
        }

        public Markup build() {
            if (!open.isEmpty()) throw new IllegalStateException("elements left open: " + open);
            return new Markup(out.toString());
        }

        private void closeStartTag() {
            if (inStartTag) {
                out.append('>');
                inStartTag = false;
            }
        }

        private void requireStartTag(String attribute) {
            if (!inStartTag) {
                throw new IllegalStateException("attribute " + attribute + " after the element's content");
            }
        }

        private static String name(String name) {
            if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("not a plain name: " + name);
            return name;
        }

        private static void number(StringBuilder sb, double value) {
            long rounded = Math.round(value * 100);
            if (rounded % 100 == 0) {
                sb.append(rounded / 100);
                return;
            }
            if (rounded < 0) {
                sb.append('-');
                rounded = -rounded;
            }
            sb.append(rounded / 100).append('.');
            long fraction = rounded % 100;
            if (fraction < 10) sb.append('0');
            sb.append(fraction % 10 == 0 ? fraction / 10 : fraction);
        }
    }
}
