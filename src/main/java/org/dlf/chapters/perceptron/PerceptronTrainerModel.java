package org.dlf.chapters.perceptron;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.assignment.ParameterLocks;
import org.dlf.engine.ConfigException;
import org.dlf.engine.DecisionLine;
import org.dlf.engine.Perceptron;
import org.dlf.engine.PerceptronTrainer;
import org.dlf.engine.PerceptronTrainer.EpochSummary;
import org.dlf.engine.PerceptronTrainer.Step;
import org.dlf.engine.Range;
import org.dlf.training.LiveTraining;
import org.dlf.training.TrainingSnapshot;
import org.dlf.training.TrainingSpeed;
import org.jspecify.annotations.Nullable;

/**
 * State of the perceptron trainer: the points, the settings (one validated {@link PerceptronSettings}), the
 * perceptron being trained online (one sample at a time, the chapter's rule) and the chapter's stopping rules
 * checked after every epoch. Trained live by {@link LiveTraining} in samples. Every change validates and
 * answers a message key, so a tampered request cannot reach a state the controls cannot. Thread-safe: a
 * training slice runs on the executor while the page reads the state. A teacher's {@link ParameterLocks}
 * ({@link #lock}) fix some settings: other values are refused with {@code assignment.locked} and change
 * nothing.
 */
public class PerceptronTrainerModel implements LiveTraining.Model<PerceptronTrainerModel.Frame> {

    /** The trainer's name in exercises ({@code widget:}) and in its train-goal snapshots. */
    static final String WIDGET = "perceptron-trainer";

    /** What the page shows after a change; {@code newEpochs} are the epochs not yet charted. */
    public record Frame(
            double[] weights,
            double[] line,
            int highlight,
            Step lastStep,
            List<EpochSummary> newEpochs,
            int epochs,
            int samples,
            PerceptronOutcome outcome,
            double accuracy) {}

    private final PerceptronPoints points = new PerceptronPoints();
    private PerceptronSettings settings = PerceptronSettings.defaults();
    /** The speed of Play the page shows (kept here for the page's link). */
    private TrainingSpeed speed = TrainingSpeed.NORMAL;

    private ParameterLocks locks = ParameterLocks.NONE;

    private PerceptronTrainer trainer;
    private PerceptronStopping stopping;
    private Step lastStep;
    private int samples;
    private int charted;

    public PerceptronTrainerModel() {
        reset();
    }

    public synchronized PerceptronPoints points() {
        return points;
    }

    public synchronized PerceptronSettings settings() {
        return settings;
    }

    public synchronized TrainingSpeed speed() {
        return speed;
    }

    /** The speed of Play; refused (a message key) when there is none. */
    public synchronized Optional<String> setSpeed(@Nullable TrainingSpeed value) {
        if (value == null) {
            return Optional.of("share.error.value");
        }
        speed = value;
        return Optional.empty();
    }

    /** Puts in the teacher's locked values and refuses other values from now on; the first problem, if any. */
    public synchronized Optional<String> lock(ParameterLocks teacher) {
        if (!teacher.any() && !locks.any()) {
            return Optional.empty();
        }
        locks = ParameterLocks.NONE;
        Optional<String> problem = teacher.value(PerceptronLocks.DATASET)
                .flatMap(d -> setDataset(PerceptronPoints.Choice.valueOf(d)))
                .or(() -> apply(settings.edit()
                        .learningRate(teacher.value(PerceptronLocks.LEARNING_RATE)
                                .map(Double::parseDouble)
                                .orElse(settings.learningRate()))
                        .start(
                                teacher.value(PerceptronLocks.START_MODE)
                                        .map(PerceptronLocks.RANDOM::equals)
                                        .orElse(settings.randomStart()),
                                teacher.value(PerceptronLocks.SEED)
                                        .map(Long::parseLong)
                                        .orElse(settings.seed()))));
        locks = teacher;
        return problem;
    }

    public synchronized ParameterLocks locks() {
        return locks;
    }

    /** The lockable parameters the current run uses (what a train goal checks against the locks). */
    public synchronized Map<String, String> parameters() {
        return PerceptronLocks.parameters(
                points.choice(), settings.learningRate(), settings.randomStart(), settings.seed());
    }

    /**
     * What the run has reached, as train goals check it (taken at {@code at}): a converged run counts the
     * epochs until it converged, not the check that saw it.
     */
    public synchronized TrainingSnapshot trainingSnapshot(Instant at) {
        PerceptronSnapshot s = snapshot();
        int epochs = s.converged() ? s.convergedAfterEpochs() : s.epochs();
        return new TrainingSnapshot(WIDGET, s.dataset(), epochs, s.converged(), 0, s.trainAccuracy(), at, parameters());
    }

    public synchronized Optional<String> setDataset(PerceptronPoints.Choice choice) {
        if (choice != null && !locks.permits(PerceptronLocks.DATASET, choice)) {
            return Optional.of("assignment.locked");
        }
        return changed(points.choose(choice));
    }

    /** Adds a point of the chosen class at (x, y), or removes the point near it. */
    public synchronized Optional<String> clickAt(double x, double y, boolean positive) {
        if (locks.locked(PerceptronLocks.DATASET)) {
            return Optional.of("assignment.locked.points");
        }
        return changed(points.toggle(x, y, positive));
    }

