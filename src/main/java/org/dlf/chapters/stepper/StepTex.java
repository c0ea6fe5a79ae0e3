package org.dlf.chapters.stepper;

import org.dlf.base.ui.component.Numbers;

/** Numbers as the step-through widgets show them: 9 significant digits, in text and in LaTeX. */
public final class StepTex {

    /** Significant digits of every number the steppers show. */
    public static final int DIGITS = 9;

    private StepTex() {}

    /** Plain text, e.g. {@code 0.593269992} or {@code 3.51018778e-05}. */
    public static String text(double value) {
        return Numbers.significant(value, DIGITS);
    }

    /** LaTeX, e.g. {@code 0.593269992} or {@code 3.51018778 \times 10^{-5}}. */
    public static String num(double value) {
        String text = text(value);
        int e = text.indexOf('e');
        if (e < 0) {
            return text;
        }
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
