package org.dlf.chapters.stepper;

import org.dlf.base.ui.component.Numbers;

/** Numbers as the step-through widgets show them: 9 significant digits, in text and in LaTeX. */
public final class StepTex {

    /** Significant digits of every number the steppers show. */
    public static final int DIGITS = 9;

    private StepTex() {}

    /** Plain text, never scientific: {@code 0.593269992} or {@code 0.0000351018778}. */
    public static String text(double value) {
        return Numbers.significant(value, DIGITS);
    }

    /** LaTeX, e.g. {@code 0.593269992} or {@code 3.51018778 \times 10^{-5}}. */
    public static String num(double value) {
        if (!Double.isFinite(value) || value == 0 || (Math.abs(value) >= 1e-4 && Math.abs(value) < 1e7)) {
            return text(value);
        }
        String text = String.format(java.util.Locale.ROOT, "%." + (DIGITS - 1) + "e", value);
        int e = text.indexOf('e');
        int exponent = Integer.parseInt(text.substring(e + 1));
        return text.substring(0, e) + " \\times 10^{" + exponent + "}";
    }

    /** LaTeX of a factor in a product or sum: negative numbers in parentheses. */
    public static String factor(double value) {
        String tex = num(value);
        return tex.startsWith("-") ? "(" + tex + ")" : tex;
    }

    /**
     * A chain {@code A = B = C = D} set on two lines, {@code A = B} then {@code = C = D}, so that a long
     * formula with numbers fits a narrow column. Formulas with fewer than two equals signs stay as they are.
     */
    public static String aligned(String tex) {
        String[] parts = tex.split(" = ");
        if (parts.length < 3) {
            return tex;
        }
        return "\\begin{aligned}" + parts[0] + " &= " + parts[1] + " \\\\ &= "
                + String.join(" = ", java.util.Arrays.copyOfRange(parts, 2, parts.length)) + "\\end{aligned}";
    }
}
