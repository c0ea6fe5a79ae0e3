package org.dlf.chapters.mlp;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dlf.base.ui.CurrentLearner;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.SvgView;
import org.dlf.base.ui.component.TextMarkup;
import org.dlf.charts.LossChart;
import org.dlf.charts.ScatterPlot;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.TrainingOutcome;
import org.dlf.training.StopReason;
import org.dlf.training.TrainingDiverged;
import org.dlf.training.TrainingExecutor;
import org.dlf.training.TrainingRun;
import org.dlf.training.TrainingSnapshot;
import org.dlf.training.TrainingSnapshots;
import org.springframework.context.ApplicationEventPublisher;

/**
 * MLP trainer (chapter 5): a small network trained by backpropagation on 2-D data, with the decision
 * boundary as a heatmap under the points, train and test loss, and the network diagram. Takes no
 * configuration keys.
 */
@StyleSheet("styles/widgets/training.css")
class MlpTrainerWidget extends Composite<Div> {

    static final long DIAGRAM_INTERVAL_NANOS = 1_000_000_000L;

    private final MlpTrainerModel model;
    private final TrainingExecutor executor;
    private final MlpControls controls;
    private final ScatterPlot plot = new ScatterPlot();
    private final LossChart lossChart = new LossChart();
    private final SvgView diagram = new SvgView();
    private final Paragraph neuron = new Paragraph();
    /** Whether the charts are set up, and a fingerprint of the points and window they show. */
    private boolean charted;

    private int chartedData;
    private final Button runButton = new Button();
    private final Button stepButton = new Button();
    private final Button resetButton = new Button();
    private final Span message = new Span();
    private final Paragraph status = new Paragraph();
    private final MlpTables tables = new MlpTables();
    private TrainingRun run;
    private final TrainingSnapshots snapshots = TrainingSnapshots.of(VaadinSession.getCurrent());
    private final ApplicationEventPublisher events;
    private String selected;
    /** A style element with the rule that rings the inspected neuron ({@link #markSelected}). */
    private final Element selection = new Element("style");

    private long diagramAt;
    /** The divergence last published as a {@link TrainingDiverged} (each is published once). */
    private TrainingOutcome.Divergence reported;

