package org.dlf.chapters.perceptron;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.assignment.ParameterLocks;
import org.dlf.engine.Activation;
import org.dlf.engine.DecisionLine;
import org.dlf.engine.Perceptron;
import org.dlf.engine.PerceptronTrainer;
import org.dlf.engine.PerceptronTrainer.EpochSummary;
import org.dlf.engine.PerceptronTrainer.Step;
import org.dlf.engine.Range;

/**
 * State of the perceptron trainer: the points, the settings, the perceptron being trained online (one
 * sample at a time, the chapter's rule) and the chapter's stopping rules ({@link PerceptronStopping}) checked
 * after every epoch. Every setter validates and answers a message key, so a tampered request cannot reach a
 * state the controls cannot. Thread-safe: a training slice runs on the executor while the page reads the state.
 * A teacher's {@link ParameterLocks} ({@link #lock}) fix some settings: other values are refused with
 * {@code assignment.locked} and change nothing.
 */
public class PerceptronTrainerModel {

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

    public static final double MIN_LEARNING_RATE = 0.001;
    public static final double MAX_LEARNING_RATE = 1;
    public static final long MAX_SEED = 999_999;

    private final PerceptronPoints points = new PerceptronPoints();
    private double learningRate = 0.5;
    private boolean randomStart;
    private long seed = 1;
    private final PerceptronStopping stopping = new PerceptronStopping();
    private PerceptronSpeed speed = PerceptronSpeed.NORMAL;
    private ParameterLocks locks = ParameterLocks.NONE;

    private PerceptronTrainer trainer;
    private Step lastStep;
    private int samples;
    private int charted;

    public PerceptronTrainerModel() {
        reset();
    }

    public synchronized PerceptronPoints points() {
        return points;
    }

    /** Puts in the teacher's locked values and refuses other values from now on; the first problem, if any. */
    public synchronized Optional<String> lock(ParameterLocks teacher) {
        if (!teacher.any() && !locks.any()) {
            return Optional.empty();
        }
        locks = ParameterLocks.NONE;
        Optional<String> problem = teacher.value(PerceptronLocks.DATASET)
                .flatMap(d -> setDataset(PerceptronPoints.Choice.valueOf(d)))
                .or(() -> teacher.value(PerceptronLocks.LEARNING_RATE)
                        .flatMap(r -> setLearningRate(Double.parseDouble(r))))
                .or(() -> setStart(
                        teacher.value(PerceptronLocks.START_MODE)
                                .map(PerceptronLocks.RANDOM::equals)
                                .orElse(randomStart),
                        teacher.value(PerceptronLocks.SEED).map(Long::parseLong).orElse(seed)));
        locks = teacher;
        return problem;
    }

    public synchronized ParameterLocks locks() {
        return locks;
    }

    /** The lockable parameters the current run uses (what a train goal checks against the locks). */
    public synchronized Map<String, String> parameters() {
        return PerceptronLocks.parameters(points.choice(), learningRate, randomStart, seed);
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

    public synchronized Optional<String> setLearningRate(double value) {
        if (!(value >= MIN_LEARNING_RATE && value <= MAX_LEARNING_RATE)) {
            return Optional.of("perceptron.error.learning-rate");
        }
        if (!locks.permits(PerceptronLocks.LEARNING_RATE, value)) {
            return Optional.of("assignment.locked");
        }
        learningRate = value;
        return changed(Optional.empty());
    }

    public synchronized Optional<String> setStart(boolean random, long seedValue) {
        if (seedValue < 0 || seedValue > MAX_SEED) {
            return Optional.of("perceptron.error.seed");
        }
        if (!locks.permits(PerceptronLocks.START_MODE, PerceptronLocks.start(random))
                || !locks.permits(PerceptronLocks.SEED, seedValue)) {
            return Optional.of("assignment.locked");
        }
        randomStart = random;
        seed = seedValue;
        return changed(Optional.empty());
    }

    /**
     * The stopping rules: ε on the epoch's mean error |d − y| and ε on its total weight change (NaN = off),
     * each needing {@code k} epochs in a row; at most {@code m} epochs.
     */
    public synchronized Optional<String> setStopping(double errorEps, double weightEps, int k, int m) {
        return changed(stopping.set(errorEps, weightEps, k, m));
    }

    public synchronized void setSpeed(PerceptronSpeed value) {
        speed = value == null ? PerceptronSpeed.NORMAL : value;
    }

    public synchronized PerceptronSpeed speed() {
        return speed;
    }

    private Optional<String> changed(Optional<String> problem) {
        if (problem.isEmpty()) {
            reset();
        }
        return problem;
    }

    /** Back to the start weights; the history is cleared. */
    public synchronized void reset() {
        Perceptron p = new Perceptron(2, Activation.SIGN, learningRate);
        if (randomStart) {
            p.randomWeights(seed);
        }
        trainer = new PerceptronTrainer(p, points.dataset(), PerceptronTrainer.Mode.ONLINE);
        lastStep = null;
        samples = 0;
        charted = 0;
        stopping.restart();
    }

    /** A stopping rule ended the run, or the engine stopped it (divergence; unreachable within the controls' bounds). */
    public synchronized boolean finished() {
        return stopping.outcome() != PerceptronOutcome.NONE || trainer.divergence() != null;
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

    /** Finishes the current epoch (or presents a whole one). */
    public synchronized void epoch() {
        int target = trainer.epochs() + 1;
        while (!finished() && trainer.epochs() < target) {
            step();
        }
    }

    /** The current picture; epochs returned here are not returned again (until a reset). */
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
                learningRate,
                randomStart,
                seed,
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

    public synchronized double learningRate() {
        return learningRate;
    }

    public synchronized int maxEpochs() {
        return stopping.maxEpochs();
    }

    public synchronized int consecutive() {
        return stopping.consecutive();
    }

    public synchronized long seed() {
        return seed;
    }

    public synchronized boolean randomStart() {
        return randomStart;
    }

    public synchronized double errorEpsilon() {
        return stopping.errorEpsilon();
    }

    public synchronized double weightEpsilon() {
        return stopping.weightEpsilon();
    }
}