    /** Chooses a data set with the changes clicks made to it (from a link), all or nothing. */
    public synchronized Optional<String> setPoints(PerceptronPoints.Edits edits) {
        if (locks.locked(PerceptronLocks.DATASET)
                && (!locks.permits(PerceptronLocks.DATASET, edits.base())
                        || !edits.removed().isEmpty()
                        || !edits.added().isEmpty())) {
            return Optional.of("assignment.locked.points");
        }
        return changed(points.edit(edits));
    }

    /** Validates and applies settings (back to the start weights); the first problem's message key, if any. */
    public synchronized Optional<String> apply(PerceptronSettings.Builder edited) {
        PerceptronSettings s;
        try {
            s = edited.build();
        } catch (ConfigException e) {
            return Optional.of(e.violations().getFirst().key());
        }
        if (!locks.permits(PerceptronLocks.LEARNING_RATE, s.learningRate())
                || !locks.permits(PerceptronLocks.START_MODE, PerceptronLocks.start(s.randomStart()))
                || !locks.permits(PerceptronLocks.SEED, s.seed())) {
            return Optional.of("assignment.locked");
        }
        settings = s;
        reset();
        return Optional.empty();
    }

    /** One setting changed, the others kept (through {@link #apply}). */
    public synchronized Optional<String> setLearningRate(double value) {
        return apply(settings.edit().learningRate(value));
    }

    /** The start changed, the other settings kept (through {@link #apply}). */
    public synchronized Optional<String> setStart(boolean random, long seed) {
        return apply(settings.edit().start(random, seed));
    }

    /** The stopping rules changed, the other settings kept (through {@link #apply}); NaN switches an ε off. */
    public synchronized Optional<String> setStopping(double errorEps, double weightEps, int k, int m) {
        return apply(settings.edit().stopping(errorEps, weightEps, k, m));
    }

    private Optional<String> changed(Optional<String> problem) {
        if (problem.isEmpty()) {
            reset();
        }
        return problem;
    }

    /** Back to the start weights; the history is cleared. */
    public synchronized void reset() {
        trainer = settings.trainer(points.dataset());
        stopping = new PerceptronStopping(settings);
        lastStep = null;
        samples = 0;
        charted = 0;
    }

    /** A stopping rule ended the run, or the engine stopped it (divergence; unreachable within the controls' bounds). */
    public synchronized boolean finished() {
        return stopping.outcome() != PerceptronOutcome.NONE || trainer.divergence() != null;
    }

    @Override
    public synchronized boolean halted() {
        return finished();
    }

    /** Presents one sample; checks the stopping rules when it ends an epoch. False once finished. */
    public synchronized boolean step() {
        if (finished()) {
            return false;
        }
        int before = trainer.epochs();
        lastStep = trainer.step();
        samples++;
        if (trainer.epochs() > before) {
            stopping.judge(trainer.history().get(trainer.epochs() - 1));
        }
        return true;
    }

    /** Presents up to {@code units} samples until the deadline or a stopping rule; the samples presented. */
    @Override
    public synchronized long advance(long deadlineNanos, long units) {
        long done = 0;
        while (done < units && step()) {
            done++;
            if (System.nanoTime() > deadlineNanos) {
                break;
            }
        }
        return done;
    }

    /** Samples until the end of the current epoch (a whole epoch at an epoch's start). */
    public synchronized int samplesToEpochEnd() {
        int n = points.dataset().size();
        return n - samples % n;
    }

    /** Finishes the current epoch (or presents a whole one). */
    public synchronized void epoch() {
        advance(Long.MAX_VALUE, samplesToEpochEnd());
    }

    /** The current picture; epochs returned here are not returned again (until a reset). */
    @Override
    public synchronized Frame frame() {
        List<EpochSummary> history = trainer.history();
        List<EpochSummary> fresh = new ArrayList<>(history.subList(Math.min(charted, history.size()), history.size()));
        charted = history.size();
        Perceptron p = trainer.perceptron();
        DecisionLine line = p.decisionLine();
        double[] w = points.window();
        double[] segment = line.clip(new Range(w[0], w[1], w[2], w[3]));
        int highlight = lastStep == null ? -1 : lastStep.sampleIndex();
        return new Frame(
                p.weights(),
                segment,
                highlight,
                lastStep,
                fresh,
                trainer.epochs(),
                samples,
                stopping.outcome(),
                trainer.accuracy());
    }

    public synchronized PerceptronSnapshot snapshot() {
        return new PerceptronSnapshot(
                points.choice().name(),
                points.dataset().size(),
                settings.learningRate(),
                settings.randomStart(),
                settings.seed(),
                trainer.epochs(),
                samples,
                stopping.convergedAfter() > 0,
                stopping.convergedAfter(),
                stopping.outcome(),
                trainer.accuracy(),
                trainer.perceptron().weights());
    }

    /** Every epoch of the current run so far (for export). */
    public synchronized List<EpochSummary> history() {
        return List.copyOf(trainer.history());
    }
}