    /** {@code lockProblems}: why the teacher's locked settings could not all be applied (usually none). */
    MlpTrainerWidget(
            MlpTrainerModel model,
            TrainingExecutor executor,
            ApplicationEventPublisher events,
            List<ConfigViolation> lockProblems) {
        this.model = model;
        this.executor = executor;
        this.events = events;
        this.controls = new MlpControls(model, this::afterChange, this::afterSettings);
        plot.setId("mlp-plot");
        plot.setHeight("380px");
        plot.addPlotClickListener((x, y) -> afterChange(model.clickAt(x, y, controls.clickPositive())));
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
        runButton.setId("mlp-run");
        stepButton.setId("mlp-step");
        resetButton.setId("mlp-reset");
        runButton.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(runButton, this::toggleRun);
        Clicks.on(stepButton, () -> {
            stop();
            model.epoch();
            show(model.frame(), true);
        });
        Clicks.on(resetButton, () -> afterChange(Optional.empty()));
        message.setId("mlp-message");
        message.addClassName("field-error");
        message.getElement().setAttribute("role", "alert");
        status.setId("mlp-status");
        status.addClassName("training-outcome");
        status.getElement().setAttribute("aria-live", "polite");
        Div buttons = new Div(runButton, stepButton, resetButton);
        buttons.addClassName("training-buttons");
        Div side = new Div(diagram, neuron);
        side.getElement().appendChild(selection);
        Div layout = new Div(plot, side);
        layout.addClassName("training-layout");
        getContent().addClassNames("mlp-trainer", "training-widget");
        // figure first: it opens the chapter (LeadFigure), with its buttons and status right under it
        getContent().add(layout, buttons, message, status, controls, lossChart, tables);
        addDetachListener(e -> stop());
        if (!lockProblems.isEmpty()) {
            addAttachListener(e -> TextMarkup.set(message, MlpTexts.violations(this::getTranslation, lockProblems)));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        TextMarkup.set(runButton, getTranslation("mlp.run"));
        TextMarkup.set(stepButton, getTranslation("mlp.step"));
        TextMarkup.set(resetButton, getTranslation("mlp.reset"));
        controls.translate();
        tables.translate();
        plot.setAccessibleName(getTranslation("mlp.plot-name"));
        lossChart.setAccessibleName(getTranslation("mlp.loss-chart-name"));
        redraw(true);
    }

    private void afterChange(Optional<String> problem) {
        TextMarkup.set(
                message, problem.map(k -> getTranslation(k, MlpData.MAX_POINTS)).orElse(""));
        if (problem.isEmpty()) {
            stop();
            model.rebuild();
            redrawAll();
        }
    }

    private void afterSettings(List<ConfigViolation> violations) {
        TextMarkup.set(message, MlpTexts.violations(this::getTranslation, violations));
        if (violations.isEmpty()) {
            stop();
            redrawAll();
        }
    }

    private void toggleRun() {
        if (run != null) {
            stop();
            return;
        }
        if (model.diverged()) {
            model.rebuild();
            redrawAll();
        }
        TextMarkup.set(message, "");
        UI ui = UI.getCurrent();
        TrainingRun[] self = new TrainingRun[1];
        MlpRunJob job =
                new MlpRunJob(model, f -> push(ui, self[0], () -> show(f, false)), MlpRunJob.PUSH_INTERVAL_NANOS);
        self[0] = executor.start(job, reason -> push(ui, self[0], () -> stopped(self[0], reason, job)));
        run = self[0];
        showRunning(true);
    }

    private void push(UI ui, TrainingRun from, Runnable update) {
        try {
            ui.access(() -> {
                if (from == null || from == run) {
                    update.run();
                }
            });
        } catch (UIDetachedException e) {
            if (from != null) {
                from.cancel();
            }
        }
    }

    private void stopped(TrainingRun which, StopReason reason, MlpRunJob job) {
        run = null;
        showRunning(false);
        MlpTrainerModel.Frame f = model.frame();
        String why = MlpTexts.stopped(
                this::getTranslation,
                f,
                reason,
                job.budgetSpent(),
                model.settings().epochBudget());
        if (!why.isEmpty()) {
            TextMarkup.set(message, why);
        }
        show(f, true);
    }

    private void stop() {
        if (run != null) {
            run.cancel();
            run = null;
            showRunning(false);
            show(model.frame(), true);
        }
    }

    private void showRunning(boolean running) {
        TextMarkup.set(runButton, getTranslation(running ? "mlp.pause" : "mlp.run"));
        stepButton.setEnabled(!running);
    }

    private void redrawAll() {
        redraw(false);
    }

    /**
     * Shows the model from scratch. The points and the charts' set-up are sent again only when the data or the
     * labels changed: a change of the network alone (layers, η, seed, budget…) re-sends none of the 200 points.
     */
    private void redraw(boolean labelsChanged) {
        controls.show(model.settings());
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
                            getTranslation("mlp.test-positive"),
                            getTranslation("mlp.test-negative"),
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
        showRunning(run != null);
        show(model.frame(), true);
    }

    private void show(MlpTrainerModel.Frame f, boolean diagramNow) {
        publish();
        if (f.divergence() != null && f.divergence() != reported) {
            reported = f.divergence();
            events.publishEvent(new TrainingDiverged(
                    CurrentLearner.id(), "mlp-trainer", model.snapshot().dataset(), reported.epoch(), Instant.now()));
        }
        lossChart.append(0, f.epochs(), f.trainLoss());
        if (model.testSet() != null) {
            lossChart.append(1, f.epochs(), f.testLoss());
        }
        double[] w = model.data().window();
        plot.setHeatmapTopDown(f.heatmap(), MlpTrainerModel.GRID, w);
        TextMarkup.set(status, MlpTexts.status(this::getTranslation, f));
        tables.append(f);
        long now = System.nanoTime();
        if (diagramNow || now - diagramAt >= DIAGRAM_INTERVAL_NANOS) {
            diagramAt = now;
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

    /** Tells train-goal exercises what the learner's engine has reached (read on the server, never sent). */
    private void publish() {
        MlpSnapshot s = model.snapshot();
        snapshots.publish(new TrainingSnapshot(
                "mlp-trainer",
                s.dataset(),
                s.epochs(),
                false,
                s.hiddenNeurons(),
                s.trainAccuracy(),
                Instant.now(),
                model.parameters()));
    }
}
