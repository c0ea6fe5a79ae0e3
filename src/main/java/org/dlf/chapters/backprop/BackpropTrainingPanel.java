package org.dlf.chapters.backprop;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.DataTable;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.base.ui.component.IntegerInput;
import org.dlf.chapters.LiveControls;
import org.dlf.chapters.share.ExportBar;
import org.dlf.chapters.share.NetworkFile;
import org.dlf.chapters.stepper.StepTex;
import org.dlf.chapters.stepper.StepperFiles;
import org.dlf.chapters.stepper.WorkedValues;
import org.dlf.charts.ErrorCurveChart;
import org.dlf.engine.WorkedExample;
import org.dlf.training.LiveTraining;
import org.dlf.training.StopReason;
import org.dlf.training.TrainingExecutor;
import org.dlf.training.TrainingSpeed;

/**
 * Training the 2-2-2 network live from the stepper's numbers: Play trains step after step at the chosen speed
 * until Pause or step n, One step trains one, Reset goes back to the stepper's weights; the error curve (log
 * scale), the outputs against the targets, and the curve as a table; the trained network and its curve can be
 * downloaded. The number of steps is part of the stepper's model (and its link).
 */
@StyleSheet("styles/widgets/training.css")
class BackpropTrainingPanel extends Composite<Div> implements LiveTraining.View<BackpropTraining.Progress> {

    /** Steps a second at slow, normal and fast. */
    static final TrainingSpeed.Rates RATES = new TrainingSpeed.Rates(5, 50, 1000);

    private final LiveTraining<BackpropTraining.Progress> live;
    private final LiveControls bar;
    private final IntegerInput steps = new IntegerInput();
    private final Button step = new Button();
    private final Button reset = new Button();
    private final Paragraph status = new Paragraph();
    private final Div result = new Div();
    private final Div samples = new Div();
    private final List<double[]> curve = new ArrayList<>();
    private final ErrorCurveChart chart;
    private final BackpropStepperModel model;
    private final ExportBar export;
    /** The numbers the current training started from, their error and outputs. */
    private WorkedValues started;

    private double startError;
    private double[] startOutputs;
    private BackpropTraining.Progress last;
    /** The training in progress; replaced by Reset or a new n. */
    private volatile BackpropTraining training;

    BackpropTrainingPanel(TrainingExecutor executor, BackpropStepperModel model, Runnable stateChanged) {
        this.model = model;
        steps.setId("backprop-steps");
        steps.setMin(BackpropTraining.MIN_STEPS);
        steps.setMax(BackpropTraining.MAX_STEPS);
        steps.setValue(model.trainSteps());
        steps.setStepButtonsVisible(true);
        steps.addValueChangeListener(e -> {
            if (e.isFromClient() && valid() && model.setTrainSteps(e.getValue()).isEmpty()) {
                stateChanged.run();
                restart();
            }
        });
        step.setId("backprop-train-step");
        reset.setId("backprop-train-reset");
        training = start(model.trainSteps());
        live = new LiveTraining<>(this, executor, model(), this);
        bar = new LiveControls(
                "backprop-train",
                RATES,
                TrainingSpeed.FAST,
                "backprop.train.speed-unit",
                this::playOrPause,
                s -> live.setPace(RATES.unitsPerSecond(s)));
        Clicks.on(step, () -> {
            if (!live.isRunning() && valid()) {
                if (training.halted()) {
                    restart();
                }
                live.step(1);
            }
        });
        Clicks.on(reset, this::restart);
        bar.addButtons(step, reset);
        status.setId("backprop-train-status");
        status.addClassName("step-status");
        status.getElement().setAttribute("aria-live", "polite");
        result.setId("backprop-train-result");
        export = new ExportBar(
                "backprop-train",
                "backprop-trained",
                "share.export.trained",
                this::trained,
                ExportBar.Part.WEIGHTS,
                ExportBar.Part.LOSS);
        Div controls = new Div(steps);
        controls.addClassName("widget-controls");
        Details table = new Details();
        table.add(samples);
        table.addClassName("data-table-details");
        H3 title = new H3();
        chart = new ErrorCurveChart(getTranslation("backprop.train.x"), getTranslation("backprop.train.y"));
        chart.setId("backprop-chart");
        chart.setHeight("260px");
        getContent().addClassNames("train-panel", "training-widget");
        getContent().add(title, controls, bar, status, chart, result, table, export);
        addAttachListener(e -> {
            InnerHtml.setText(title, getTranslation("backprop.train.title"));
            steps.setLabel(
                    getTranslation("backprop.train.steps", BackpropTraining.MIN_STEPS, BackpropTraining.MAX_STEPS));
            InnerHtml.setText(step, getTranslation("backprop.train.one-step"));
            InnerHtml.setText(reset, getTranslation("backprop.train.reset"));
            table.setSummaryText(getTranslation("backprop.train.table"));
            chart.setAccessibleName(getTranslation("backprop.train.chart"));
            restart();
        });
    }

