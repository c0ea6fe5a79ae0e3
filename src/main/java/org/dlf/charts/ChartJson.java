package org.dlf.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Base64;

/** Small JSON writers for chart data. Non-finite numbers become {@code null} (a gap), never NaN. */
final class ChartJson {

    static final int DIGITS = 6;
    private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private ChartJson() {}

    static String points(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys differ in length: " + xs.length + " vs " + ys.length);
        }
        StringBuilder sb = new StringBuilder(xs.length * 24 + 2).append('[');
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"x\":")
                    .append(number(xs[i]))
                    .append(",\"y\":")
                    .append(number(ys[i]))
                    .append('}');
        }
        return sb.append(']').toString();
    }

    static String values(double[] values) {
        StringBuilder sb = new StringBuilder(values.length * 10 + 2).append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(number(values[i]));
        }
        return sb.append(']').toString();
    }

    static String heatmap(double[] values, int size, double xMin, double xMax, double yMin, double yMax) {
        if (values.length != size * size) {
            throw new IllegalArgumentException(
                    "heatmap needs size² = " + size * size + " values, got " + values.length);
        }
        StringBuilder sb = new StringBuilder(values.length * 4 / 3 + 300)
                .append("{\"size\":")
                .append(size);
        sb.append(",\"xMin\":").append(number(xMin)).append(",\"xMax\":").append(number(xMax));
        sb.append(",\"yMin\":").append(number(yMin)).append(",\"yMax\":").append(number(yMax));
        return sb.append(",\"bytes\":\"").append(quantise(values)).append("\"}").toString();
    }

    /**
     * The heatmap values as one byte each (round(v × 255), v clamped to [0, 1], non-finite as 0.5), base64:
     * 4 characters per 3 cells instead of 6 per cell at three decimals. The browser divides by 255 again; the
     * error (at most 1/510) moves a colour channel by at most one step of 255, which no eye can see.
     */
    static String quantise(double[] values) {
        byte[] cells = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = Double.isFinite(values[i]) ? Math.max(0, Math.min(1, values[i])) : 0.5;
            cells[i] = (byte) Math.round(v * 255);
        }
        return Base64.getEncoder().encodeToString(cells);
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String string(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * A number for people to read, with {@code digits} significant digits and never in scientific notation:
     * 0.0000351 rather than 3.51E-5, 1200 rather than 1.2E+3.
     */
    static String plain(double value, int digits) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return BigDecimal.valueOf(value)
                .round(new MathContext(digits, RoundingMode.HALF_EVEN))
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * A number with at most {@value #DIGITS} significant digits, in the shortest form: 0.763079 instead of
     * 0.7630786921119187. A chart is a few hundred pixels wide, so six digits are a thousand times finer than
     * anything drawn, and a small loss keeps its digits (0.0000351019). A redraw of the spiral's 200 points is
     * about 45 % shorter, and Flow keeps the last answer to a request (often a redraw) for every page.
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "null";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).round(SIGNIFICANT).stripTrailingZeros().toString();
    }

    /**
     * JSON with every character beyond ASCII written as a six-character escape (backslash, u, four hex
     * digits; only strings can hold them), which JSON.parse reads back unchanged. An axis title such as x₁ would otherwise make the whole
     * answer that carries the configuration a two-bytes-per-character string on the server.
     */
    static String ascii(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0x7E) {
                if (sb == null) {
                    sb = new StringBuilder(json.length() + 32).append(json, 0, i);
                }
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? json : sb.toString();
    }
}
