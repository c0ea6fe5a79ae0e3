package org.dlf.chapters.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.assignment.ParameterLocks;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Dataset;
import org.dlf.engine.DecisionGrid;
import org.dlf.engine.EpochResult;
import org.dlf.engine.Loss;
import org.dlf.engine.Network;
import org.dlf.engine.Range;
import org.dlf.engine.Trainer;
import org.dlf.engine.TrainingOutcome;

/**
 * State of the MLP trainer: data, settings (validated by the engine's {@code TrainingConfig} against its
 * {@code Limits}), the network and its mini-batch trainer, and the epochs not yet charted. Thread-safe: a
 * training slice runs on the executor while the page reads the state. No Vaadin here.
 *
 * <p>A teacher's {@link ParameterLocks} ({@link #lock}) fix some settings: any other value is refused with
 * {@code assignment.locked} and changes nothing.
 */
public class MlpTrainerModel {

    public static final int GRID = 40;
    static final int MAX_POINTS_PER_FRAME = 30;

    /** What the page shows after a change; loss arrays hold only epochs not charted before. */
    public record Frame(
            int epoch,
            double[] epochs,
            double[] trainLoss,
            double[] testLoss,
            double[] heatmap,
            EpochResult last,
            TrainingOutcome.Divergence divergence) {}

    private final MlpData data = new MlpData();
    private MlpSettings settings = MlpSettings.defaults();
    private ParameterLocks locks = ParameterLocks.NONE;
    private Dataset train;
    private Dataset test;
    private Network network;
    private Trainer trainer;
    /** The heatmap's window; the grid itself is sampled into a new array for each frame (not kept). */
    private Range window;

    private final List<EpochResult> pending = new ArrayList<>();

    public MlpTrainerModel() {
        rebuild();
    }

    /**
     * A model with these settings taken as they are, unchecked: for tests that need what the controls refuse,
     * e.g. a learning rate so large that training diverges. The page always goes through {@link #apply}.
     */
    MlpTrainerModel(MlpSettings unchecked) {
        settings = unchecked;
        rebuild();
    }

    public synchronized MlpSettings settings() {
        return settings;
    }

    public synchronized MlpData data() {
        return data;
    }

    /**
     * Puts in the teacher's locked values and refuses other values from now on; the violations of the
     * locked settings, if any (e.g. a locked batch larger than the data set).
     */
    public synchronized List<ConfigViolation> lock(ParameterLocks teacher) {
        if (!teacher.any() && !locks.any()) {
            return List.of();
        }
        locks = ParameterLocks.NONE;
        MlpSettings s = MlpLocks.applied(teacher, settings);
        teacher.value(MlpLocks.DATASET).ifPresent(d -> data.generate(MlpData.Choice.valueOf(d), s.noise(), s.seed()));
        List<ConfigViolation> v = apply(s);
        if (!v.isEmpty()) rebuild();
        locks = teacher;
        return v;
    }

    public synchronized ParameterLocks locks() {
        return locks;
    }

    /** The lockable parameters the current run uses (what a train goal checks against the locks). */
    public synchronized Map<String, String> parameters() {
        return MlpLocks.parameters(settings, data.choice());
    }

    /** Validates and applies settings; the network starts again from its seed. Empty list = applied. */
    public synchronized List<ConfigViolation> apply(MlpSettings s) {
        if (s == null || s.activation() == null) {
            return List.of(new ConfigViolation("hiddenActivation", "config.required"));
        }
        List<ConfigViolation> refused = MlpLocks.violations(locks, s);
        if (!refused.isEmpty()) {
            return refused;
        }
        if (s.seed() < 0 || s.seed() > MlpSettings.MAX_SEED) {
            return List.of(new ConfigViolation("seed", "config.range", 0, MlpSettings.MAX_SEED, s.seed()));
        }
        List<ConfigViolation> v =
                s.config(data.dataset().size(), data.allowsTestSplit()).validate();
        if (v.isEmpty()) {
            boolean regenerate = s.noise() != settings.noise() || s.seed() != settings.seed();
            settings = s;
            if (regenerate && data.choice() != MlpData.Choice.CUSTOM) {
                data.generate(data.choice(), s.noise(), s.seed());
            }
            rebuild();
        }
        return v;
    }

    public synchronized Optional<String> setDataset(MlpData.Choice choice) {
        if (choice == null) {
            return Optional.of("mlp.error.dataset");
        }
        if (!locks.permits(MlpLocks.DATASET, choice)) {
            return Optional.of("assignment.locked");
        }
        data.generate(choice, settings.noise(), settings.seed());
        fitBatch();
        rebuild();
        return Optional.empty();
    }

