package org.dlf.charts;

import java.util.List;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;

/**
 * Values per epoch (loss, error, weights) as lines. {@link #setSeries} builds the chart once; new epochs are
 * appended ({@link #append}), never re-sent, and the chart keeps at most {@link #MAX_POINTS} per line. The
 * summary names the last epoch and each line's last value ("Epoch 120: training loss 0.031, test loss 0.045").
 */
public class LossChart extends ChartComponent {

    public static final int MAX_POINTS = 1000;

    private String xTitle = "";
    private String[] labels = new String[0];
    private double[] last = new double[0];
    private double lastX = Double.NaN;

    public LossChart() {
        addClassName("loss-chart");
    }

    /** Empty lines with these legend labels; {@code yMin}/{@code yMax} fix the y axis when not null. */
    public void setSeries(String xTitle, String yTitle, List<String> labels, Double yMin, Double yMax) {
        this.xTitle = xTitle;
        this.labels = labels.toArray(String[]::new);
        clearSummary();
        ScatterData data = new ScatterData();
        for (int i = 0; i < labels.size(); i++) {
            data.addDataset(new ScatterDataset()
                    .setLabel(labels.get(i))
                    .setShowLine(true)
                    .setBorderColor(ChartTheme.series(i))
                    .setBackgroundColor(ChartTheme.series(i))
                    .setBorderWidth(2)
                    .addPointRadius(0)
                    .addPointHitRadius(4));
        }
        var y = Axes.linear(yTitle);
        if (yMin != null) {
            y.setMin(yMin);
        }
        if (yMax != null) {
            y.setMax(yMax);
        }
        LineOptions options = new LineOptions()
                .setAnimation(false)
                .setScales(Axes.xy(Axes.linear(xTitle), y))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setPosition("bottom")));
        setConfig(new ScatterChart(data, options));
    }

    /** Appends points to one line. */
    public void append(int series, double[] epochs, double[] values) {
        if (epochs.length > 0) {
            appendPoints(series, epochs, values, MAX_POINTS);
            if (series < last.length) {
                last[series] = values[values.length - 1];
                lastX = epochs[epochs.length - 1];
                setSummary(xTitle + ' ' + ChartJson.plain(lastX, 6) + texts().colon() + pairs(labels, last));
            }
        }
    }

    /** Replaces one line's points; the summary starts again when a line is emptied. */
    @Override
    public void replacePoints(int dataset, double[] xs, double[] ys) {
        super.replacePoints(dataset, xs, ys);
        if (xs.length == 0) {
            clearSummary();
        }
    }

    private void clearSummary() {
        last = new double[labels.length];
        java.util.Arrays.fill(last, Double.NaN);
        lastX = Double.NaN;
        setSummary("");
    }
}
