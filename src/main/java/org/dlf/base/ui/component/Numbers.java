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

    /**
     * Up to {@code digits} significant digits, trailing zeros dropped, and never in scientific notation (a
     * beginner reads 0.0000351 where 3.51e-05 means nothing to them).
     */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        String text = new BigDecimal(value)
                .round(new java.math.MathContext(digits))
                .stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
