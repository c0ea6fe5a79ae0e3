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
 * One value per layer for a few series, as grouped bars of their base-10 logarithm (e.g. the size of the gradients
 * layer by layer: −3 is 0.001, and one step on the axis is a factor of ten). Built from scatter lines: each bar is
 * a thick vertical line from the axis floor up to its value, the bars of a series one line that breaks between
 * them. A value of 0 has no bar. Setting the values rebuilds the chart (a user's choice, not a live feed).
 */
public class LayerBarChart extends ChartComponent {

    /** One series: its legend label and a value per layer (layer 1 first). */
    public record Series(String label, double[] values) {}

    private static final int BAR_WIDTH = 14;

    public LayerBarChart() {
        addClassName("layer-bar-chart");
    }

    /** Draws log₁₀ of the series' values over layers 1 … n (n = the longest series). */
    public void show(String xTitle, String yTitle, List<Series> series) {
        int layers = 0;
        double lowest = Double.POSITIVE_INFINITY, highest = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            layers = Math.max(layers, s.values().length);
            for (double v : s.values()) {
                if (v > 0 && Double.isFinite(v)) {
                    lowest = Math.min(lowest, Math.log10(v));
                    highest = Math.max(highest, Math.log10(v));
                }
            }
        }
        double floor = Double.isInfinite(lowest) ? -1 : Math.floor(lowest);
        double ceiling = Double.isInfinite(highest) ? 0 : Math.max(floor + 1, Math.ceil(highest));
        ScatterData data = new ScatterData();
        for (int i = 0; i < series.size(); i++) {
            double offset = series.size() == 1 ? 0 : (i - (series.size() - 1) / 2.0) * 0.3;
            double[] values = series.get(i).values();
            double[] xs = new double[values.length * 3], ys = new double[values.length * 3];
            for (int l = 0; l < values.length; l++) {
                boolean bar = values[l] > 0 && Double.isFinite(values[l]);
                xs[3 * l] = xs[3 * l + 1] = xs[3 * l + 2] = l + 1 + offset;
                ys[3 * l] = bar ? floor : Double.NaN;
                ys[3 * l + 1] = bar ? Math.log10(values[l]) : Double.NaN;
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
        // whole layers on the x axis: the bars stand at 1 … n, the axis runs from 0 to n + 1
        var x = Axes.linear(xTitle, 0, layers + 1).setTicks(new LinearTickOptions().setStepSize(1));
        var y = Axes.linear(yTitle, floor, ceiling).setTicks(new LinearTickOptions().setStepSize(1));
        LineOptions options = new LineOptions()
                .setAnimation(false)
                .setScales(Axes.xy(x, y))
                .setPlugins(new Plugins()
                        .setLegend(new LegendOptions()
                                .setPosition("bottom")
                                .setLabels(new LegendOptions.Labels().setBoxWidth(BAR_WIDTH))));
        setConfig(new ScatterChart(data, options));
    }
}