    /** Adds a point of the chosen class at (x, y), or removes the point there. */
    public synchronized Optional<String> clickAt(double x, double y, boolean positive) {
        if (locks.locked(MlpLocks.DATASET)) {
            return Optional.of("assignment.locked.points");
        }
        Optional<String> problem = data.toggle(x, y, positive);
        if (problem.isEmpty()) {
            fitBatch();
            rebuild();
        }
        return problem;
    }

    private void fitBatch() {
        int max = trainSize(settings);
        if (settings.batchSize() > max) {
            settings = settings.withBatchSize(max);
        }
    }

    private int trainSize(MlpSettings s) {
        int n = data.dataset().size();
        return data.allowsTestSplit() ? n - (int) Math.round(n * s.testFraction()) : n;
    }

    /** A fresh network from the seed; the history is cleared. */
    public synchronized void rebuild() {
        Dataset all = data.dataset();
        if (data.allowsTestSplit() && settings.testFraction() > 0) {
            Dataset.Split split = all.split(settings.testFraction(), settings.seed());
            train = split.train();
            test = split.test();
        } else {
            train = all;
            test = null;
        }
        network = settings.config(all.size(), data.allowsTestSplit()).buildNetwork();
        trainer = new Trainer(
                network,
                train,
                test,
                Loss.BINARY_CROSS_ENTROPY,
                settings.learningRate(),
                settings.batchSize(),
                settings.seed());
        double[] w = data.window();
        window = new Range(w[0], w[1], w[2], w[3]);
        pending.clear();
        pending.add(trainer.evaluate());
    }

    /** Trains mini-batches until the deadline, the epoch {@code limit} or divergence; returns epochs done. */
    public synchronized int trainUntil(long deadlineNanos, int limit) {
        int start = trainer.epoch();
        while (trainer.divergence() == null && trainer.epoch() < limit && System.nanoTime() < deadlineNanos) {
            Trainer.BatchResult r = trainer.step();
            if (r != null && r.completedEpoch() != null) {
                pending.add(r.completedEpoch());
            }
        }
        return trainer.epoch() - start;
    }

    /** One more epoch (the Step button). */
    public synchronized void epoch() {
        trainUntil(Long.MAX_VALUE, trainer.epoch() + 1);
    }

    public synchronized int epochs() {
        return trainer.epoch();
    }

    public synchronized boolean diverged() {
        return trainer.divergence() != null;
    }

    /** The picture to send: new loss points (at most {@value #MAX_POINTS_PER_FRAME}) and the heatmap. */
    public synchronized Frame frame() {
        int n = pending.size();
        int keep = Math.min(n, MAX_POINTS_PER_FRAME);
        double[] xs = new double[keep];
        double[] tr = new double[keep];
        double[] te = new double[keep];
        for (int i = 0; i < keep; i++) {
            EpochResult r = pending.get(keep == n ? i : (int) Math.round((double) i * (n - 1) / (keep - 1)));
            xs[i] = r.epoch();
            tr[i] = r.loss();
            te[i] = r.testLoss();
        }
        pending.clear();
        // a frame needs its own copy of the values anyway: sampling into a fresh grid allocates no more than
        // copying a kept one did, and a page between frames holds no 12.8 KB grid
        double[] heatmap = new DecisionGrid(GRID, window).sample(network).values();
        EpochResult last = trainer.lastResult() != null ? trainer.lastResult() : trainer.evaluate();
        return new Frame(trainer.epoch(), xs, tr, te, heatmap, last, trainer.divergence());
    }

    public synchronized Network network() {
        return network;
    }

    public synchronized Dataset trainSet() {
        return train;
    }

    public synchronized Dataset testSet() {
        return test;
    }

    /** Bias, incoming weights and the output range over the training set of neuron {@code j} in layer {@code l}. */
    public synchronized Optional<NeuronInfo> neuron(int l, int j) {
        return NeuronInfo.of(network, train, l, j);
    }

    public synchronized MlpSnapshot snapshot() {
        EpochResult r = trainer.evaluate();
        return new MlpSnapshot(
                data.choice().name(),
                train.size(),
                test == null ? 0 : test.size(),
                settings.hiddenLayers(),
                settings.neuronsPerLayer(),
                settings.hiddenNeurons(),
                settings.activation().name(),
                settings.learningRate(),
                settings.batchSize(),
                settings.seed(),
                trainer.epoch(),
                r.loss(),
                r.accuracy(),
                r.testAccuracy(),
                trainer.divergence() != null);
    }
}
