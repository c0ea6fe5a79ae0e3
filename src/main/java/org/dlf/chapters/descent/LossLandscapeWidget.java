package org.dlf.chapters.descent;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.ItemSelect;
import org.dlf.base.ui.component.NumberInput;
import org.dlf.base.ui.component.Numbers;
import org.dlf.base.ui.component.TextMarkup;
import org.dlf.charts.ErrorCurveChart;
import org.dlf.charts.FunctionPlot;
import org.dlf.charts.LandscapeChart;
import org.dlf.engine.DescentExample;
import org.dlf.engine.GradientDescent;
import org.dlf.engine.Range;
import org.dlf.training.StopReason;
import org.dlf.training.TrainingExecutor;
import org.dlf.training.TrainingRun;

/**
 * Loss landscape (chapter 7, gradient descent and the learning rate): the loss of the chapter's linear neuron
 * over (w, b) as a heatmap with contour lines, the path of gradient descent on it with the learner's η, kind
 * of step and start (a click on the surface, or the two start fields), the line y = wx + b through the data,
 * and the loss against the steps. Step takes one step; Run takes ten a second on the shared executor. Takes
 * no configuration keys.
 */
@StyleSheet("styles/widgets/training.css")
@StyleSheet("styles/widgets/descent.css")
class LossLandscapeWidget extends Composite<Div> {

    /** The x range of the data plot (the data lie in −1 … 2.5). */
    private static final double[] FIT_WINDOW = {-1.5, 3.0, -1.0, 4.0};
    /** The loss curve's step axis grows through these lengths. */
    private static final int[] CURVE_AXES = {20, 50, 100, 200, LossLandscapeModel.MAX_STEPS};

    private final LossLandscapeModel model;
    private final TrainingExecutor executor;
    private final LandscapeChart landscape = new LandscapeChart();
    private final FunctionPlot fit =
            new FunctionPlot("x", "t, y", FIT_WINDOW[0], FIT_WINDOW[1], FIT_WINDOW[2], FIT_WINDOW[3]);
    private ErrorCurveChart curve;
    private int curveAxis;
    private final NumberInput learningRate = new NumberInput();
    private final ItemSelect<LossLandscapeModel.Batch> batch = new ItemSelect<>();
    private final NumberInput startW = new NumberInput();
    private final NumberInput startB = new NumberInput();
    private final Button runButton = new Button();
    private final Button stepButton = new Button();
    private final Button resetButton = new Button();
    private final Paragraph status = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final Span message = new Span();
    private final Div charts = new Div();
    private TrainingRun run;

