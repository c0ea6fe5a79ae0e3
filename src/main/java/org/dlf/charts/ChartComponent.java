package org.dlf.charts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import software.xdev.chartjs.model.charts.Chart;

/**
 * A Chart.js 4 chart in the browser, configured from Java with chartjs-java-model. After the first
 * {@link #setConfig configuration} it updates incrementally — append points, replace one dataset's data,
 * replace the heatmap — without re-creating the chart. Numbers go through {@link ChartJson}, so NaN or
 * infinity never reach the browser. Colours are theme roles ({@link ChartTheme}); the theme and texts come
 * from {@link ChartDefaults}. Every chart has an accessible name and a short text summary; a chart with a
 * {@link #addPlotClickListener plot-click listener} also takes points from the keyboard.
 */
@Tag("dlf-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./dlf-charts/dlf-chart.js")
public class ChartComponent extends Component implements HasSize, HasStyle {

    private @Nullable Registration settingsListener;
    private boolean takesPoints;

    public ChartComponent() {
        addClassName("chart");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        apply(ChartDefaults.of(event.getUI()));
        settingsListener = ComponentUtil.addListener(
                event.getUI(), ChartDefaults.Changed.class, e -> apply(ChartDefaults.of(e.getSource())));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (settingsListener != null) {
            settingsListener.remove();
            settingsListener = null;
        }
        super.onDetach(event);
    }

    private void apply(ChartDefaults.Settings settings) {
        getElement().callJsFunction("setTheme", settings.theme().toJson());
        if (takesPoints) {
            getElement().setProperty("keyboardHelp", settings.texts().keyboardHelp());
        }
    }

    /** The words and punctuation of this chart's summaries, in the reader's language. */
    protected ChartTexts texts() {
        return getUI().map(ui -> ChartDefaults.of(ui).texts()).orElse(ChartTexts.ENGLISH);
    }

    /** Replaces the whole chart (type, data, options). */
    public void setConfig(Chart<?, ?, ?> chart) {
        getElement().callJsFunction("setConfig", ChartJson.ascii(chart.toJson()));
    }

    /** Appends {@code (x, y)} points to a dataset, keeping at most {@code maxPoints} (0 = all). */
    public void appendPoints(int dataset, double[] xs, double[] ys, int maxPoints) {
        getElement().callJsFunction("appendPoints", dataset, ChartJson.points(xs, ys), maxPoints);
    }

    /** Replaces the data of one dataset with {@code (x, y)} points; the dataset's style stays. */
    public void replacePoints(int dataset, double[] xs, double[] ys) {
        getElement().callJsFunction("replaceData", dataset, ChartJson.points(xs, ys));
    }

    /**
     * Draws a G×G heatmap under the datasets over [xMin, xMax]×[yMin, yMax]; {@code values[row * size + col]}
     * in [0, 1] (0 in the theme's negative colour, ½ neutral, 1 positive), row 0 at yMin. Sent as one byte per
     * cell (1/255 steps: the same colours to the eye), about 2.4 KB for a 40×40 map.
     */
    public void setHeatmap(double[] values, int size, double xMin, double xMax, double yMin, double yMax) {
        getElement().callJsFunction("setHeatmap", ChartJson.heatmap(values, size, xMin, xMax, yMin, yMax));
    }

    /** The accessible name of the chart (its canvas's name, whenever the canvas is made). */
    public void setAccessibleName(String name) {
        getElement().setProperty("accessibleName", name);
    }

    /**
     * A short text summary of what the chart shows now, shown under it, the canvas's description, and
     * announced to screen readers at most every 2.5 seconds.
     */
    public void setSummary(String summary) {
        getElement().setProperty("summary", summary);
    }

    public String getSummary() {
        return getElement().getProperty("summary", "");
    }

    /**
     * Clicks inside the plot area, in data coordinates, and Enter or Space on the keyboard cursor: with a
     * listener the chart takes the focus, and the arrow keys move its cursor.
     */
    public Registration addPlotClickListener(BiConsumer<Double, Double> listener) {
        takesPoints = true;
        getElement().setProperty("keyboardHelp", texts().keyboardHelp());
        return getElement()
                .addEventListener("dlf-chart-click", e -> {
                    double x = e.getEventData().get("event.detail.x").asDouble();
                    double y = e.getEventData().get("event.detail.y").asDouble();
                    if (Double.isFinite(x) && Double.isFinite(y)) {
                        listener.accept(x, y);
                    }
                })
                .addEventData("event.detail.x")
                .addEventData("event.detail.y");
    }

    /**
     * {@code label value} pairs joined with the reader's punctuation, values with 3 significant digits; pairs
     * without a value are left out.
     */
    protected String pairs(String[] labels, double[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            if (!Double.isFinite(values[i])) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(texts().comma());
            }
            sb.append(labels[i]).append(' ').append(ChartJson.plain(values[i], 3));
        }
        return sb.toString();
    }
}
