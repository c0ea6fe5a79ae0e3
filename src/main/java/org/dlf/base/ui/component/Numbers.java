package org.dlf.base.ui.component;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for the UI: fixed decimals, no "-0", and never "NaN" (shown as an em dash). */
public final class Numbers {

    private Numbers() {}

    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        String text =
                new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    /** Up to {@code digits} significant digits, trailing zeros dropped; scientific for tiny/huge values. */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        if (value != 0 && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e7)) {
            return String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", value);
        }
        String text = new BigDecimal(value)
                .round(new java.math.MathContext(digits))
                .stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
