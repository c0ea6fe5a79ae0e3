package org.dlf.charts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The colours and font of every chart in one colour scheme, passed in from the server ({@link ChartDefaults}):
 * text, grid lines, font family and the colour of each role. A chart's configuration names roles ({@link
 * #POSITIVE}, {@link #series}), never colours, so the same configuration reads well in light and dark. Heatmap
 * roles ({@code positive}, {@code negative}, {@code neutral}) are {@code #rrggbb}.
 */
public record ChartTheme(String text, String grid, String font, Map<String, String> colours) {

    /** Class +1 / 1 points and the positive side of a decision boundary. */
    public static final String POSITIVE = "@positive";
    /** Class −1 / 0 points and the negative side. */
    public static final String NEGATIVE = "@negative";
    /** Markers, highlighted samples, the keyboard cursor. */
    public static final String HIGHLIGHT = "@highlight";
    /** Axes' zero lines and guides. */
    public static final String GUIDE = "@guide";

    private static final int SERIES = 5;
    private static final String FONT = "\"Noto Sans SC\", \"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\","
            + " system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";

    /** The course's light scheme: every colour at least 3:1 against white. */
    public static final ChartTheme LIGHT = new ChartTheme(
            "#3b4451",
            "rgba(0,0,0,0.1)",
            FONT,
            colours(
                    new String[] {"#2f6fb0", "#c0701f", "#25875a", "#9c4fbf", "#c2425a"},
                    "#2f6fb0",
                    "#c0701f",
                    "#f4f4f4",
                    "#c2425a",
                    "rgba(0,0,0,0.45)"));

    /** The course's dark scheme (Lumo's dark background): every colour at least 3:1 against it. */
    public static final ChartTheme DARK = new ChartTheme(
            "#d5dbe3",
            "rgba(255,255,255,0.16)",
            FONT,
            colours(
                    new String[] {"#7fb2e8", "#f0a860", "#6fcf9f", "#c99be0", "#f08196"},
                    "#6fa8e0",
                    "#f0a860",
                    "#2a2f36",
                    "#f08196",
                    "rgba(255,255,255,0.55)"));

    public ChartTheme {
        colours = Map.copyOf(colours);
    }

    /** The role of the {@code index}-th series colour (cycling through five). */
    public static String series(int index) {
        return "@series-" + (Math.floorMod(index, SERIES) + 1);
    }

    private static Map<String, String> colours(
            String[] series, String positive, String negative, String neutral, String highlight, String guide) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < series.length; i++) {
            map.put("series-" + (i + 1), series[i]);
        }
        map.put("positive", positive);
        map.put("negative", negative);
        map.put("neutral", neutral);
        map.put("highlight", highlight);
        map.put("guide", guide);
        return map;
    }

    /** The theme as the JSON the browser's {@code setTheme} reads. */
    String toJson() {
        StringBuilder sb = new StringBuilder(512)
                .append("{\"text\":")
                .append(ChartJson.string(text))
                .append(",\"grid\":")
                .append(ChartJson.string(grid))
                .append(",\"font\":")
                .append(ChartJson.string(font))
                .append(",\"colours\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(colours).entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append(ChartJson.string(e.getKey())).append(':').append(ChartJson.string(e.getValue()));
        }
        return sb.append("}}").toString();
    }
}
