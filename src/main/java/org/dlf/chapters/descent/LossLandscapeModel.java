package org.dlf.chapters.descent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlf.engine.DescentExample;
import org.dlf.engine.GradientDescent;
import org.dlf.engine.Limits;
import org.dlf.engine.LossLandscape;
import org.dlf.engine.Range;

/**
 * State of the loss-landscape widget (the chapter on gradient descent): the chapter's linear neuron, its loss
 * E(w, b) over the (w, b) plane, and a gradient descent on it with the learner's learning rate η, kind of step
 * (batch, mini-batch, online) and start. Every setter validates and answers a message key when it refuses,
 * changing nothing; an accepted change starts the descent again from the start. Steps are taken by
 * {@link #step} (one) or {@link #advance} (a live run on the shared executor); each {@link #frame} hands out
 * the points not shown yet. Thread-safe: a run's steps are taken on the executor while the page reads.
 * No Vaadin here.
 */
public final class LossLandscapeModel {

    /** Which points one step uses: all eight, two of them, or one. */
    public enum Batch {
        BATCH(8),
        MINI_BATCH(2),
        ONLINE(1);

        private final int size;

        Batch(int size) {
            this.size = size;
        }

        public int size() {
            return size;
        }
    }

    /** What the last step looks like; the widget says it in words. */
    public enum Regime {
        /** No step yet. */
        START,
        /** The step closed less than a tenth of the gap to the lowest loss. */
        SLOW,
        /** The loss fell by a good part of the gap, in the same direction as before. */
        STEADY,
        /** The step points back against the one before it: across the valley and back. */
        ZIGZAG,
        /** Mini-batch or online: each step follows only part of the data. */
        NOISY,
        /** The loss is higher than where the descent started. */
        DIVERGING,
        /** The loss passed {@link GradientDescent#LOSS_LIMIT}: the descent stopped. */
        DIVERGED,
        /** Within a thousandth of the way from the start's loss down to the lowest loss. */
        BOTTOM,
        /** {@link #MAX_STEPS} steps taken. */
        LIMIT
    }

    /** What the learner chose: a value, so that it can be shown, shared and restored. */
    public record Settings(double learningRate, Batch batch, double startW, double startB) {
        public static final Settings DEFAULT =
                new Settings(0.2, Batch.BATCH, DescentExample.START_W, DescentExample.START_B);
    }

    /**
     * What the page shows after a change: {@code fresh} when the path starts again (the page clears it), the
     * points not shown before, where the descent is, and the regime.
     */
    public record Frame(
            boolean fresh, List<GradientDescent.Point> points, GradientDescent.Point current, Regime regime) {}

    public static final int MAX_STEPS = 500;
    public static final double MIN_LEARNING_RATE = Limits.MIN_LEARNING_RATE;
    public static final double MAX_LEARNING_RATE = Limits.MAX_LEARNING_RATE;
    static final double SLOW = 0.1;
    static final double BOTTOM = 1e-3;

    static final String ERROR_NUMBER = "descent.error.number";
    static final String ERROR_RATE = "descent.error.rate";
    static final String ERROR_START = "descent.error.start";
    static final String ERROR_BATCH = "descent.error.batch";

    private static final Surface SURFACE = Surface.of(DescentExample.landscape(), DescentExample.window());
    private static final double[] LOWEST = DescentExample.lowestPoint();
    private static final double LOWEST_LOSS = DescentExample.landscape().loss(LOWEST[0], LOWEST[1]);

    private Settings settings = Settings.DEFAULT;
    private GradientDescent descent;
    private final List<GradientDescent.Point> path = new ArrayList<>();
    private int shown;
    private boolean fresh;

    public LossLandscapeModel() {
        restart();
    }

    /** The loss surface the widget draws (the same for everyone, computed once). */
    public static Surface surface() {
        return SURFACE;
    }

    public static Range window() {
        return DescentExample.window();
    }

    /** The lowest point {w, b} and its loss. */
    public static double[] lowestPoint() {
        return LOWEST.clone();
    }

    public static double lowestLoss() {
        return LOWEST_LOSS;
    }

    public synchronized Settings settings() {
        return settings;
    }

    /** η from {@link #MIN_LEARNING_RATE} to {@link #MAX_LEARNING_RATE}. */
    public synchronized Optional<String> setLearningRate(Double eta) {
        if (eta == null || !Double.isFinite(eta)) return Optional.of(ERROR_NUMBER);
        if (eta < MIN_LEARNING_RATE || eta > MAX_LEARNING_RATE) return Optional.of(ERROR_RATE);
        return apply(new Settings(eta, settings.batch(), settings.startW(), settings.startB()));
    }

    public synchronized Optional<String> setBatch(Batch batch) {
        if (batch == null) return Optional.of(ERROR_BATCH);
        return apply(new Settings(settings.learningRate(), batch, settings.startW(), settings.startB()));
    }

    /** A start inside the {@link #window()}. */
    public synchronized Optional<String> setStart(Double w, Double b) {
        if (w == null || b == null || !Double.isFinite(w) || !Double.isFinite(b)) return Optional.of(ERROR_NUMBER);
        Range r = window();
        if (w < r.minX() || w > r.maxX() || b < r.minY() || b > r.maxY()) return Optional.of(ERROR_START);
        return apply(new Settings(settings.learningRate(), settings.batch(), w, b));
    }