    /** The live training's model: whichever training is current (Reset replaces it). */
    private LiveTraining.Model<BackpropTraining.Progress> model() {
        return new LiveTraining.Model<>() {
            @Override
            public long advance(long deadlineNanos, long units) {
                return training.advance(deadlineNanos, units);
            }

            @Override
            public boolean halted() {
                return training.halted();
            }

            @Override
            public BackpropTraining.Progress frame() {
                return training.frame();
            }
        };
    }

    private boolean valid() {
        Optional<String> problem = BackpropTraining.validate(steps.getValue());
        steps.setInvalid(problem.isPresent());
        steps.setErrorMessage(
                problem.map(k -> getTranslation(k, BackpropTraining.MIN_STEPS, BackpropTraining.MAX_STEPS))
                        .orElse(null));
        return problem.isEmpty();
    }

    private void playOrPause() {
        if (live.isRunning()) {
            live.pause();
            return;
        }
        if (!valid()) {
            return;
        }
        if (training.halted()) {
            restart();
        }
        live.play(bar.unitsPerSecond(), training.total());
    }

    /** A training of {@code n} steps from the stepper's numbers as they are now. */
    private BackpropTraining start(int n) {
        started = model.values().copy();
        var network = started.network();
        startOutputs = network.predict(started.input());
        startError = network.loss(started.input(), started.target(), WorkedExample.LOSS);
        return BackpropTraining.of(n, started).orElseThrow();
    }

    /** Back to the stepper's weights, training up to the n in the field. */
    void restart() {
        live.reset();
        training = start(valid() ? steps.getValue() : model.trainSteps());
        curve.clear();
        samples.removeAll();
        chart.start(getTranslation("backprop.train.curve"), training.total());
        show(training.frame(), true);
    }

    @Override
    public void show(BackpropTraining.Progress p, boolean detailed) {
        last = p;
        chart.append(p.steps(), p.errors());
        for (int i = 0; i < p.steps().length; i++) {
            curve.add(new double[] {p.steps()[i], p.errors()[i]});
        }
        String e = StepTex.text(p.error());
        result.removeAll();
        result.add(DataTable.of(
                List.of(
                        getTranslation("backprop.train.quantity"),
                        getTranslation("backprop.train.start"),
                        getTranslation("backprop.train.after", p.done()),
                        getTranslation("backprop.train.target")),
                List.of(
                        List.of("E_total", StepTex.text(startError), e, "0"),
                        List.of(
                                "y_o1",
                                StepTex.text(startOutputs[0]),
                                StepTex.text(p.out1()),
                                StepTex.text(started.target()[0])),
                        List.of(
                                "y_o2",
                                StepTex.text(startOutputs[1]),
                                StepTex.text(p.out2()),
                                StepTex.text(started.target()[1])))));
        bar.setCounter(getTranslation("backprop.train.counter", p.done()));
        InnerHtml.setText(
                status,
                p.diverged()
                        ? getTranslation("backprop.train.diverged", p.done())
                        : getTranslation(
                                p.finished() ? "backprop.train.done" : "backprop.train.progress",
                                p.done(),
                                p.total(),
                                e));
        if (p.finished()) {
            showTable();
        }
    }

    /** The network the current training reached, from the numbers it started with, and its error curve. */
    private NetworkFile trained() {
        List<double[]> rows = curve.stream().map(double[]::clone).toList();
        return StepperFiles.trained(
                "backprop-stepper",
                started,
                last.parameters(),
                new NetworkFile.Table(List.of("step", "E_total"), rows));
    }

    private void showTable() {
        samples.removeAll();
        int stride = Math.max(1, curve.size() / 25);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++) {
            if (i % stride == 0 || i == curve.size() - 1) {
                rows.add(List.of(String.valueOf((long) curve.get(i)[0]), StepTex.text(curve.get(i)[1])));
            }
        }
        samples.add(DataTable.of(List.of(getTranslation("backprop.train.x"), "E_total"), rows));
    }

    @Override
    public void running(boolean running) {
        bar.showRunning(running);
        step.setEnabled(!running);
    }

    @Override
    public void ended(BackpropTraining.Progress last, LiveTraining.End end) {
        if (end.reason() != StopReason.FINISHED && end.reason() != StopReason.CANCELLED) {
            InnerHtml.setText(
                    status,
                    getTranslation("backprop.train.stop." + end.reason().name().toLowerCase(Locale.ROOT)));
        }
    }
}
