package org.dlf.chapters.perceptron;

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
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Optional;
import org.dlf.chapters.perceptron.PerceptronTrainerModel.Frame;
import org.dlf.chapters.share.ExportBar;
import org.dlf.charts.LossChart;
import org.dlf.charts.ScatterPlot;
import org.dlf.training.StopReason;
import org.dlf.training.TrainingExecutor;
import org.dlf.training.TrainingRun;
import org.dlf.training.TrainingSnapshot;
import org.dlf.training.TrainingSnapshots;

/**
 * Perceptron trainer (chapter 4): 2-D points (AND, OR, NAND, XOR, blobs, or clicked), trained online with
 * the chapter's rule and stopping rules; the decision line moves with every update. Config keys:
 * {@code dataset} (AND, OR, NAND, XOR, BLOBS) and {@code learningRate} (0.001–1).
 */
@StyleSheet("styles/widgets/training.css")
class PerceptronTrainerWidget extends Composite<Div> {

    static final long PUSH_INTERVAL_NANOS = 200_000_000L;

    private final PerceptronTrainerModel model;
    private final TrainingExecutor executor;
    private final PerceptronControls controls;
    private final ScatterPlot plot = new ScatterPlot();
    private final LossChart errorChart = new LossChart();
    private final LossChart weightChart = new LossChart();
    private final Button stepButton = new Button();
    private final Button epochButton = new Button();
    private final Button runButton = new Button();
    private final Button resetButton = new Button();
    private final Span error = new Span();
    private final Paragraph outcome = new Paragraph();
    private final Span readout = new Span();
    private final PerceptronTables tables;
    private final Runnable stateChanged;
    private TrainingRun run;
    private final TrainingSnapshots snapshots = TrainingSnapshots.of(VaadinSession.getCurrent());