    /** All settings at once (e.g. from a link), each checked as its setter does; nothing changes on a refusal. */
    public synchronized Optional<String> apply(Settings s) {
        if (s == null) return Optional.of(ERROR_NUMBER);
        Settings before = settings;
        settings = s;
        Optional<String> problem = s.batch() == null ? Optional.of(ERROR_BATCH) : Optional.empty();
        if (problem.isEmpty() && !(s.learningRate() >= MIN_LEARNING_RATE && s.learningRate() <= MAX_LEARNING_RATE)) {
            problem = Optional.of(ERROR_RATE);
        }
        Range r = window();
        if (problem.isEmpty()
                && !(s.startW() >= r.minX()
                        && s.startW() <= r.maxX()
                        && s.startB() >= r.minY()
                        && s.startB() <= r.maxY())) {
            problem = Optional.of(ERROR_START);
        }
        if (problem.isPresent()) {
            settings = before;
            return problem;
        }
        restart();
        return Optional.empty();
    }

    /** Back to the start with the same settings. */
    public synchronized void restart() {
        descent = DescentExample.descent(
                settings.learningRate(), settings.batch().size(), settings.startW(), settings.startB());
        path.clear();
        path.add(descent.current());
        shown = 0;
        fresh = true;
    }

    /** One step, unless the descent has diverged or taken {@link #MAX_STEPS} steps; the point it is at. */
    public synchronized GradientDescent.Point step() {
        if (!descent.diverged() && steps() < MAX_STEPS) {
            GradientDescent.Point p = descent.step();
            if (p.step() > path.get(path.size() - 1).step()) {
                path.add(p);
            }
        }
        return current();
    }

    /** Takes at most {@code units} steps, stopping soon after {@code deadlineNanos} or when halted; the steps taken. */
    public long advance(long deadlineNanos, long units) {
        long done = 0;
        while (done < units && !halted()) {
            int before = steps();
            step();
            if (steps() == before) break;
            done++;
            if (System.nanoTime() >= deadlineNanos) break;
        }
        return done;
    }

    /** True when a run has nothing more to do: diverged, at the bottom, or at the step limit. */
    public synchronized boolean halted() {
        Regime r = regime();
        return r == Regime.DIVERGED || r == Regime.BOTTOM || r == Regime.LIMIT;
    }

    /** The points not handed out before, where the descent is, and its regime. */
    public synchronized Frame frame() {
        List<GradientDescent.Point> fresh = List.copyOf(path.subList(shown, path.size()));
        shown = path.size();
        Frame f = new Frame(this.fresh, fresh, current(), regime());
        this.fresh = false;
        return f;
    }

    /** A frame of the whole path from its start (the page draws it again), as if nothing had been shown. */
    public synchronized Frame replay() {
        shown = 0;
        fresh = true;
        return frame();
    }

    public synchronized GradientDescent.Point current() {
        return path.get(path.size() - 1);
    }

    public synchronized GradientDescent.Point start() {
        return path.get(0);
    }

    public synchronized int steps() {
        return current().step();
    }

    /** The whole path so far (a copy). */
    public synchronized List<GradientDescent.Point> path() {
        return List.copyOf(path);
    }

    /** What the last step looks like. */
    public synchronized Regime regime() {
        GradientDescent.Point first = path.get(0), last = current();
        int n = path.size() - 1;
        if (descent.diverged()) return Regime.DIVERGED;
        if (n == 0) return Regime.START;
        if (last.loss() > first.loss()) return Regime.DIVERGING;
        if (last.loss() - LOWEST_LOSS <= BOTTOM * (first.loss() - LOWEST_LOSS)) return Regime.BOTTOM;
        if (n >= MAX_STEPS) return Regime.LIMIT;
        if (settings.batch() != Batch.BATCH) return Regime.NOISY;
        GradientDescent.Point before = path.get(n - 1);
        if (n >= 2) {
            GradientDescent.Point twoBack = path.get(n - 2);
            double dot = (last.a() - before.a()) * (before.a() - twoBack.a())
                    + (last.b() - before.b()) * (before.b() - twoBack.b());
            if (dot < 0) return Regime.ZIGZAG;
        }
        double gap = before.loss() - LOWEST_LOSS;
        return gap > 0 && (before.loss() - last.loss()) < SLOW * gap ? Regime.SLOW : Regime.STEADY;
    }

    /**
     * The loss surface as the widget draws it: a grid of the loss at cell centres, mapped for the heatmap, and
     * contour lines at a few levels above the lowest loss.
     */
    public record Surface(int size, double[] heat, double[] contourXs, double[] contourYs, double[] levels) {

        static final int GRID = 60;
        /** Contour levels: this much above the lowest loss. */
        static final double[] ABOVE_LOWEST = {0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10};

        static Surface of(LossLandscape landscape, Range window) {
            double[] losses = landscape.grid(window, GRID);
            double[] lowest = DescentExample.lowestPoint();
            double bottom = landscape.loss(lowest[0], lowest[1]);
            double[] levels = new double[ABOVE_LOWEST.length];
            for (int i = 0; i < levels.length; i++) levels[i] = bottom + ABOVE_LOWEST[i];
            double dx = (window.maxX() - window.minX()) / GRID, dy = (window.maxY() - window.minY()) / GRID;
            Contours.Lines lines =
                    Contours.of(losses, GRID, window.minX() + dx / 2, window.minY() + dy / 2, dx, dy, levels);
            return new Surface(GRID, heat(losses), lines.xs(), lines.ys(), levels);
        }

        /**
         * The loss on a logarithmic scale into [0.5, 1]: the lowest loss of the grid at 0.5 (the heatmap's
         * neutral colour), the highest at 1 (its strong colour).
         */
        static double[] heat(double[] losses) {
            double lo = Double.POSITIVE_INFINITY, hi = 0;
            for (double v : losses) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double logLo = Math.log(lo), span = Math.log(hi) - logLo;
            double[] heat = new double[losses.length];
            for (int i = 0; i < heat.length; i++) {
                heat[i] = 0.5 + 0.5 * (span > 0 ? (Math.log(losses[i]) - logLo) / span : 0);
            }
            return heat;
        }
    }
}
