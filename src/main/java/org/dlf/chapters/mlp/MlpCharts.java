package org.dlf.chapters.mlp;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.dlf.base.ui.component.SvgView;
import org.dlf.base.ui.component.TextMarkup;
import org.dlf.charts.LossChart;
import org.dlf.charts.ScatterPlot;

/**
 * What the MLP trainer draws: the figure (the points with the decision boundary as a heatmap, the network
 * diagram with the inspected neuron, a note while the hidden neurons are identical), the status line, the loss
 * curves and their table. Draws frames; decides nothing. Its own content is the figure; the widget places
 * {@link #status()} and {@link #curves()}.
 */
class MlpCharts extends Composite<Div> {

    private final MlpTrainerModel model;
    private final ScatterPlot plot = new ScatterPlot();
    private final LossChart lossChart = new LossChart();
    private final SvgView diagram = new SvgView();
    private final Paragraph neuron = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Paragraph symmetry = new Paragraph();
    private final MlpTables tables = new MlpTables();
    private final Div curves = new Div(lossChart, tables);
    /** A style element with the rule that rings the inspected neuron ({@link #markSelected}). */
    private final Element selection = new Element("style");
    /** Whether the charts are set up, and a fingerprint of the points and window they show. */
    private boolean charted;

    private int chartedData;
    private String selected;

    MlpCharts(MlpTrainerModel model, BiConsumer<Double, Double> plotClicked) {
        this.model = model;
        plot.setId("mlp-plot");
        plot.setHeight("380px");
        plot.addPlotClickListener(plotClicked);
        lossChart.setId("mlp-loss-chart");
        diagram.setId("mlp-network");
        diagram.addClassName("network-diagram");
        diagram.getElement()
                .addEventListener(
                        "dlf-svg-select",
                        e -> select(e.getEventData().get("event.detail.key").asString()))
                .addEventData("event.detail.key");
        neuron.setId("mlp-neuron");
        neuron.addClassNames("neuron-details", "widget-note");
        neuron.getElement().setAttribute("aria-live", "polite");
        status.setId("mlp-status");
        status.addClassName("training-outcome");
        status.getElement().setAttribute("aria-live", "polite");
        symmetry.setId("mlp-symmetry");
        symmetry.addClassName("widget-note");
        symmetry.setVisible(false);
        Div side = new Div(diagram, symmetry, neuron);
        side.getElement().appendChild(selection);
        getContent().add(plot, side);
        getContent().addClassName("training-layout");
    }

    /** The status line (epoch, losses, accuracies). */
    Paragraph status() {
        return status;
    }

    /** The loss curves and their table. */
    Div curves() {
        return curves;
    }

    void translate() {
        tables.translate();
        plot.setAccessibleName(getTranslation("mlp.plot-name"));
        lossChart.setAccessibleName(getTranslation("mlp.loss-chart-name"));
        TextMarkup.set(symmetry, getTranslation("mlp.symmetric"));
    }

    /**
     * Shows the model from scratch (and returns the frame shown). The points and the charts' set-up are sent again only when the data or the
     * labels changed: a change of the network alone (layers, η, seed, budget…) re-sends none of the 200 points.
     */
    MlpTrainerModel.Frame redraw(boolean labelsChanged) {
        double[][][] points = {
            MlpTexts.coordinates(model.trainSet(), true),
            MlpTexts.coordinates(model.trainSet(), false),
            MlpTexts.coordinates(model.testSet(), true),
            MlpTexts.coordinates(model.testSet(), false)
        };
        int data =
                31 * Arrays.deepHashCode(points) + Arrays.hashCode(model.data().window());
        if (labelsChanged || !charted || data != chartedData) {
            plot.setUp(
                    "x₁",
                    "x₂",
                    model.data().window(),
                    new ScatterPlot.Labels(
                            getTranslation("mlp.class-positive"),
                            getTranslation("mlp.class-negative"),
                            model.testSet() == null ? "" : getTranslation("mlp.test-positive"),
                            model.testSet() == null ? "" : getTranslation("mlp.test-negative"),
                            "",
                            ""));
            plot.setTrainPoints(points[0], points[1]);
            plot.setTestPoints(points[2], points[3]);
        }
        if (labelsChanged || !charted) {
            lossChart.setSeries(
                    getTranslation("mlp.epoch-axis"),
                    getTranslation("mlp.loss-axis"),
                    List.of(getTranslation("mlp.train-loss"), getTranslation("mlp.test-loss")),
                    0.0,
                    null);
        } else {
            lossChart.replacePoints(0, new double[0], new double[0]);
            lossChart.replacePoints(1, new double[0], new double[0]);
        }
        charted = true;
        chartedData = data;
        tables.reset();
        selected = null;
        markSelected(-1, -1);
        TextMarkup.set(neuron, getTranslation("mlp.neuron-hint"));
        MlpTrainerModel.Frame f = model.frame();
        show(f, true);
        return f;
    }

    /** One frame: new loss points, the heatmap, the status; with {@code detailed} also the network diagram. */
    void show(MlpTrainerModel.Frame f, boolean detailed) {
        lossChart.append(0, f.epochs(), f.trainLoss());
        if (model.testSet() != null) {
            lossChart.append(1, f.epochs(), f.testLoss());
        }
        plot.setHeatmapTopDown(f.heatmap(), MlpTrainerModel.GRID, model.data().window());
        TextMarkup.set(status, MlpTexts.status(this::getTranslation, f));
        tables.append(f);
        if (symmetry.isVisible() != f.symmetric()) {
            symmetry.setVisible(f.symmetric());
        }
        if (detailed) {
            diagram.setMarkup(NetworkDiagram.svg(model.network(), this::neuronName));
            if (selected != null) {
                select(selected);
            }
        }
    }

    /**
     * The ring around the inspected neuron, as one CSS rule in a small style element: selecting another neuron
     * sends this rule (about 100 characters) instead of the whole diagram again. {@code -1} removes the ring.
     */
    private void markSelected(int layer, int j) {
        selection.setProperty(
                "innerHTML",
                layer < 0
                        ? ""
                        : "#mlp-network [data-key=\"n-" + layer + "-" + j
                                + "\"] circle{stroke:var(--dlf-highlight);stroke-width:4}");
    }

    private String neuronName(int layer, int j) {
        return layer < 0
                ? getTranslation("mlp.input-name", j + 1)
                : getTranslation("mlp.neuron-name", layer + 1, j + 1);
    }

    private void select(String key) {
        String[] parts = key == null ? new String[0] : key.split("-");
        if (parts.length != 3 || !parts[0].equals("n")) {
            return;
        }
        try {
            int l = Integer.parseInt(parts[1]);
            int j = Integer.parseInt(parts[2]);
            model.neuron(l, j).ifPresent(n -> {
                selected = "n-" + l + "-" + j;
                TextMarkup.set(
                        neuron,
                        MlpTexts.neuron(
                                this::getTranslation, n, l == model.network().layerCount() - 1));
                markSelected(l, j);
            });
        } catch (NumberFormatException e) {
            // a tampered key selects nothing
        }
    }
}
