package org.dlf.chapters.mlp;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.dlf.base.ui.CurrentLearner;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.chapters.LiveControls;
import org.dlf.chapters.share.ExportBar;
import org.dlf.chapters.share.FileImport;
import org.dlf.chapters.share.NetworkFile;
import org.dlf.chapters.share.Problem;
import org.dlf.engine.ConfigViolation;
import org.dlf.training.LiveTraining;
import org.dlf.training.TrainingExecutor;
import org.dlf.training.TrainingSnapshots;
import org.dlf.training.TrainingSpeed;
import org.springframework.context.ApplicationEventPublisher;

/**
 * MLP trainer (chapter 5): a small network trained by backpropagation on 2-D data, live: Play trains epoch
 * after epoch at the chosen speed until Pause, with the decision boundary as a heatmap under the points, train
 * and test loss, and the network diagram. Reset draws a new seed, Restart keeps it; Recommended puts in
 * settings that train the data set well. Takes no configuration keys.
 */
@StyleSheet("styles/widgets/training.css")
class MlpTrainerWidget extends Composite<Div> implements LiveTraining.View<MlpTrainerModel.Frame> {

    /** Epochs a second at slow, normal and fast. */
    static final TrainingSpeed.Rates RATES = new TrainingSpeed.Rates(5, 30, 150);

    private final MlpTrainerModel model;
    private final MlpControls controls;
    private final MlpCharts charts;
    private final MlpReports reports;
    private final LiveTraining<MlpTrainerModel.Frame> live;
    private final LiveControls bar;
    private final LongSupplier seeds;
    private final Runnable stateChanged;
    private final Button stepButton = new Button();
    private final Button resetButton = new Button();
    private final Button restartButton = new Button();
    private final Button recommendButton = new Button();
    private final Span message = new Span();
    /** Whether the run in progress is a Step (which ends without a message). */
    private boolean stepping;

