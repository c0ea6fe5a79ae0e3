package org.dlf.chapters.backprop;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlf.base.ui.component.DataTable;
import org.dlf.base.ui.component.IntegerInput;
import org.dlf.chapters.share.ExportBar;
import org.dlf.chapters.share.NetworkFile;
import org.dlf.chapters.stepper.StepTex;
import org.dlf.chapters.stepper.StepperFiles;
import org.dlf.chapters.stepper.WorkedValues;
import org.dlf.charts.ErrorCurveChart;
import org.dlf.engine.WorkedExample;
import org.dlf.training.StopReason;
import org.dlf.training.TrainingExecutor;
import org.dlf.training.TrainingJob;
import org.dlf.training.TrainingRun;

/**
 * "Train n steps" on the shared executor, from the stepper's numbers: error curve (log scale), outputs
 * against targets, sampled table. The number of steps is part of the stepper's model (and its link).
 */
class BackpropTrainingPanel extends Composite<Div> {

    private static final long PUSH_INTERVAL_NANOS = 200_000_000L; // at most 5 updates a second

    private final TrainingExecutor executor;
    private final BackpropStepperModel model;
    private final IntegerInput steps = new IntegerInput();
    private final Button train = new Button(VaadinIcon.PLAY.create());
    private final Paragraph status = new Paragraph();
    private final Div result = new Div();
    private final Div samples = new Div();
    private final List<double[]> curve = new ArrayList<>();
    private ErrorCurveChart chart;
    private TrainingRun run;
    private BackpropTraining current;
    private double startError;
    private double[] startOutputs;
    private double[] targets;
    private WorkedValues started;
    private BackpropTraining.Progress last;
    private final ExportBar export;

    BackpropTrainingPanel(TrainingExecutor executor, BackpropStepperModel model, Runnable stateChanged) {
        this.executor = executor;
        this.model = model;
        steps.setId("backprop-steps");
        steps.setMin(BackpropTraining.MIN_STEPS);
        steps.setMax(BackpropTraining.MAX_STEPS);
        steps.setValue(model.trainSteps());
        steps.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && e.getValue() != null
                    && model.setTrainSteps(e.getValue()).isEmpty()) {
                stateChanged.run();
            }
        });
        steps.setStepButtonsVisible(true);
        train.setId("backprop-train");
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        train.addClickListener(e -> start());
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
        export.setVisible(false);
        Div controls = new Div(steps, train);
        controls.addClassName("widget-controls");
        Details table = new Details();
        table.add(samples);
        table.addClassName("data-table-details");
        H3 title = new H3();
        getContent().addClassName("train-panel");
        addAttachListener(e -> {
            title.setText(getTranslation("backprop.train.title"));
            steps.setLabel(
                    getTranslation("backprop.train.steps", BackpropTraining.MIN_STEPS, BackpropTraining.MAX_STEPS));
            train.setText(getTranslation("backprop.train.run"));
            table.setSummaryText(getTranslation("backprop.train.table"));
            if (chart == null) {
                chart = new ErrorCurveChart(getTranslation("backprop.train.x"), getTranslation("backprop.train.y"));
                chart.setId("backprop-chart");
                chart.setHeight("260px");
                chart.setAccessibleName(getTranslation("backprop.train.chart"));
                getContent().add(title, controls, status, chart, result, table, export);
            }
        });
    }

    private void start() {
        Optional<String> problem = BackpropTraining.validate(steps.getValue());
        steps.setInvalid(problem.isPresent());
        steps.setErrorMessage(
                problem.map(k -> getTranslation(k, BackpropTraining.MIN_STEPS, BackpropTraining.MAX_STEPS))
                        .orElse(null));
        if (problem.isPresent()) {
            return;
        }
        if (run != null) {
            run.cancel();
        }
        WorkedValues values = model.values().copy();
        started = values;
        var network = values.network();
        startOutputs = network.predict(values.input());
        startError = network.loss(values.input(), values.target(), WorkedExample.LOSS);
        targets = values.target();
        BackpropTraining training =
                BackpropTraining.of(steps.getValue(), values).orElseThrow();
        current = training;
        UI ui = UI.getCurrent();
        curve.clear();
        chart.start(getTranslation("backprop.train.curve"), training.total());
        status.setText(getTranslation("backprop.train.running", training.total()));
        long[] lastPush = {0};
        TrainingJob job = deadline -> {
            boolean finished = training.advance(deadline);
            long now = System.nanoTime();
            if (finished || now - lastPush[0] >= PUSH_INTERVAL_NANOS) {
                lastPush[0] = now;
                BackpropTraining.Progress p = training.drain();
                ui.access(() -> show(training, p));
            }
            return finished ? TrainingJob.Next.DONE : TrainingJob.Next.CONTINUE;
        };
        run = executor.start(this, job, reason -> ui.access(() -> stopped(training, reason)));
    }

    private void show(BackpropTraining training, BackpropTraining.Progress p) {
        if (training != current) {
            return; // a newer run has started
        }
        chart.append(p.steps(), p.errors());
        last = p;
        export.setVisible(true);
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
                                StepTex.text(targets[0])),
                        List.of(
                                "y_o2",
                                StepTex.text(startOutputs[1]),
                                StepTex.text(p.out2()),
                                StepTex.text(targets[1])))));
        status.setText(
                p.diverged()
                        ? getTranslation("backprop.train.diverged", p.done())
                        : getTranslation(
                                p.finished() ? "backprop.train.done" : "backprop.train.progress",
                                p.done(),
                                p.total(),
                                e));
        if (p.finished()) {
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
    }

    /** The network the last run reached, from the numbers it started with, and its error curve. */
    private NetworkFile trained() {
        List<double[]> rows = curve.stream().map(double[]::clone).toList();
        return StepperFiles.trained(
                "backprop-stepper",
                started,
                last.parameters(),
                new NetworkFile.Table(List.of("step", "E_total"), rows));
    }

    private void stopped(BackpropTraining training, StopReason reason) {
        if (training != current) {
            return;
        }
        switch (reason) {
            case TIME_BUDGET, REJECTED, FAILED ->
                status.setText(
                        getTranslation("backprop.train.stop." + reason.name().toLowerCase(java.util.Locale.ROOT)));
            default -> {}
        }
    }
}
