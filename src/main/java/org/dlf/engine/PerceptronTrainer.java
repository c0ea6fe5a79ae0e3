package org.dlf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Trains a {@link Perceptron} on a dataset, online (one sample at a time, in order) or in batch
 * (one update per pass: w ← w + Σ η[d − y]x). Keeps the per-epoch history for a widget, at most
 * {@link Limits#MAX_ITERATIONS} passes. Stops for good on divergence (a net input wᵀx that is not
 * finite, so that y means nothing; see {@link Perceptron}), before that sample's update:
 * {@link #divergence()} says where.
 */
public final class PerceptronTrainer {
    public enum Mode {
        ONLINE,
        BATCH
    }

    /** Why a {@link #run} ended. */
    public enum StopReason {
        ERROR_BELOW_EPSILON,
        WEIGHT_CHANGE_BELOW_EPSILON,
        MAX_ITERATIONS,
        CANCELLED,
        /** A net input wᵀx was not finite; the weights before that sample are kept. */
        DIVERGED
    }

    /** One online step: which sample, its output y, its label d, the update Δw and the new w. */
    public record Step(int sampleIndex, double[] input, double y, double d, double[] update, double[] weightsAfter) {
        public boolean changedWeights() {
            return y != d;
        }
    }

    /** One pass over the data. {@code error} is the mean |d − y|; {@code weightChange} is Σ‖Δw‖. */
    public record EpochSummary(
            int epoch, int misclassified, double error, double weightChange, double[] weightsAfter) {}

    /** The outcome of {@link #run}: why and after how many iterations (samples or epochs) it stopped. */
    public record Run(StopReason reason, int iterations, int epochs, double[] weights) {
        public boolean converged() {
            return reason == StopReason.ERROR_BELOW_EPSILON || reason == StopReason.WEIGHT_CHANGE_BELOW_EPSILON;
        }

        @Override
        public String toString() {
            return switch (reason) {
                case ERROR_BELOW_EPSILON -> "converged after " + iterations + " iterations (error below ε)";
                case WEIGHT_CHANGE_BELOW_EPSILON ->
                    "converged after " + iterations + " iterations (weight change below ε)";
                case MAX_ITERATIONS -> "stopped at M = " + iterations + " iterations without converging";
                case CANCELLED -> "cancelled after " + iterations + " iterations";
                case DIVERGED -> "diverged after " + iterations + " iterations (a net input wᵀx is not finite)";
            };
        }
    }

    private final Perceptron perceptron;
    private final Dataset data;
    private final Mode mode;
    private final List<EpochSummary> history = new ArrayList<>();
    private int cursor;
    private int passMistakes;
    private double passError;
    private double passChange;
    private String divergence;

    public PerceptronTrainer(Perceptron perceptron, Dataset data, Mode mode) {
        Require.present("perceptron", perceptron);
        Require.present("data", data);
        if (perceptron.inputs() != 2)
            throw new IllegalArgumentException(
                    "datasets are 2-D; the perceptron has " + perceptron.inputs() + " inputs");
        if (data.labelStyle() != perceptron.labelStyle()) {
            throw new IllegalArgumentException("the perceptron's " + perceptron.outputFunction() + " output needs "
                    + perceptron.labelStyle() + " labels; the dataset has " + data.labelStyle());
        }
        this.perceptron = perceptron;
        this.data = data;
        this.mode = Require.present("mode", mode);
    }

    public Perceptron perceptron() {
        return perceptron;
    }

    public Dataset data() {
        return data;
    }

    public Mode mode() {
        return mode;
    }

    /** Completed passes so far. */
    public List<EpochSummary> history() {
        return List.copyOf(history);
    }

    public int epochs() {
        return history.size();
    }

    /** Index of the sample the next {@link #step} uses. */
    public int nextSample() {
        return cursor;
    }

    /** Where training diverged, e.g. "the net input wᵀx of sample 2 in epoch 1 is Infinity", or null. */
    public String divergence() {
        return divergence;
    }

    /**
     * Presents the next sample and applies its update (online mode only). Returns null if this
     * sample diverged, and from then on.
     */
    public Step step() {
        if (mode != Mode.ONLINE)
            throw new IllegalStateException("step() presents one sample; batch mode updates once per epoch");
        if (divergence != null) return null;
        if (cursor == 0) requireRoom();
        int i = cursor;
        double[] x = data.inputs()[i];
        double d = data.targets()[i][0];
        double y = output(i);
        if (divergence != null) return null;
        double[] delta = perceptron.update(x, d, y);
        double change = perceptron.apply(delta);
        passError += Math.abs(d - y);
        passChange += change;
        if (y != d) passMistakes++;
        cursor = (i + 1) % data.size();
        if (cursor == 0) endPass();
        return new Step(i, perceptron.augment(x), y, d, delta, perceptron.weights());
    }

    /**
     * Finishes the current pass (online) or makes one batch update; returns its summary, or null if
     * the pass diverged (and from then on).
     */
    public EpochSummary epoch() {
        if (mode == Mode.ONLINE) {
            do {
                if (step() == null) return null;
            } while (cursor != 0);
            return history.get(history.size() - 1);
        }
        if (divergence != null) return null;
        requireRoom();
        double[] sum = new double[3];
        for (int i = 0; i < data.size(); i++) {
            double[] x = data.inputs()[i];
            double d = data.targets()[i][0];
            double y = output(i);
            if (divergence != null) return null;
            double[] delta = perceptron.update(x, d, y);
            for (int k = 0; k < 3; k++) sum[k] += delta[k];
            passError += Math.abs(d - y);
            if (y != d) passMistakes++;
        }
        passChange = perceptron.apply(sum);
        endPass();
        return history.get(history.size() - 1);
    }

    /** y for sample i; records the divergence if its net input is not finite. */
    private double output(int i) {
        double v = perceptron.netInput(data.inputs()[i]);
        if (!Double.isFinite(v)) {
            divergence = "the net input wᵀx of sample " + i + " in epoch " + (history.size() + 1) + " is " + v;
        }
        return perceptron.outputFunction().apply(v);
    }

    /** Refuses a pass beyond the {@link Limits#MAX_ITERATIONS} the history holds. */
    private void requireRoom() {
        if (history.size() >= Limits.MAX_ITERATIONS) {
            throw new IllegalStateException(
                    "a perceptron trainer records at most " + Limits.MAX_ITERATIONS + " epochs; start a new one");
        }
    }

    private void endPass() {
        history.add(new EpochSummary(
                history.size() + 1, passMistakes, passError / data.size(), passChange, perceptron.weights()));
        passMistakes = 0;
        passError = 0;
        passChange = 0;
    }

    public Run run(StoppingRule rule) {
        return run(rule, () -> false);
    }

    /**
     * Iterates until a rule of {@code rule} holds, M iterations pass, training diverges, or
     * {@code cancel} says so. Throws {@link IllegalStateException} if the history would pass
     * {@link Limits#MAX_ITERATIONS} epochs.
     */
    public Run run(StoppingRule rule, BooleanSupplier cancel) {
        Require.present("rule", rule);
        Require.present("cancel", cancel);
        if (rule.unit() == StoppingRule.Unit.SAMPLE && mode == Mode.BATCH) {
            throw new IllegalArgumentException("per-sample stopping needs online mode");
        }
        int errorRun = 0, changeRun = 0;
        // n iterations are done; as n < M ≤ Integer.MAX_VALUE, n++ cannot overflow (the loop ends at any M)
        for (int n = 0; n < rule.maxIterations(); ) {
            if (cancel.getAsBoolean()) return new Run(StopReason.CANCELLED, n, epochs(), perceptron.weights());
            double error, change;
            if (rule.unit() == StoppingRule.Unit.SAMPLE) {
                Step s = step();
                if (s == null) return new Run(StopReason.DIVERGED, n, epochs(), perceptron.weights());
                error = Math.abs(s.d() - s.y());
                change = norm(s.update());
            } else {
                EpochSummary e = epoch();
                if (e == null) return new Run(StopReason.DIVERGED, n, epochs(), perceptron.weights());
                error = e.error();
                change = e.weightChange();
            }
            n++;
            errorRun = error < rule.errorEpsilon() ? errorRun + 1 : 0;
            changeRun = change < rule.weightChangeEpsilon() ? changeRun + 1 : 0;
            if (errorRun >= rule.consecutive())
                return new Run(StopReason.ERROR_BELOW_EPSILON, n, epochs(), perceptron.weights());
            if (changeRun >= rule.consecutive())
                return new Run(StopReason.WEIGHT_CHANGE_BELOW_EPSILON, n, epochs(), perceptron.weights());
        }
        return new Run(StopReason.MAX_ITERATIONS, rule.maxIterations(), epochs(), perceptron.weights());
    }

    /** Fraction of samples the perceptron classifies correctly now. */
    public double accuracy() {
        int ok = 0;
        for (int i = 0; i < data.size(); i++) if (perceptron.predict(data.inputs()[i]) == data.targets()[i][0]) ok++;
        return (double) ok / data.size();
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double d : v) s += d * d;
        return Math.sqrt(s);
    }
}
