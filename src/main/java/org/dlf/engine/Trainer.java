package org.dlf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Mini-batch SGD over a dataset with a seeded shuffle per epoch. Keeps its place between calls,
 * so a server can call {@link #train(int, BooleanSupplier)} in short slices. Same network, data,
 * settings and seed give the same weights bit for bit. Stops for good on divergence, restoring
 * the last finite parameters (those after the last completed epoch).
 *
 * <p>The constructor checks the network (its shape and finite parameters), the learning rate and the
 * batch once (the data were checked when the {@link Dataset} was made); the training loop then runs
 * without per-sample checks.
 */
public final class Trainer {
    /** A mini-batch's mean loss; {@code completedEpoch} is set when the batch ended an epoch. */
    public record BatchResult(int epoch, int firstIndex, int size, double loss, EpochResult completedEpoch) {}

    private final Network network;
    private final Dataset train;
    private final Dataset test;
    private final Loss loss;
    private final double learningRate;
    private final int batchSize;
    private final SplittableRandom rng;
    private final int[] order;
    private final Network.Parameters lastFinite;
    /** The network's outputs in an evaluation pass (preallocated). */
    private final double[] trainOutputs, testOutputs;

    private final List<TrainingListener> listeners = new ArrayList<>();
    private int epoch;
    private int cursor;
    private EpochResult last;
    private TrainingOutcome.Divergence divergence;

    /**
     * {@code test} may be null. The learning rate is a finite number above 0 (a huge one diverges, and
     * the divergence is reported); the batch size is 1 to the training set's size.
     */
    public Trainer(
            Network network, Dataset train, Dataset test, Loss loss, double learningRate, int batchSize, long seed) {
        Require.present("network", network);
        Require.present("train", train);
        if (network.inputSize() != 2)
            throw new IllegalArgumentException("datasets are 2-D; the network has " + network.inputSize() + " inputs");
        if (network.outputSize() != 1)
            throw new IllegalArgumentException(
                    "datasets have one label; the network has " + network.outputSize() + " outputs");
        String nonFinite = network.firstNonFiniteParameter();
        if (nonFinite != null) {
            throw new IllegalArgumentException("the network starts with a parameter that is not finite: " + nonFinite);
        }
        Require.positive("learningRate", learningRate);
        Require.between("batchSize", batchSize, Limits.MIN_BATCH_SIZE, train.size());
        this.network = network;
        this.train = train;
        this.test = test;
        this.loss = Require.present("loss", loss);
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.rng = new SplittableRandom(seed);
        this.order = new int[train.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        this.lastFinite = network.parameters();
        this.trainOutputs = new double[train.size()];
        this.testOutputs = test == null ? null : new double[test.size()];
    }

    public void addListener(TrainingListener l) {
        listeners.add(l);
    }

    public void removeListener(TrainingListener l) {
        listeners.remove(l);
    }

    public Network network() {
        return network;
    }

    /** Completed epochs. */
    public int epoch() {
        return epoch;
    }

    /** The last completed epoch's result, or null before the first. */
    public EpochResult lastResult() {
        return last;
    }

    /** Non-null once training diverged; further training calls do nothing. */
    public TrainingOutcome.Divergence divergence() {
        return divergence;
    }

    /** One mini-batch update (null once diverged). */
    public BatchResult step() {
        if (divergence != null) return null;
        int first = cursor == order.length ? 0 : cursor;
        double mean = runBatch();
        if (divergence != null) return null;
        EpochResult completed = cursor == 0 ? last : null;
        return new BatchResult(completed != null ? epoch : epoch + 1, first, batchEnd - first, mean, completed);
    }

    private int batchEnd;

    /** One batch; returns its mean loss. Sets {@link #divergence} on failure; ends the epoch if due. */
    private double runBatch() {
        if (cursor == 0) shuffle();
        int first = cursor, end = Math.min(cursor + batchSize, order.length);
        batchEnd = end;
        double[][] x = train.inputs(), t = train.targets();
        double mean;
        boolean finite;
        if (end - first == 1) {
            int i = order[first];
            mean = network.step(x[i], t[i], loss, learningRate);
            finite = network.lastUpdateFinite;
        } else {
            double sum = 0;
            for (int k = first; k < end; k++) {
                int i = order[k];
                network.propagate(x[i]);
                sum += network.backpropagate(t[i], loss);
            }
            mean = sum / (end - first);
            finite = Double.isFinite(mean) && network.descend(learningRate, end - first);
        }
        if (!Double.isFinite(mean)) {
            diverge(epoch + 1, "loss of the batch starting at position " + first + " = " + mean);
            return mean;
        }
        if (!finite) {
            diverge(epoch + 1, network.firstNonFiniteParameter());
            return mean;
        }
        cursor = end == order.length ? 0 : end;
        if (cursor == 0) endEpoch();
        return mean;
    }

    /** Finishes the current epoch; returns its result (null if it diverged). */
    public EpochResult trainEpoch() {
        return train(1, () -> false).reason() == TrainingOutcome.Reason.EPOCHS_DONE ? last : null;
    }

    /**
     * Trains {@code epochs} more epochs (0 to {@link Limits#MAX_EPOCHS}; one slice), checking
     * {@code cancel} between batches.
     */
    public TrainingOutcome train(int epochs, BooleanSupplier cancel) {
        return runUntil(r -> false, epochs, cancel);
    }

    /**
     * Trains until {@code stop} holds for an epoch's result, or {@code maxEpochs} more epochs (0 to
     * {@link Limits#MAX_EPOCHS}).
     */
    public TrainingOutcome runUntil(Predicate<EpochResult> stop, int maxEpochs, BooleanSupplier cancel) {
        Require.present("stop", stop);
        Require.between("epochs", maxEpochs, 0, Limits.MAX_EPOCHS);
        Require.present("cancel", cancel);
        int start = epoch;
        TrainingOutcome outcome = null;
        while (outcome == null) {
            if (divergence != null) {
                outcome = new TrainingOutcome(TrainingOutcome.Reason.DIVERGED, epoch - start, last, divergence);
            } else if (epoch - start >= maxEpochs) {
                outcome = new TrainingOutcome(TrainingOutcome.Reason.EPOCHS_DONE, epoch - start, last, null);
            } else if (cancel.getAsBoolean()) {
                outcome = new TrainingOutcome(TrainingOutcome.Reason.CANCELLED, epoch - start, last, null);
            } else {
                int before = epoch;
                runBatch();
                if (divergence == null && epoch != before && stop.test(last)) {
                    outcome = new TrainingOutcome(TrainingOutcome.Reason.CONDITION_MET, epoch - start, last, null);
                }
            }
        }
        for (TrainingListener l : listeners) l.onStop(outcome);
        return outcome;
    }

    /** Loss and accuracy of the current network (no training). */
    public EpochResult evaluate() {
        measure(train);
        double loss = measuredLoss, accuracy = measuredAccuracy;
        if (test == null) return new EpochResult(epoch, loss, accuracy, Double.NaN, Double.NaN);
        measure(test);
        return new EpochResult(epoch, loss, accuracy, measuredLoss, measuredAccuracy);
    }

    private double measuredLoss;
    private double measuredAccuracy;

    private void measure(Dataset d) {
        double[][] x = d.inputs(), t = d.targets();
        LabelStyle style = d.labelStyle();
        double[] outputs = d == train ? trainOutputs : testOutputs;
        network.firstOutputs(x, outputs);
        double sum = 0;
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            double o = outputs[i];
            sum += loss.term(o, t[i][0], 1);
            if (style.classify(o) == t[i][0]) right++;
        }
        measuredLoss = sum / x.length;
        measuredAccuracy = (double) right / x.length;
    }

    private EpochResult endEpoch() {
        epoch++;
        EpochResult r = evaluate();
        if (!Double.isFinite(r.loss())) {
            epoch--;
            diverge(epoch + 1, "training loss after the epoch = " + r.loss());
            return null;
        }
        network.copyParametersTo(lastFinite);
        last = r;
        for (TrainingListener l : listeners) l.onEpoch(r);
        return r;
    }

    /** Records the divergence in epoch {@code at} and restores the last finite parameters. */
    private void diverge(int at, String what) {
        divergence = new TrainingOutcome.Divergence(at, what, epoch);
        network.restore(lastFinite);
        cursor = 0;
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
