package org.dlf.charts;

import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;

/**
 * A loss surface over two parameters: the loss as a heatmap, contour lines on it, and the path of a descent (its
 * steps as a line of points in the second series colour, which stands out against the heatmap's colours, the
 * start, where it is now, and the lowest point). Built from the chart
 * component's scatter datasets and heatmap: the contour lines are one line that breaks at gaps. After
 * {@link #setUp} every update is incremental: steps are appended, the markers replaced.
 */
public class LandscapeChart extends ChartComponent {

    /** Legend texts. */
    public record Labels(String contours, String path, String start, String current, String lowest) {}

    private static final int CONTOURS = 0;
    private static final int PATH = 1;
    private static final int START = 2;
    private static final int CURRENT = 3;
    private static final int LOWEST = 4;
    /** Points of the path the chart keeps (the model takes at most this many steps). */
    public static final int MAX_PATH = 1000;

    public LandscapeChart() {
        addClassName("landscape-chart");
    }

    /**
     * Builds the chart over {@code window} = {minX, maxX, minY, maxY} with the surface's heatmap ({@code heat}:
     * {@code size} × {@code size} values in [0, 1] at cell centres, row 0 at minY), its contour lines (NaN
     * between two lines) and the lowest point; the path is empty.
     */
    public void setUp(
            String xTitle,
            String yTitle,
            double[] window,
            Labels labels,
            double[] heat,
            int size,
            double[] contourXs,
            double[] contourYs,
            double[] lowest) {
        ScatterData data = new ScatterData()
                .addDataset(new ScatterDataset()
                        .setLabel(labels.contours())
                        .setShowLine(true)
                        .setBorderColor(ChartTheme.GUIDE)
                        .setBackgroundColor(ChartTheme.GUIDE)
                        .setBorderWidth(1)
                        .addPointRadius(0)
                        .addPointHitRadius(0)
                        .setDataUnchecked(ChartPoints.of(contourXs, contourYs)))
                .addDataset(new ScatterDataset()
                        .setLabel(labels.path())
                        .setShowLine(true)
                        .setBorderColor(ChartTheme.series(1))
                        .setBackgroundColor(ChartTheme.series(1))
                        .setBorderWidth(2)
                        .addPointRadius(3))
                .addDataset(marker(labels.start(), ChartTheme.series(1), "circle", 7, false))
                .addDataset(marker(labels.current(), ChartTheme.HIGHLIGHT, "circle", 6, true))
                .addDataset(marker(labels.lowest(), ChartTheme.series(2), "star", 10, false)
                        .setDataUnchecked(ChartPoints.of(new double[] {lowest[0]}, new double[] {lowest[1]})));
        LineOptions options = new LineOptions()
                .setAnimation(false)
                .setScales(
                        Axes.xy(Axes.linear(xTitle, window[0], window[1]), Axes.linear(yTitle, window[2], window[3])))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setPosition("bottom")));
        setConfig(new ScatterChart(data, options));
        // the grid's cells partition the window, each sampled at its centre
        setHeatmap(heat, size, window[0], window[1], window[2], window[3]);
    }

    private static ScatterDataset marker(String label, String colour, String style, int radius, boolean filled) {
        return new ScatterDataset()
                .setLabel(label)
                .setBorderColor(colour)
                .setBackgroundColor(filled ? colour : "rgba(0,0,0,0)")
                .setBorderWidth(3)
                .addPointStyle(style)
                .addPointRadius(radius)
                .setOrder(-1);
    }

    /** Starts the path again at (x, y): the start marker, the current marker and the path's first point. */
    public void restart(double x, double y) {
        double[] xs = {x}, ys = {y};
        replacePoints(PATH, xs, ys);
        replacePoints(START, xs, ys);
        replacePoints(CURRENT, xs, ys);
    }

    /** Appends steps to the path and moves the current marker to the last of them. */
    public void append(double[] xs, double[] ys) {
        if (xs.length == 0) {
            return;
        }
        appendPoints(PATH, xs, ys, MAX_PATH);
        replacePoints(CURRENT, new double[] {xs[xs.length - 1]}, new double[] {ys[ys.length - 1]});
    }
}
