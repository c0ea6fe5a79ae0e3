package org.dlf.charts;

import java.util.List;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;

/**
 * Curves y = f(x) over a fixed window, with a movable marker point on one of them. Setting the curves
 * rebuilds the chart (a user choice); moving the marker or replacing a curve's points is incremental.
 */
public class FunctionPlot extends ChartComponent {

    /** One curve: sampled points, a legend label and whether it is drawn dashed (e.g. a derivative). */
    public record Curve(String label, double[] xs, double[] ys, boolean dashed) {}

    private final String xTitle;
    private final String yTitle;
    private final double xMin;
    private final double xMax;
    private double yMin;
    private double yMax;
    private int curveCount;
    private String[] curveLabels = new String[0];

    public FunctionPlot(String xTitle, String yTitle, double xMin, double xMax, double yMin, double yMax) {
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        addClassName("function-plot");
    }

    /** Sets the y window used by the next {@link #setCurves}. */
    public void setWindow(double yMin, double yMax) {
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** Draws these curves (replacing any before) and an empty marker. */
    public void setCurves(List<Curve> curves, String markerLabel) {
        ScatterData data = new ScatterData();
        for (int i = 0; i < curves.size(); i++) {
            Curve curve = curves.get(i);
            ScatterDataset dataset = new ScatterDataset()
                    .setLabel(curve.label())
                    .setShowLine(true)
                    .setBorderColor(ChartTheme.series(i))
                    .setBackgroundColor(ChartTheme.series(i))
                    .setBorderWidth(curve.dashed() ? 2 : 3)
                    .addPointRadius(0)
                    .setDataUnchecked(ChartPoints.of(curve.xs(), curve.ys()));
            if (curve.dashed()) {
                dataset.addBorderDash(6).addBorderDash(4);
            }
            data.addDataset(dataset);
        }
        data.addDataset(new ScatterDataset()
                .setLabel(markerLabel)
                .setBorderColor(ChartTheme.HIGHLIGHT)
                .setBackgroundColor(ChartTheme.HIGHLIGHT)
                .addPointRadius(7)
                .setOrder(-1));
        curveCount = curves.size();
        curveLabels = curves.stream().map(Curve::label).toArray(String[]::new);
        setSummary(String.join(texts().comma(), curveLabels));
        LineOptions options = new LineOptions()
                .setAnimation(false)
                .setScales(Axes.xy(Axes.linear(xTitle, xMin, xMax), Axes.linear(yTitle, yMin, yMax)))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setPosition("bottom")));
        setConfig(new ScatterChart(data, options));
    }

    /** Moves the marker to these points (one per curve it marks); the summary gives each curve's value there. */
    public void setMarker(double[] xs, double[] ys) {
        replacePoints(curveCount, xs, ys);
        if (xs.length > 0) {
            int n = Math.min(ys.length, curveLabels.length);
            setSummary(xTitle + " = " + ChartJson.plain(xs[0], 3) + texts().colon()
                    + pairs(java.util.Arrays.copyOf(curveLabels, n), java.util.Arrays.copyOf(ys, n)));
        }
    }
}
