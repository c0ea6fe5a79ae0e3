package org.dlf.chapters.perceptron;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.chapters.LiveControls;
import org.dlf.chapters.perceptron.PerceptronTrainerModel.Frame;
import org.dlf.chapters.share.ExportBar;
import org.dlf.charts.LossChart;
import org.dlf.charts.ScatterPlot;
import org.dlf.training.LiveTraining;
import org.dlf.training.StopReason;
import org.dlf.training.TrainingExecutor;
import org.dlf.training.TrainingSnapshots;
import org.dlf.training.TrainingSpeed;

/**
 * Perceptron trainer (chapter 4): 2-D points (AND, OR, NAND, XOR, blobs, or clicked), trained online with
 * the chapter's rule and stopping rules, live: Play presents sample after sample at the chosen speed and the
 * decision line moves with every update. Config keys: {@code dataset} (AND, OR, NAND, XOR, BLOBS) and
 * {@code learningRate} (0.001–1).
 */
@StyleSheet("styles/widgets/training.css")
class PerceptronTrainerWidget extends Composite<Div> implements LiveTraining.View<Frame> {

    /** Samples a second at slow, normal and fast. */
    static final TrainingSpeed.Rates RATES = new TrainingSpeed.Rates(2, 8, 40);

    private final PerceptronTrainerModel model;
    private final PerceptronControls controls;
    private final LiveTraining<Frame> live;
    private final LiveControls bar;
    private final ScatterPlot plot = new ScatterPlot();
    private final LossChart errorChart = new LossChart();
    private final LossChart weightChart = new LossChart();
    private final Button stepButton = new Button();
    private final Button epochButton = new Button();
    private final Button resetButton = new Button();
    private final Span error = new Span();
    private final Paragraph outcome = new Paragraph();
    private final Span readout = new Span();
    private final PerceptronTables tables;
    private final Runnable stateChanged;
    private final TrainingSnapshots snapshots = TrainingSnapshots.of(VaadinSession.getCurrent());

    PerceptronTrainerWidget(
            PerceptronTrainerModel model,
            TrainingExecutor executor,
            Optional<String> configProblem,
            Runnable stateChanged) {
        this.model = model;
        this.stateChanged = stateChanged;
        this.controls = new PerceptronControls(model, this::afterChange, this::showProblem);
        this.tables = new PerceptronTables(model);
        this.live = new LiveTraining<>(this, executor, model, this);
        live.observe(f -> publish());
        this.bar =
                new LiveControls("perceptron", RATES, model.speed(), "perceptron.speed-unit", this::playOrPause, s -> {
                    model.setSpeed(s);
                    live.setPace(RATES.unitsPerSecond(s));
                    stateChanged.run();
                });
        plot.setId("perceptron-plot");
        plot.setHeight("360px");
        plot.addPlotClickListener((x, y) -> afterChange(model.clickAt(x, y, controls.clickPositive())));
        errorChart.setId("perceptron-error-chart");
        weightChart.setId("perceptron-weight-chart");
        stepButton.setId("perceptron-step");
        epochButton.setId("perceptron-epoch");
        resetButton.setId("perceptron-reset");
        Clicks.on(stepButton, () -> step(1));
        Clicks.on(epochButton, () -> step(model.samplesToEpochEnd()));
        Clicks.on(resetButton, () -> {
            model.reset();
            redrawAll();
        });
        bar.addButtons(stepButton, epochButton, resetButton);
        error.setId("perceptron-message");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        outcome.setId("perceptron-outcome");
        outcome.addClassName("training-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        readout.setId("perceptron-readout");
        readout.addClassName("readout");
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
        // figure first: it opens the chapter (LeadFigure), with its controls and outcome right under it
        getContent().add(plot, bar, error, outcome, readout, controls, charts, tables, export);
        configProblem.ifPresent(key -> addAttachListener(e -> showProblem(Optional.of(key))));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        InnerHtml.setText(stepButton, getTranslation("perceptron.step"));
        InnerHtml.setText(epochButton, getTranslation("perceptron.epoch"));
        InnerHtml.setText(resetButton, getTranslation("perceptron.reset"));
        controls.translate();
        tables.translate();
        plot.setAccessibleName(getTranslation("perceptron.plot-name"));
        errorChart.setAccessibleName(getTranslation("perceptron.error-chart-name"));
        weightChart.setAccessibleName(getTranslation("perceptron.weight-chart-name"));
        redrawAll();
    }

    private void afterChange(Optional<String> problem) {
        showProblem(problem);
        controls.showDataset();
        if (problem.isEmpty()) {
            redrawAll();
            stateChanged.run();
        }
    }

    private void showProblem(Optional<String> problem) {
        InnerHtml.setText(
                error,
                problem.map(key -> getTranslation(
                                key,
                                PerceptronSettings.MIN_LEARNING_RATE,
                                PerceptronSettings.MAX_LEARNING_RATE,
                                PerceptronSettings.MAX_SEED,
                                PerceptronSettings.MAX_CONSECUTIVE,
                                PerceptronSettings.MAX_EPOCHS,
                                PerceptronPoints.MAX_POINTS))
                        .orElse(""));
    }

    /** The form shows the settings in use; otherwise its problem is said and training refused. */
    private boolean formShown() {
        controls.refusal().ifPresent(p -> showProblem(Optional.of(p)));
        return controls.refusal().isEmpty();
    }

    private void playOrPause() {
        if (live.isRunning()) {
            live.pause();
            return;
        }
        if (!formShown()) {
            return;
        }
        if (model.finished()) {
            model.reset();
            redrawAll();
        }
        showProblem(Optional.empty());
        live.play(bar.unitsPerSecond(), Long.MAX_VALUE);
    }

    private void step(int samples) {
        if (!live.isRunning() && formShown()) {
            showProblem(Optional.empty());
            live.step(samples);
        }
    }

    private void redrawAll() {
        live.reset();
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
                List.of(getTranslation("perceptron.error-series")),
                0.0,
                2.0);
        weightChart.setSeries(
                getTranslation("perceptron.epoch-axis"),
                getTranslation("perceptron.weight-axis"),
                List.of("w₀ (b)", "w₁", "w₂"),
                null,
                null);
        tables.reset();
        model.reset();
        publish();
        show(model.frame(), true);
    }

    @Override
    public void show(Frame f, boolean detailed) {
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
        bar.setCounter(getTranslation("perceptron.counter", f.epochs(), f.samples()));
        InnerHtml.setText(outcome, PerceptronTexts.outcome(this::getTranslation, f, model));
        readout.setText(PerceptronTexts.readout(this::getTranslation, f));
        tables.update(f);
    }

    @Override
    public void running(boolean running) {
        bar.showRunning(running);
        stepButton.setEnabled(!running);
        epochButton.setEnabled(!running);
    }

    @Override
    public void ended(Frame last, LiveTraining.End end) {
        if (end.reason() != StopReason.FINISHED && end.reason() != StopReason.CANCELLED) {
            InnerHtml.setText(
                    error,
                    getTranslation("perceptron.stop." + end.reason().name().toLowerCase(Locale.ROOT)));
        }
    }

    /** Tells train-goal exercises what the learner's engine has reached (read on the server, never sent). */
    private void publish() {
        snapshots.publish(model.trainingSnapshot(Instant.now()));
    }
}