    PerceptronTrainerWidget(
            PerceptronTrainerModel model,
            TrainingExecutor executor,
            Optional<String> configProblem,
            Runnable stateChanged) {
        this.model = model;
        this.executor = executor;
        this.stateChanged = stateChanged;
        this.controls = new PerceptronControls(model, this::afterChange, this::showProblem, stateChanged);
        this.tables = new PerceptronTables(model);
        plot.setId("perceptron-plot");
        plot.setHeight("360px");
        plot.addPlotClickListener((x, y) -> afterChange(model.clickAt(x, y, controls.clickPositive())));
        errorChart.setId("perceptron-error-chart");
        weightChart.setId("perceptron-weight-chart");
        stepButton.setId("perceptron-step");
        epochButton.setId("perceptron-epoch");
        runButton.setId("perceptron-run");
        resetButton.setId("perceptron-reset");
        runButton.addThemeVariants(ButtonVariant.PRIMARY);
        stepButton.addClickListener(e -> manual(model::step));
        epochButton.addClickListener(e -> manual(model::epoch));
        runButton.addClickListener(e -> toggleRun());
        resetButton.addClickListener(e -> {
            stop();
            model.reset();
            redrawAll();
        });
        error.setId("perceptron-message");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        outcome.setId("perceptron-outcome");
        outcome.addClassName("training-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        readout.setId("perceptron-readout");
        readout.addClassName("readout");
        Div buttons = new Div(stepButton, epochButton, runButton, resetButton);
        buttons.addClassName("training-buttons");
        Div charts = new Div(errorChart, weightChart);
        charts.addClassName("training-charts");
        getContent().addClassNames("perceptron-trainer", "training-widget");
        ExportBar export = new ExportBar(
                "perceptron",
                PerceptronFile.WIDGET,
                "share.export.trained",
                () -> PerceptronFile.of(model),
                ExportBar.Part.WEIGHTS,
                ExportBar.Part.LOSS);
        // figure first: it opens the chapter (LeadFigure), with its buttons and outcome right under it
        getContent().add(plot, buttons, error, outcome, readout, controls, charts, tables, export);
        configProblem.ifPresent(key -> addAttachListener(e -> error.setText(getTranslation(key))));
        addDetachListener(e -> stop());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        stepButton.setText(getTranslation("perceptron.step"));
        epochButton.setText(getTranslation("perceptron.epoch"));
        resetButton.setText(getTranslation("perceptron.reset"));
        controls.translate();
        tables.translate();
        plot.setAccessibleName(getTranslation("perceptron.plot-name"));
        errorChart.setAccessibleName(getTranslation("perceptron.error-chart-name"));
        weightChart.setAccessibleName(getTranslation("perceptron.weight-chart-name"));
        redrawAll();
    }

    private void afterChange(Optional<String> problem) {
        showProblem(problem);
        if (problem.isEmpty()) {
            stop();
            redrawAll();
            stateChanged.run();
        }
    }

    private void showProblem(Optional<String> problem) {
        error.setText(problem.map(key -> getTranslation(
                        key,
                        PerceptronTrainerModel.MIN_LEARNING_RATE,
                        PerceptronTrainerModel.MAX_LEARNING_RATE,
                        PerceptronTrainerModel.MAX_SEED,
                        PerceptronStopping.MAX_CONSECUTIVE,
                        PerceptronStopping.MAX_EPOCHS,
                        PerceptronPoints.MAX_POINTS))
                .orElse(""));
    }

    private void manual(Runnable action) {
        stop();
        action.run();
        show(model.frame());
    }

    private void toggleRun() {
        if (run != null) {
            stop();
            return;
        }
        if (model.finished()) {
            model.reset();
            redrawAll();
        }
        UI ui = UI.getCurrent();
        TrainingRun[] self = new TrainingRun[1];
        PerceptronRunJob job =
                new PerceptronRunJob(model, frame -> push(ui, self[0], () -> show(frame)), PUSH_INTERVAL_NANOS);
        self[0] = executor.start(job, reason -> push(ui, self[0], () -> stopped(self[0], reason)));
        run = self[0];
        showRunning(true);
    }

    private void push(UI ui, TrainingRun from, Runnable update) {
        try {
            ui.access(() -> {
                if (from == null || from == run || !from.isRunning()) {
                    update.run();
                }
            });
        } catch (UIDetachedException e) {
            if (from != null) {
                from.cancel();
            }
        }
    }

    private void stopped(TrainingRun which, StopReason reason) {
        if (which != run) {
            return;
        }
        run = null;
        showRunning(false);
        if (reason != StopReason.FINISHED && reason != StopReason.CANCELLED) {
            error.setText(getTranslation("perceptron.stop." + reason.name().toLowerCase(java.util.Locale.ROOT)));
        }
        show(model.frame());
    }

    private void stop() {
        if (run != null) {
            run.cancel();
            run = null;
            showRunning(false);
        }
    }

    private void showRunning(boolean running) {
        runButton.setText(getTranslation(running ? "perceptron.pause" : "perceptron.run"));
        stepButton.setEnabled(!running);
        epochButton.setEnabled(!running);
    }

    private void redrawAll() {
        PerceptronPoints points = model.points();
        plot.setUp(
                "x₁",
                "x₂",
                points.window(),
                new ScatterPlot.Labels(
                        getTranslation("perceptron.class-positive"),
                        getTranslation("perceptron.class-negative"),
                        "",
                        "",
                        getTranslation("perceptron.line"),
                        getTranslation("perceptron.current-sample")));
        plot.setTrainPoints(points.coordinates(true), points.coordinates(false));
        errorChart.setSeries(
                getTranslation("perceptron.epoch-axis"),
                getTranslation("perceptron.error-axis"),
                java.util.List.of(getTranslation("perceptron.error-series")),
                0.0,
                2.0);
        weightChart.setSeries(
                getTranslation("perceptron.epoch-axis"),
                getTranslation("perceptron.weight-axis"),
                java.util.List.of("w₀ (b)", "w₁", "w₂"),
                null,
                null);
        showRunning(run != null);
        tables.reset();
        model.reset();
        show(model.frame());
    }

    private void show(Frame f) {
        publish();
        plot.setLine(f.line());
        plot.setHighlight(
                f.lastStep() == null
                        ? null
                        : new double[] {f.lastStep().input()[1], f.lastStep().input()[2]});
        if (!f.newEpochs().isEmpty()) {
            int n = f.newEpochs().size();
            double[] epochs = new double[n];
            double[] errors = new double[n];
            double[][] w = new double[3][n];
            for (int i = 0; i < n; i++) {
                var e = f.newEpochs().get(i);
                epochs[i] = e.epoch();
                errors[i] = e.error();
                for (int k = 0; k < 3; k++) {
                    w[k][i] = e.weightsAfter()[k];
                }
            }
            errorChart.append(0, epochs, errors);
            for (int k = 0; k < 3; k++) {
                weightChart.append(k, epochs, w[k]);
            }
        }
        outcome.setText(PerceptronTexts.outcome(this::getTranslation, f, model));
        readout.setText(PerceptronTexts.readout(this::getTranslation, f));
        tables.update(f);
    }

    /** Tells train-goal exercises what the learner's engine has reached (read on the server, never sent). */
    private void publish() {
        PerceptronSnapshot s = model.snapshot();
        int epochs = s.converged() ? s.convergedAfterEpochs() : s.epochs();
        snapshots.publish(new TrainingSnapshot(
                "perceptron-trainer",
                s.dataset(),
                epochs,
                s.converged(),
                0,
                s.trainAccuracy(),
                Instant.now(),
                model.parameters()));
    }
}
