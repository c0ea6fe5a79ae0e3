package org.dlf.charts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.BiConsumer;
import software.xdev.chartjs.model.charts.Chart;

/**
 * A Chart.js 4 chart in the browser, configured from Java with chartjs-java-model. After the first
 * {@link #setConfig configuration} it updates incrementally — append points, replace one dataset's data,
 * replace the heatmap — without re-creating the chart. Numbers go through {@link ChartJson}, so NaN or
 * infinity never reach the browser.
 */
@Tag("dlf-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/dlf-chart.js")
public class ChartComponent extends Component implements HasSize, HasStyle {

    public ChartComponent() {
        addClassName("chart");
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

    /** Replaces the data of one dataset with plain values (category charts). */
    public void replaceValues(int dataset, double[] values) {
        getElement().callJsFunction("replaceData", dataset, ChartJson.values(values));
    }

    /**
     * Draws a G×G heatmap under the datasets over [xMin, xMax]×[yMin, yMax]; {@code values[row * size + col]}
     * in [0, 1], row 0 at yMin. Sent as one byte per cell (1/255 steps: the same colours to the eye), about
     * 2.4 KB for a 40×40 map.
     */
    public void setHeatmap(double[] values, int size, double xMin, double xMax, double yMin, double yMax) {
        getElement().callJsFunction("setHeatmap", ChartJson.heatmap(values, size, xMin, xMax, yMin, yMax));
    }

    /** The accessible name of the chart's canvas. */
    public void setAccessibleName(String name) {
        getElement().setProperty("ariaLabelText", name);
    }

    /** Clicks inside the plot area, in data coordinates. */
    public Registration addPlotClickListener(BiConsumer<Double, Double> listener) {
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
}
