package org.dlf.charts;

import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;

/**
 * Labelled 2-D points of two classes (training points filled, test points hollow), a decision line, one
 * highlighted sample, and optionally a decision-boundary heatmap under them. After {@link #setUp} every
 * update is incremental: one dataset's points, or the heatmap's values. The summary counts the points.
 */
public class ScatterPlot extends ChartComponent {

    /** Legend texts of the six datasets. */
    public record Labels(
            String positive,
            String negative,
            String positiveTest,
            String negativeTest,
            String line,
            String highlight) {}

    private static final int POSITIVE = 0;
    private static final int NEGATIVE = 1;
    private static final int POSITIVE_TEST = 2;
    private static final int NEGATIVE_TEST = 3;

    /** Whether the chart has test points (the decision line and the highlight come after them). */
    private boolean withTest = true;

    private String[] classes = new String[4];
    private final int[] counts = new int[4];

    public ScatterPlot() {
        addClassName("scatter-plot");
    }

    /**
     * Builds the (empty) chart over a fixed window. A chart without test points (blank test labels) or without
     * a decision line (blank line label) has no such datasets, so its legend shows only what is drawn.
     */
    public void setUp(String xTitle, String yTitle, double[] window, Labels labels) {
        classes = new String[] {labels.positive(), labels.negative(), labels.positiveTest(), labels.negativeTest()};
        java.util.Arrays.fill(counts, 0);
        summarise();
        ScatterData data = new ScatterData()
                .addDataset(points(labels.positive(), ChartTheme.POSITIVE, "circle", true))
                .addDataset(points(labels.negative(), ChartTheme.NEGATIVE, "crossRot", true));
        withTest = !labels.positiveTest().isBlank();
        if (withTest) {
            data.addDataset(points(labels.positiveTest(), ChartTheme.POSITIVE, "circle", false))
                    .addDataset(points(labels.negativeTest(), ChartTheme.NEGATIVE, "crossRot", false));
        }
        if (!labels.line().isBlank()) {
            // the decision line and the highlighted sample; charts without them keep a clean legend
            data.addDataset(new ScatterDataset()
                            .setLabel(labels.line())
                            .setShowLine(true)
                            .setBorderColor(ChartTheme.GUIDE)
                            .setBackgroundColor(ChartTheme.GUIDE)
                            .setBorderWidth(3)
                            .addPointRadius(0))
                    .addDataset(new ScatterDataset()
                            .setLabel(labels.highlight())
                            .setBorderColor(ChartTheme.HIGHLIGHT)
                            .setBackgroundColor("rgba(0,0,0,0)")
                            .setBorderWidth(3)
                            .addPointRadius(11)
                            .setOrder(-1));
        }
        LineOptions options = new LineOptions()
                .setAnimation(false)
                .setScales(
                        Axes.xy(Axes.linear(xTitle, window[0], window[1]), Axes.linear(yTitle, window[2], window[3])))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setPosition("bottom")));
        setConfig(new ScatterChart(data, options));
    }

    private static ScatterDataset points(String label, String colour, String style, boolean filled) {
        return new ScatterDataset()
                .setLabel(label)
                .setBorderColor(colour)
                .setBackgroundColor(filled ? colour : "rgba(0,0,0,0)")
                .setBorderWidth(2)
                .addPointStyle(style)
                .addPointRadius(filled ? 6 : 5);
    }

    /** Replaces the training points of both classes. */
    public void setTrainPoints(double[][] positive, double[][] negative) {
        replacePoints(POSITIVE, positive[0], positive[1]);
        replacePoints(NEGATIVE, negative[0], negative[1]);
        counts[POSITIVE] = positive[0].length;
        counts[NEGATIVE] = negative[0].length;
        summarise();
    }

    /** Replaces the test points of both classes (a chart set up without test points has none). */
    public void setTestPoints(double[][] positive, double[][] negative) {
        if (!withTest) {
            return;
        }
        replacePoints(POSITIVE_TEST, positive[0], positive[1]);
        replacePoints(NEGATIVE_TEST, negative[0], negative[1]);
        counts[POSITIVE_TEST] = positive[0].length;
        counts[NEGATIVE_TEST] = negative[0].length;
        summarise();
    }

    /** The summary: how many points of each kind ("class 1: 2 points, class 0: 2 points"); empty kinds left out. */
    private void summarise() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && classes[i] != null) {
                if (!sb.isEmpty()) {
                    sb.append(texts().comma());
                }
                sb.append(classes[i]).append(texts().colon()).append(texts().points(counts[i]));
            }
        }
        setSummary(sb.toString());
    }

    private int lineIndex() {
        return withTest ? 4 : 2;
    }

    /** The decision line from (x1, y1) to (x2, y2); null hides it. */
    public void setLine(double[] segment) {
        if (segment == null) {
            replacePoints(lineIndex(), new double[0], new double[0]);
        } else {
            replacePoints(lineIndex(), new double[] {segment[0], segment[2]}, new double[] {segment[1], segment[3]});
        }
    }

    /** Rings one sample; null removes the ring. */
    public void setHighlight(double[] point) {
        if (point == null) {
            replacePoints(lineIndex() + 1, new double[0], new double[0]);
        } else {
            replacePoints(lineIndex() + 1, new double[] {point[0]}, new double[] {point[1]});
        }
    }

    /**
     * A heatmap from grid samples taken at the cell corners' lattice with row 0 at the TOP (maxY), as the
     * engine's decision grid stores them; each sample becomes one cell centred on its point.
     */
    public void setHeatmapTopDown(double[] values, int size, double[] range) {
        double[] flipped = new double[values.length];
        for (int row = 0; row < size; row++) {
            System.arraycopy(values, row * size, flipped, (size - 1 - row) * size, size);
        }
        double halfX = (range[1] - range[0]) / (size - 1) / 2;
        double halfY = (range[3] - range[2]) / (size - 1) / 2;
        setHeatmap(flipped, size, range[0] - halfX, range[1] + halfX, range[2] - halfY, range[3] + halfY);
    }
}
