package org.dlf.chapters.perceptron.ui;

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
 * sample at a time, the chapter's rule) and the chapter's stopping rules checked after every epoch. Every
 * setter validates and answers a message key, so a tampered request cannot reach a state the controls
 * cannot. Thread-safe: a training slice runs on the executor while the page reads the state. A teacher's
 * {@link ParameterLocks} ({@link #lock}) fix some settings: other values are refused with
 * {@code assignment.locked} and change nothing.
 */
public class PerceptronTrainerModel {

    /** How a run ended; NONE while it can go on. */
    public enum Outcome {
        NONE,
        CONVERGED_ERROR,
        CONVERGED_WEIGHTS,
        MAX_EPOCHS
    }

    /** Pacing of Run: samples per second, or as fast as the server allows. */
    public enum Speed {
        SLOW(2),
        NORMAL(8),
        FAST(0);

        final int samplesPerSecond;

        Speed(int samplesPerSecond) {
            this.samplesPerSecond = samplesPerSecond;
        }
    }

    /** What the page shows after a change; {@code newEpochs} are the epochs not yet charted. */
    public record Frame(
            double[] weights,
            double[] line,
            int highlight,
            Step lastStep,
            List<EpochSummary> newEpochs,
            int epochs,
            int samples,
            Outcome outcome,
            double accuracy) {}

    public static final double MIN_LEARNING_RATE = 0.001;
    public static final double MAX_LEARNING_RATE = 1;
    public static final long MAX_SEED = 999_999;
    public static final double MAX_ERROR_EPSILON = 2;
    public static final double MAX_WEIGHT_EPSILON = 10;
    public static final int MAX_CONSECUTIVE = 100;
    public static final int MAX_EPOCHS = 1000;

    private final PerceptronPoints points = new PerceptronPoints();
    private double learningRate = 0.5;
    private boolean randomStart;
    private long seed = 1;
    private double errorEpsilon = 0.001;
    private double weightEpsilon = Double.NaN;
    private int consecutive = 1;
    private int maxEpochs = 100;
    private Speed speed = Speed.NORMAL;
    private ParameterLocks locks = ParameterLocks.NONE;

    private PerceptronTrainer trainer;
    private Step lastStep;
    private int samples;
    private int charted;
    private int errorRun;
    private int weightRun;
    private Outcome outcome = Outcome.NONE;
    private int convergedAfter;

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
        if (!Double.isNaN(errorEps) && !(errorEps >= 0 && errorEps <= MAX_ERROR_EPSILON)) {
            return Optional.of("perceptron.error.error-epsilon");
        }
        if (!Double.isNaN(weightEps) && !(weightEps >= 0 && weightEps <= MAX_WEIGHT_EPSILON)) {
            return Optional.of("perceptron.error.weight-epsilon");
        }
        if (k < 1 || k > MAX_CONSECUTIVE) {
            return Optional.of("perceptron.error.consecutive");
        }
        if (m < 1 || m > MAX_EPOCHS) {
            return Optional.of("perceptron.error.max-epochs");
        }
        errorEpsilon = errorEps;
        weightEpsilon = weightEps;
        consecutive = k;
        maxEpochs = m;
        return changed(Optional.empty());
    }

    public synchronized void setSpeed(Speed value) {
        speed = value == null ? Speed.NORMAL : value;
    }

    public synchronized Speed speed() {
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
        errorRun = 0;
        weightRun = 0;
        outcome = Outcome.NONE;
        convergedAfter = 0;
    }

    public synchronized boolean finished() {
        return outcome != Outcome.NONE;
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
            judge(trainer.history().get(trainer.epochs() - 1));
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

    /** Samples a run at this speed may present after {@code elapsedNanos}; MAX_VALUE when unpaced. */
    public synchronized long samplesDue(long elapsedNanos) {
        return speed.samplesPerSecond == 0
                ? Long.MAX_VALUE
                : 1 + elapsedNanos * speed.samplesPerSecond / 1_000_000_000L;
    }

    private void judge(EpochSummary e) {
        errorRun = e.error() < errorEpsilon ? errorRun + 1 : 0;
        weightRun = e.weightChange() < weightEpsilon ? weightRun + 1 : 0;
        if (errorRun >= consecutive) {
            outcome = Outcome.CONVERGED_ERROR;
        } else if (weightRun >= consecutive) {
            outcome = Outcome.CONVERGED_WEIGHTS;
        } else if (e.epoch() >= maxEpochs) {
            outcome = Outcome.MAX_EPOCHS;
        }
        if (outcome == Outcome.CONVERGED_ERROR || outcome == Outcome.CONVERGED_WEIGHTS) {
            convergedAfter = e.epoch();
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
                outcome,
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
                convergedAfter > 0,
                convergedAfter,
                outcome,
                trainer.accuracy(),
                trainer.perceptron().weights());
    }

    public synchronized double learningRate() {
        return learningRate;
    }

    public synchronized int maxEpochs() {
        return maxEpochs;
    }

    public synchronized int consecutive() {
        return consecutive;
    }

    public synchronized long seed() {
        return seed;
    }

    public synchronized boolean randomStart() {
        return randomStart;
    }

    public synchronized double errorEpsilon() {
        return errorEpsilon;
    }

    public synchronized double weightEpsilon() {
        return weightEpsilon;
    }
}
