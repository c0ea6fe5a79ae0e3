package org.dlf.charts;

/**
 * The one place for chart colours. Each is a CSS custom property defined for light and dark in
 * {@code styles/dlf.css}; the {@code <dlf-chart>} element resolves them and re-resolves on a scheme switch.
 */
public final class ChartTheme {

    /** Series colours, in order of use. */
    public static final String[] SERIES = {
        "var(--dlf-series-1)",
        "var(--dlf-series-2)",
        "var(--dlf-series-3)",
        "var(--dlf-series-4)",
        "var(--dlf-series-5)"
    };
    /** Class +1 / 1 points and the positive side of a decision boundary. */
    public static final String POSITIVE = "var(--dlf-positive)";
    /** Class −1 / 0 points and the negative side. */
    public static final String NEGATIVE = "var(--dlf-negative)";
    /** The middle of the heatmap scale (output 0.5). */
    public static final String NEUTRAL = "var(--dlf-neutral)";
    /** Markers, highlighted samples. */
    public static final String HIGHLIGHT = "var(--dlf-highlight)";
    /** Axes' zero lines and guides. */
    public static final String GUIDE = "var(--dlf-guide)";

    private ChartTheme() {}

    public static String series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }
}
