package org.dlf.charts;

import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;

/**
 * An error (loss) curve over training steps with a logarithmic error axis, so that 0.3 and 0.00003 both
 * stay readable. {@link #start} sets up an empty curve; {@link #append} adds points incrementally. The summary
 * names the last step and its error.
 */
public class ErrorCurveChart extends ChartComponent {

    private final String xTitle;
    private final String yTitle;
    private String label = "";

    public ErrorCurveChart(String xTitle, String yTitle) {
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        addClassName("error-curve-chart");
    }

    /** An empty curve named {@code label} over steps 0 … {@code lastStep}. */
    public void start(String label, int lastStep) {
        this.label = label;
        setSummary("");
        ScatterDataset curve = new ScatterDataset()
                .setLabel(label)
                .setShowLine(true)
                .setBorderColor(ChartTheme.series(0))
                .setBackgroundColor(ChartTheme.series(0))
                .setBorderWidth(2)
                .addPointRadius(lastStep <= 20 ? 3 : 0);
        LineOptions options = new LineOptions()
                .setAnimation(false)
                .setScales(Axes.xy(Axes.linear(xTitle, 0, Math.max(1, lastStep)), Axes.logarithmic(yTitle)))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setPosition("bottom")));
        setConfig(new ScatterChart(new ScatterData().addDataset(curve), options));
    }

    /** Appends (step, error) points; errors ≤ 0 or not finite are left out (a log axis cannot show them). */
    public void append(double[] steps, double[] errors) {
        double[] ys = errors.clone();
        for (int i = 0; i < ys.length; i++) {
            if (!(ys[i] > 0)) {
                ys[i] = Double.NaN;
            }
        }
        appendPoints(0, steps, ys, 0);
        if (steps.length > 0) {
            setSummary(xTitle
                    + ' '
                    + ChartJson.plain(steps[steps.length - 1], 6)
                    + texts().colon()
                    + pairs(new String[] {label}, new double[] {errors[errors.length - 1]}));
        }
    }
}
