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
 * appended ({@link #append}), never re-sent, and the chart keeps at most {@link #MAX_POINTS} per line.
 */
public class LossChart extends ChartComponent {

    public static final int MAX_POINTS = 1000;

    public LossChart() {
        addClassName("loss-chart");
    }

    /** Empty lines with these legend labels; {@code yMin}/{@code yMax} fix the y axis when not null. */
    public void setSeries(String xTitle, String yTitle, List<String> labels, Double yMin, Double yMax) {
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
        }
    }
}