    /**
     * {@code seeds}: where Reset takes a new seed from; {@code lockProblems}: why the teacher's locked settings
     * could not all be applied (usually none).
     */
    MlpTrainerWidget(
            MlpTrainerModel model,
            TrainingExecutor executor,
            ApplicationEventPublisher events,
            LongSupplier seeds,
            List<ConfigViolation> lockProblems,
            Runnable stateChanged) {
        this.model = model;
        this.stateChanged = stateChanged;
        this.seeds = seeds;
        this.reports = new MlpReports(model, TrainingSnapshots.of(VaadinSession.getCurrent()), events);
        this.controls = new MlpControls(model, this::afterChange, this::afterSettings);
        this.charts = new MlpCharts(model, (x, y) -> afterChange(model.clickAt(x, y, controls.clickPositive())));
        this.live = new LiveTraining<>(this, executor, model, this);
        live.observe(f -> reports.reached());
        this.bar = new LiveControls("mlp", RATES, TrainingSpeed.NORMAL, "mlp.speed-unit", this::playOrPause, s -> {
            live.setPace(RATES.unitsPerSecond(s));
            stateChanged.run();
        });
        stepButton.setId("mlp-step");
        resetButton.setId("mlp-reset");
        restartButton.setId("mlp-restart");
        recommendButton.setId("mlp-recommended");
        recommendButton.addThemeVariants(ButtonVariant.TERTIARY);
        Clicks.on(stepButton, this::step);
        Clicks.on(resetButton, () -> restart(true));
        Clicks.on(restartButton, () -> restart(false));
        Clicks.on(recommendButton, this::recommend);
        bar.addButtons(stepButton, resetButton, restartButton, recommendButton);
        message.setId("mlp-message");
        message.addClassName("field-error");
        message.getElement().setAttribute("role", "alert");
        getContent().addClassNames("mlp-trainer", "training-widget");
        // figure first: it opens the chapter (LeadFigure), with its controls and status right under it
        ExportBar export = new ExportBar(
                "mlp",
                MlpTrainerModel.WIDGET,
                "share.export.trained",
                () -> MlpFile.of(model),
                ExportBar.Part.WEIGHTS,
                ExportBar.Part.LOSS);
        FileImport upload = new FileImport("mlp", "mlp.import.done", this::load);
        getContent().add(charts, bar, message, charts.status(), controls, charts.curves(), export, upload);
        if (!lockProblems.isEmpty()) {
            addAttachListener(e -> say(MlpTexts.violations(this::getTranslation, lockProblems)));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        InnerHtml.setText(stepButton, getTranslation("mlp.step"));
        InnerHtml.setText(resetButton, getTranslation("mlp.reset"));
        InnerHtml.setText(restartButton, getTranslation("mlp.restart"));
        InnerHtml.setText(recommendButton, getTranslation("mlp.recommended-button"));
        resetButton.setTooltipText(getTranslation("mlp.reset-hint"));
        restartButton.setTooltipText(getTranslation("mlp.restart-hint"));
        controls.translate();
        charts.translate();
        live.reset();
        showCounter(charts.redraw(true));
        reports.reached();
    }

    private void say(String text) {
        InnerHtml.setText(message, text);
        message.removeClassName("training-alarm");
    }

    /** The form is valid: nothing to refuse. Otherwise its message is said and the run refused. */
    private boolean formShown() {
        List<ConfigViolation> problems = controls.problems();
        if (!problems.isEmpty()) {
            say(MlpTexts.violations(this::getTranslation, problems));
        }
        return problems.isEmpty();
    }

    private void playOrPause() {
        if (live.isRunning()) {
            live.pause();
            return;
        }
        if (!formShown()) {
            return;
        }
        prepareToTrain();
        stepping = false;
        live.play(bar.unitsPerSecond(), model.settings().epochBudget());
    }

    private void step() {
        if (live.isRunning() || !formShown()) {
            return;
        }
        prepareToTrain();
        stepping = true;
        live.step(1);
    }

    /** A diverged network starts again; an alarm already said is overruled: the learner goes on. */
    private void prepareToTrain() {
        if (model.diverged()) {
            startAgain();
        }
        model.overruleAlarm();
        say("");
    }

    /** Reset (a new seed, shown in the form) or Restart (the same seed): the network starts again. */
    private void restart(boolean newSeed) {
        say("");
        if (newSeed) {
            List<ConfigViolation> v = model.reseed(seeds.getAsLong());
            if (!v.isEmpty()) {
                say(getTranslation("mlp.seed-locked"));
            }
        }
        startAgain();
    }

    private void recommend() {
        MlpData.Choice dataset = model.data().choice();
        Optional<MlpRecommendation> r = MlpRecommendation.of(dataset);
        if (r.isEmpty()) {
            say(getTranslation("mlp.recommended.none"));
            return;
        }
        List<ConfigViolation> v = model.recommend(r.get());
        startAgain();
        say(
                v.isEmpty()
                        ? MlpTexts.recommended(this::getTranslation, dataset, model.settings(), r.get())
                        : MlpTexts.violations(this::getTranslation, v));
    }

    private void afterChange(Optional<String> problem) {
        say(problem.map(k -> getTranslation(k, MlpData.MAX_POINTS)).orElse(""));
        if (problem.isEmpty()) {
            startAgain();
        }
    }

    private void afterSettings(List<ConfigViolation> violations) {
        say(MlpTexts.violations(this::getTranslation, violations));
        if (violations.isEmpty()) {
            startAgain();
        }
    }

    /**
     * A fresh network from the settings in use, shown from scratch (the form shows those settings). The run is
     * stopped first and the network built after it: a slice still under way cannot train the new network.
     */
    private void startAgain() {
        live.reset();
        model.rebuild();
        showFromScratch();
    }

    /** The form, the figures, the counter and the page's link show the model's network as it now is. */
    private void showFromScratch() {
        controls.show(model.settings());
        showCounter(charts.redraw(false));
        reports.reached();
        stateChanged.run();
    }

    /**
     * Takes an imported network file: the run stops, the file's hidden layers and η become the settings (the
     * form shows them) and its weights the network's; Play trains on from there. Or why not, changing nothing.
     */
    private Optional<Problem> load(NetworkFile file) {
        MlpFile.Shape shape = MlpFile.shape(file);
        if (shape.problem() != null) {
            return Optional.of(shape.problem());
        }
        live.reset();
        List<ConfigViolation> v = model.load(shape, file);
        if (!v.isEmpty()) {
            return Optional.of(Problem.of("mlp.import.refused", MlpTexts.violations(this::getTranslation, v)));
        }
        say("");
        showFromScratch();
        return Optional.empty();
    }

    /** The whole state, for a link or an export. */
    MlpState state() {
        return model.state(bar.speed());
    }

    /** Puts in a saved state (from a link or an import); its violations, and then nothing changed. */
    List<ConfigViolation> restore(MlpState state) {
        List<ConfigViolation> v = model.restore(state);
        if (v.isEmpty()) {
            bar.setSpeed(state.speed());
            startAgain();
        }
        return v;
    }

    @Override
    public void show(MlpTrainerModel.Frame frame, boolean detailed) {
        charts.show(frame, detailed);
        showCounter(frame);
    }

    private void showCounter(MlpTrainerModel.Frame frame) {
        bar.setCounter(getTranslation("mlp.counter", frame.epoch()));
    }

    @Override
    public void running(boolean running) {
        bar.showRunning(running);
        stepButton.setEnabled(!running);
    }

    @Override
    public void ended(MlpTrainerModel.Frame f, LiveTraining.End end) {
        String why = MlpTexts.stopped(
                this::getTranslation, f, end, stepping, model.settings().learningRate());
        if (!why.isEmpty()) {
            say(why);
        }
        reports.ended(CurrentLearner.id());
    }
}
