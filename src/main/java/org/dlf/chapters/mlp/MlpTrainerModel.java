package org.dlf.chapters.mlp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.share.NetworkFile;
import org.dlf.engine.ConfigException;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Dataset;
import org.dlf.engine.DecisionGrid;
import org.dlf.engine.EpochResult;
import org.dlf.engine.LearningRateWatch;
import org.dlf.engine.Network;
import org.dlf.engine.Range;
import org.dlf.engine.Trainer;
import org.dlf.engine.TrainingOutcome;
import org.dlf.training.LiveTraining;
import org.dlf.training.TrainingSnapshot;
import org.dlf.training.TrainingSpeed;

/**
 * State of the MLP trainer: data, settings (one validated {@link MlpSettings}), the network and its
 * mini-batch trainer, the epochs not yet charted, and a {@link LearningRateWatch} that pauses training with
 * an explanation when the loss shows that η is too high. Trained live by {@link LiveTraining} in epochs.
 * Thread-safe: a training slice runs on the executor while the page reads the state. No Vaadin here.
 *
 * <p>A teacher's {@link ParameterLocks} ({@link #lock}) fix some settings: any other value is refused with
 * {@code assignment.locked} and changes nothing.
 */
public class MlpTrainerModel implements LiveTraining.Model<MlpTrainerModel.Frame> {

    /** The trainer's name in exercises ({@code widget:}) and in its train-goal snapshots. */
    static final String WIDGET = "mlp-trainer";

    public static final int GRID = 40;
    /** Most rows of the loss history an export carries (a JSON of about 50 KB, under the import's 100 KB). */
    static final int HISTORY_ROWS = 500;

    static final int MAX_POINTS_PER_FRAME = 30;

    /**
     * What the page shows after a change; loss arrays hold only epochs not charted before. {@code alarm} is the
     * sign of a too-high learning rate that paused training (null when none is pending); {@code symmetric}
     * when every hidden layer's neurons have identical weights and bias.
     */
    public record Frame(
            int epoch,
            double[] epochs,
            double[] trainLoss,
            double[] testLoss,
            double[] heatmap,
            EpochResult last,
            TrainingOutcome.Divergence divergence,
            LearningRateWatch.Finding alarm,
            boolean symmetric) {}

    private final MlpData data = new MlpData();
    private MlpSettings settings = MlpSettings.defaults();
    private ParameterLocks locks = ParameterLocks.NONE;
    private Dataset train;
    private Dataset test;
    private Trainer trainer;
    private LearningRateWatch watch;
    /** A sign the watch reported that has paused training and not yet been overruled by Play. */
    private LearningRateWatch.Finding alarm;
    /** The heatmap's window; the grid itself is sampled into a new array for each frame (not kept). */
    private Range window;

    private final List<EpochResult> pending = new ArrayList<>();
    private final List<EpochResult> history = new ArrayList<>();
    private int historyStride = 1;

    public MlpTrainerModel() {
        rebuild();
    }

    /** A model with these settings taken as they are (for tests that need what the form refuses). */
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
        teacher.value(MlpLocks.DATASET).ifPresent(d -> data.generate(MlpData.Choice.valueOf(d), settings.noise()));
        List<ConfigViolation> v = apply(MlpLocks.applied(teacher, settings.edit()));
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

    /** What the run has reached, as train goals check it (taken at {@code at}; the MLP never "converges"). */
    public synchronized TrainingSnapshot trainingSnapshot(Instant at) {
        MlpSnapshot s = snapshot();
        return new TrainingSnapshot(
                WIDGET, s.dataset(), s.epochs(), false, s.hiddenNeurons(), s.trainAccuracy(), at, parameters());
    }