    LossLandscapeWidget(LossLandscapeModel model, TrainingExecutor executor) {
        this.model = model;
        this.executor = executor;
        landscape.setId("descent-landscape");
        landscape.addPlotClickListener((w, b) -> change(model.setStart(w, b)));
        fit.setId("descent-fit");
        learningRate.setId("descent-eta");
        learningRate.setMin(LossLandscapeModel.MIN_LEARNING_RATE);
        learningRate.setMax(LossLandscapeModel.MAX_LEARNING_RATE);
        learningRate.setStep(0.05);
        learningRate.setStepButtonsVisible(true);
        learningRate.addValueChangeListener(e -> {
            if (e.isFromClient()) change(model.setLearningRate(e.getValue()));
        });
        batch.setId("descent-batch");
        batch.setItems(LossLandscapeModel.Batch.values());
        batch.addValueChangeListener(e -> {
            if (e.isFromClient()) change(model.setBatch(e.getValue()));
        });
        Range window = LossLandscapeModel.window();
        startField(startW, "descent-start-w", window.minX(), window.maxX());
        startField(startB, "descent-start-b", window.minY(), window.maxY());
        for (NumberInput field : new NumberInput[] {startW, startB}) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) change(model.setStart(startW.getValue(), startB.getValue()));
            });
        }
        runButton.setId("descent-run");
        runButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Clicks.on(runButton, this::toggleRun);
        stepButton.setId("descent-step");
        Clicks.on(stepButton, () -> {
            model.step();
            show(model.frame());
        });
        resetButton.setId("descent-reset");
        resetButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Clicks.on(resetButton, () -> {
            stop();
            model.restart();
            message.setText("");
            show(model.frame());
        });
        status.setId("descent-status");
        status.addClassName("descent-status");
        status.getElement().setAttribute("aria-live", "off");
        outcome.setId("descent-outcome");
        outcome.addClassName("training-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        message.setId("descent-message");
        message.addClassName("field-error");
        message.getElement().setAttribute("role", "alert");
        Div buttons = new Div(runButton, stepButton, resetButton);
        buttons.addClassName("training-buttons");
        Div controls = new Div(learningRate, batch, startW, startB);
        controls.addClassName("widget-controls");
        charts.addClassName("descent-side");
        Div main = new Div(landscape, buttons, status, outcome, message, controls);
        main.addClassName("descent-main");
        Div layout = new Div(main, charts);
        layout.addClassName("descent-layout");
        getContent().addClassNames("loss-landscape", "training-widget");
        getContent().add(layout);
        addDetachListener(e -> stop());
    }

    private static void startField(NumberInput field, String id, double min, double max) {
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setStep(0.1);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        TextMarkup.set(stepButton, getTranslation("descent.step"));
        TextMarkup.set(resetButton, getTranslation("descent.reset"));
        learningRate.setLabel(getTranslation("descent.eta"));
        batch.setLabel(getTranslation("descent.batch"));
        batch.setItemLabelGenerator(b -> getTranslation(
                "descent.batch." + b.name().toLowerCase(Locale.ROOT).replace('_', '-'), b.size()));
        startW.setLabel(getTranslation("descent.start-w"));
        startB.setLabel(getTranslation("descent.start-b"));
        landscape.setAccessibleName(getTranslation("descent.landscape-name"));
        fit.setAccessibleName(getTranslation("descent.fit-name"));
        LossLandscapeModel.Surface s = LossLandscapeModel.surface();
        Range w = LossLandscapeModel.window();
        landscape.setUp(
                "w",
                "b",
                new double[] {w.minX(), w.maxX(), w.minY(), w.maxY()},
                new LandscapeChart.Labels(
                        getTranslation("descent.contours"),
                        getTranslation("descent.path"),
                        getTranslation("descent.start"),
                        getTranslation("descent.current"),
                        getTranslation("descent.lowest")),
                s.heat(),
                s.size(),
                s.contourXs(),
                s.contourYs(),
                LossLandscapeModel.lowestPoint());
        // the line y = wx + b as the plot's curve (replaced at every step), the data as its marked points
        fit.setCurves(
                List.of(new FunctionPlot.Curve(getTranslation("descent.line"), new double[0], new double[0], false)),
                getTranslation("descent.data"));
        fit.setMarker(DescentExample.xs(), DescentExample.targets());
        if (curve == null) {
            curve = new ErrorCurveChart(getTranslation("descent.curve-x"), getTranslation("descent.curve-y"));
            curve.setId("descent-curve");
            charts.add(fit, curve);
        }
        curve.setAccessibleName(getTranslation("descent.curve-name"));
        curveAxis = 0;
        showRunning(run != null);
        redraw();
    }

    /** After a settings change: the model's message, or the path from the start again. */
    private void change(Optional<String> problem) {
        message.setText(problem.map(key -> getTranslation(
                        key,
                        show(LossLandscapeModel.MIN_LEARNING_RATE),
                        show(LossLandscapeModel.MAX_LEARNING_RATE),
                        show(LossLandscapeModel.window().minX()),
                        show(LossLandscapeModel.window().maxX()),
                        show(LossLandscapeModel.window().minY()),
                        show(LossLandscapeModel.window().maxY())))
                .orElse(""));
        if (problem.isEmpty()) {
            stop();
        }
        redraw();
    }

    /** Everything from the model: the fields, and the path from its start. */
    private void redraw() {
        LossLandscapeModel.Settings s = model.settings();
        learningRate.setValue(s.learningRate());
        batch.setValue(s.batch());
        startW.setValue(s.startW());
        startB.setValue(s.startB());
        show(model.replay());
    }

    private void show(LossLandscapeModel.Frame f) {
        List<GradientDescent.Point> points = f.points();
        if (f.fresh()) {
            GradientDescent.Point start = model.start();
            landscape.restart(start.a(), start.b());
            points = points.isEmpty() ? points : points.subList(1, points.size());
            curveAxis = 0;
        }
        double[] ws = new double[points.size()], bs = new double[points.size()];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = points.get(i).a();
            bs[i] = points.get(i).b();
        }
        landscape.append(ws, bs);
        GradientDescent.Point p = f.current();
        fit.replacePoints(0, new double[] {FIT_WINDOW[0], FIT_WINDOW[1]}, new double[] {
            p.a() * FIT_WINDOW[0] + p.b(), p.a() * FIT_WINDOW[1] + p.b()
        });
        showCurve(f.fresh() ? List.of() : points);
        TextMarkup.set(
                status,
                getTranslation(
                        "descent.status", p.step(), show(p.loss()), show(p.gradientNorm()), show(p.a()), show(p.b())));
        TextMarkup.set(outcome, outcome(f.regime(), p));
        // the plot's own summary would read the data points as markers on the line
        fit.setSummary(getTranslation("descent.fit-summary", show(p.a()), show(p.b()), show(p.loss())));
        double[] lowest = LossLandscapeModel.lowestPoint();
        landscape.setSummary(getTranslation(
                "descent.landscape-summary",
                p.step(),
                show(p.a()),
                show(p.b()),
                show(p.loss()),
                show(lowest[0]),
                show(lowest[1]),
                show(LossLandscapeModel.lowestLoss())));
    }

    /** The loss curve: new points appended; the step axis set up again (with all points) when it is too short. */
    private void showCurve(List<GradientDescent.Point> added) {
        int steps = model.steps();
        if (curveAxis == 0 || steps > curveAxis) {
            int axis = CURVE_AXES[CURVE_AXES.length - 1];
            for (int a : CURVE_AXES) {
                if (steps <= a) {
                    axis = a;
                    break;
                }
            }
            curveAxis = axis;
            curve.start(getTranslation("descent.curve"), axis);
            added = model.path();
        }
        double[] xs = new double[added.size()], ys = new double[added.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = added.get(i).step();
            ys[i] = added.get(i).loss();
        }
        curve.append(xs, ys);
    }

    private String outcome(LossLandscapeModel.Regime regime, GradientDescent.Point p) {
        String key = "descent.regime." + regime.name().toLowerCase(Locale.ROOT);
        return switch (regime) {
            case NOISY -> getTranslation(key, model.settings().batch().size());
            case DIVERGING ->
                getTranslation(key, show(p.loss()), show(model.start().loss()));
            case DIVERGED ->
                getTranslation(key, p.step(), String.format(Locale.ROOT, "%,.0f", GradientDescent.LOSS_LIMIT));
            case BOTTOM -> getTranslation(key, p.step(), show(p.loss()), show(LossLandscapeModel.lowestLoss()));
            case LIMIT -> getTranslation(key, p.step(), show(p.loss()));
            default -> getTranslation(key);
        };
    }

    private void toggleRun() {
        if (run != null) {
            stop();
            return;
        }
        if (model.halted()) {
            model.restart();
            show(model.frame());
        }
        message.setText("");
        UI ui = UI.getCurrent();
        TrainingRun[] self = new TrainingRun[1];
        DescentRun job = new DescentRun(model, f -> push(ui, self[0], () -> show(f)));
        self[0] = executor.start(job, reason -> push(ui, self[0], () -> stopped(reason)));
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

    private void stopped(StopReason reason) {
        run = null;
        showRunning(false);
        if (reason == StopReason.REJECTED || reason == StopReason.TIME_BUDGET || reason == StopReason.FAILED) {
            message.setText(getTranslation("descent.stop." + reason.name().toLowerCase(Locale.ROOT)));
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
        TextMarkup.set(runButton, getTranslation(running ? "descent.pause" : "descent.run"));
        stepButton.setEnabled(!running);
    }

    /** A number as the widget shows it: four significant digits, scientific when huge or tiny. */
    private static String show(double value) {
        return Numbers.significant(value, 4);
    }
}
