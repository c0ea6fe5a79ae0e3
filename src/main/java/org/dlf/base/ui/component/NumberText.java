package org.dlf.base.ui.component;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The text of a number input as the browser sends it, read the way {@code <input type="number">} writes it
 * (Locale.ROOT: an optional minus, digits, an optional point and exponent), and a number written back that
 * way. Nothing else is a number: no "NaN", "Infinity", hex, grouping or surrounding spaces that
 * {@link Double#parseDouble} would accept, no value too large for a double, and in integer mode only whole
 * numbers that fit an {@code int}.
 */
final class NumberText {

    /** The longest text read at all; longer texts are unparsable whatever they hold. */
    static final int MAX_LENGTH = 40;

    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,4})?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");

    /** What the text holds: nothing, a finite number, or something that is no number. */
    enum Kind {
        EMPTY,
        NUMBER,
        UNPARSABLE
    }

    /** The result of reading a text; {@code value} is meaningful only for {@link Kind#NUMBER}. */
    record Parsed(Kind kind, double value) {

        static final Parsed EMPTY = new Parsed(Kind.EMPTY, 0);
        static final Parsed UNPARSABLE = new Parsed(Kind.UNPARSABLE, 0);

        boolean isNumber() {
            return kind == Kind.NUMBER;
        }
    }

    private NumberText() {}

    static Parsed parse(String text, boolean integer) {
        if (text == null || text.isEmpty()) {
            return Parsed.EMPTY;
        }
        if (text.length() > MAX_LENGTH
                || !(integer ? INTEGER : DECIMAL).matcher(text).matches()) {
            return Parsed.UNPARSABLE;
        }
        double value;
        if (integer) {
            long whole = Long.parseLong(text);
            if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
                return Parsed.UNPARSABLE;
            }
            value = whole;
        } else {
            value = Double.parseDouble(text);
        }
        if (!Double.isFinite(value)) {
            return Parsed.UNPARSABLE;
        }
        return new Parsed(Kind.NUMBER, value == 0 ? 0.0 : value); // "-0" is 0
    }

    /** A number as the input shows it: plain digits, no exponent, no trailing zeros, no "-0". */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