    /** Validates and applies settings; the network starts again. Empty list = applied. */
    public synchronized List<ConfigViolation> apply(MlpSettings.Builder edited) {
        MlpSettings s;
        try {
            s = edited.build(data);
        } catch (ConfigException e) {
            return e.violations();
        }
        List<ConfigViolation> refused = MlpLocks.violations(locks, s);
        if (!refused.isEmpty()) {
            return refused;
        }
        boolean regenerate = s.noise() != settings.noise();
        settings = s;
        if (regenerate) {
            data.renoise(s.noise());
        }
        rebuild();
        return List.of();
    }

    /** Reset: the network starts again from a new seed (the form shows it); violations if the seed is locked. */
    public synchronized List<ConfigViolation> reseed(long seed) {
        return apply(settings.edit().seed(seed));
    }

    /** A recommendation put in (the learner's seed kept); violations if a teacher's lock stands in its way. */
    synchronized List<ConfigViolation> recommend(MlpRecommendation r) {
        return apply(r.applyTo(settings));
    }

    /** The whole state, with the speed of Play the page shows. */
    public synchronized MlpState state(TrainingSpeed speed) {
        return new MlpState(data.base(), data.removed(), data.added(), settings, speed);
    }

    /**
     * Puts in a saved state: its data and edits, then its settings, all checked; a teacher's locked values
     * win over the state's (a locked data set keeps its points). The violations, and then nothing changed.
     */
    public synchronized List<ConfigViolation> restore(MlpState state) {
        MlpState before = state(state.speed());
        MlpSettings.Builder wanted = MlpLocks.applied(locks, state.settings().edit());
        if (!locks.locked(MlpLocks.DATASET)) {
            Optional<String> problem =
                    data.restore(state.data(), state.settings().noise(), state.removed(), state.added());
            if (problem.isPresent()) {
                return List.of(new ConfigViolation("dataset", problem.get()));
            }
        } else {
            wanted.noise(settings.noise());
        }
        List<ConfigViolation> v = apply(wanted);
        if (!v.isEmpty()) {
            data.restore(before.data(), before.settings().noise(), before.removed(), before.added());
            settings = before.settings();
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
        data.generate(choice, settings.noise());
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

    /** A batch larger than the (new) training set becomes the whole training set. */
    private void fitBatch() {
        int max = data.trainSize(settings.testFraction());
        if (settings.batchSize() > max) {
            settings = settings.edit().batchSize(max).buildUnchecked();
        }
    }

    /** A fresh network from the settings; the history and any pending alarm are cleared. */
    public synchronized void rebuild() {
        Dataset[] sets = data.split(settings.testFraction());
        train = sets[0];
        test = sets[1];
        trainer = settings.trainer(train, test);
        double[] w = data.window();
        window = new Range(w[0], w[1], w[2], w[3]);
        startHistory();
    }

    /** The curves, the history and the watch start from the network as it is. */
    private void startHistory() {
        pending.clear();
        history.clear();
        historyStride = 1;
        EpochResult start = trainer.evaluate();
        pending.add(start);
        record(start);
        watch = Double.isFinite(start.loss()) ? new LearningRateWatch(start.loss()) : null;
        alarm = null;
    }

    /**
     * Takes an imported network ({@link MlpFile}): its hidden layers and η become the settings, checked and
     * locked like the form's, then its weights and biases the network's. The violations, and then nothing
     * changed.
     */
    synchronized List<ConfigViolation> load(MlpFile.Shape shape, NetworkFile file) {
        MlpSettings.Builder wanted = settings.edit()
                .hiddenLayers(shape.hiddenLayers())
                .neuronsPerLayer(shape.neuronsPerLayer())
                .activation(shape.activation());
        if (file.learningRate() != null) {
            wanted.learningRate(file.learningRate());
        }
        List<ConfigViolation> v = apply(wanted);
        if (v.isEmpty()) {
            MlpFile.copyInto(file, trainer.network());
            startHistory();
        }
        return v;
    }

    /** Keeps an epoch's result for an export, thinning evenly to at most {@value #HISTORY_ROWS} rows. */
    private void record(EpochResult r) {
        if (r.epoch() % historyStride != 0) {
            return;
        }
        history.add(r);
        if (history.size() >= HISTORY_ROWS) {
            List<EpochResult> kept = new ArrayList<>();
            for (int i = 0; i < history.size(); i += 2) {
                kept.add(history.get(i));
            }
            history.clear();
            history.addAll(kept);
            historyStride *= 2;
        }
    }

    /** The epochs' results kept for an export, the latest one included. */
    synchronized List<EpochResult> history() {
        List<EpochResult> h = new ArrayList<>(history);
        EpochResult last = trainer.lastResult();
        if (last != null && (h.isEmpty() || h.getLast().epoch() < last.epoch())) {
            h.add(last);
        }
        return h;
    }

    /** Trains mini-batches until the deadline, the epoch {@code limit}, divergence or an alarm; epochs done. */
    public synchronized int trainUntil(long deadlineNanos, int limit) {
        int start = trainer.epoch();
        while (!halted() && trainer.epoch() < limit && System.nanoTime() < deadlineNanos) {
            Trainer.BatchResult r = trainer.step();
            if (r != null && r.completedEpoch() != null) {
                pending.add(r.completedEpoch());
                record(r.completedEpoch());
                if (watch != null) {
                    alarm = watch.afterEpoch(r.completedEpoch(), trainer.network(), train)
                            .orElse(null);
                }
            }
        }
        return trainer.epoch() - start;
    }

    @Override
    public synchronized long advance(long deadlineNanos, long units) {
        return trainUntil(deadlineNanos, (int) Math.min(Integer.MAX_VALUE, trainer.epoch() + units));
    }

    /** Diverged (for good, until a rebuild), or paused by a sign of a too-high learning rate. */
    @Override
    public synchronized boolean halted() {
        return trainer.divergence() != null || alarm != null;
    }

    /** The learner goes on despite the alarm: training continues, and the watch stays silent. */
    public synchronized void overruleAlarm() {
        alarm = null;
    }

    public synchronized int epochs() {
        return trainer.epoch();
    }

    public synchronized boolean diverged() {
        return trainer.divergence() != null;
    }

    /** Where training diverged, or null. */
    public synchronized TrainingOutcome.Divergence divergence() {
        return trainer.divergence();
    }

    /** The picture to send: new loss points (at most {@value #MAX_POINTS_PER_FRAME}) and the heatmap. */
    @Override
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
        Network network = trainer.network();
        double[] heatmap = new DecisionGrid(GRID, window).sample(network).values();
        EpochResult last = trainer.lastResult() != null ? trainer.lastResult() : trainer.evaluate();
        return new Frame(trainer.epoch(), xs, tr, te, heatmap, last, trainer.divergence(), alarm, symmetric(network));
    }

    /** Every hidden layer of two or more neurons has neurons with identical bias and incoming weights. */
    static boolean symmetric(Network n) {
        boolean any = false;
        for (int l = 0; l < n.layerCount() - 1; l++) {
            var layer = n.layer(l);
            for (int j = 1; j < layer.size(); j++) {
                any = true;
                if (Double.compare(layer.bias(j), layer.bias(0)) != 0) {
                    return false;
                }
                for (int i = 0; i < layer.inputs(); i++) {
                    if (Double.compare(layer.weight(j, i), layer.weight(0, i)) != 0) {
                        return false;
                    }
                }
            }
        }
        return any;
    }

    public synchronized Network network() {
        return trainer.network();
    }

    public synchronized Dataset trainSet() {
        return train;
    }

    public synchronized Dataset testSet() {
        return test;
    }

    /** Bias, incoming weights and the output range over the training set of neuron {@code j} in layer {@code l}. */
    public synchronized Optional<NeuronInfo> neuron(int l, int j) {
        return NeuronInfo.of(trainer.network(), train, l, j);
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
