package org.dlf.charts;

import java.util.List;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.enums.BorderCapStyle;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;

/**
 * One value per layer for a few series, as grouped bars on a logarithmic axis (e.g. the size of the gradients
 * layer by layer). Built from scatter lines: each bar is a thick vertical line from the axis floor up to its
 * value, the bars of a series one line that breaks between them. A value of 0 (or below the floor) has no
 * bar. Setting the values rebuilds the chart (a user's choice, not a live feed).
 */
public class LayerBarChart extends ChartComponent {

    /** One series: its legend label and a value per layer (layer 1 first). */
    public record Series(String label, double[] values) {}

    private static final int BAR_WIDTH = 14;

    public LayerBarChart() {
        addClassName("layer-bar-chart");
    }

    /**
     * Draws the series over layers 1 … n (n = the longest series) on a logarithmic value axis whose floor is a
     * power of ten below the smallest positive value.
     */
    public void show(String xTitle, String yTitle, List<Series> series) {
        int layers = 0;
        double smallest = Double.POSITIVE_INFINITY, largest = 0;
        for (Series s : series) {
            layers = Math.max(layers, s.values().length);
            for (double v : s.values()) {
                if (v > 0 && Double.isFinite(v)) {
                    smallest = Math.min(smallest, v);
                    largest = Math.max(largest, v);
                }
            }
        }
        double floor = smallest == Double.POSITIVE_INFINITY ? 1e-6 : Math.pow(10, Math.floor(Math.log10(smallest)));
        double ceiling = largest == 0 ? 1 : Math.pow(10, Math.ceil(Math.log10(largest)));
        ScatterData data = new ScatterData();
        for (int i = 0; i < series.size(); i++) {
            double offset = series.size() == 1 ? 0 : (i - (series.size() - 1) / 2.0) * 0.3;
            double[] values = series.get(i).values();
            double[] xs = new double[values.length * 3], ys = new double[values.length * 3];
            for (int l = 0; l < values.length; l++) {
                double v = values[l] > 0 && Double.isFinite(values[l]) ? values[l] : Double.NaN;
                xs[3 * l] = xs[3 * l + 1] = xs[3 * l + 2] = l + 1 + offset;
                ys[3 * l] = Double.isNaN(v) ? Double.NaN : floor;
                ys[3 * l + 1] = v;
                ys[3 * l + 2] = Double.NaN; // the gap to the next bar
            }
            data.addDataset(new ScatterDataset()
                    .setLabel(series.get(i).label())
                    .setShowLine(true)
                    .setBorderColor(ChartTheme.series(i))
                    .setBackgroundColor(ChartTheme.series(i))
                    .setBorderWidth(BAR_WIDTH)
                    .setBorderCapStyle(BorderCapStyle.BUTT)
                    .addPointRadius(0)
                    .addPointHitRadius(8)
                    .setDataUnchecked(ChartPoints.of(xs, ys)));
        }
        var x = Axes.linear(xTitle, 0.5, layers + 0.5).setTicks(new LinearTickOptions().setStepSize(1));
        var y = Axes.logarithmic(yTitle).setMin(floor).setMax(ceiling);
        LineOptions options = new LineOptions()
                .setAnimation(false)
                .setScales(Axes.xy(x, y))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setPosition("bottom")));
        setConfig(new ScatterChart(data, options));
    }
}
