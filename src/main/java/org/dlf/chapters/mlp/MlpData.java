package org.dlf.chapters.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dlf.engine.Dataset;
import org.dlf.engine.Datasets;
import org.dlf.engine.LabelStyle;
import org.dlf.engine.Point;

/**
 * The MLP trainer's points (labels 0/1) and their fixed window: a generated set (its choice and noise, always
 * seed {@value #DATA_SEED}: a new network seed re-initialises the network, never the data) and the learner's
 * edits, points of it removed and points added by clicking (coordinates rounded to 0.001). With edits the
 * set is CUSTOM; the edits are small enough to go into a link. The test split is fixed by the same seed.
 */
public class MlpData {

    /** The data sets the widget offers. */
    public enum Choice {
        XOR,
        CIRCLE,
        XOR_QUADRANTS,
        SPIRAL,
        GAUSSIAN,
        CUSTOM
    }

    public static final int GENERATED_POINTS = 200;
    public static final int MAX_POINTS = 300;
    static final long DATA_SEED = 1;
    private static final double[] XOR_WINDOW = {-0.5, 1.5, -0.5, 1.5};
    private static final double[] WIDE_WINDOW = {-6, 6, -6, 6};

    private Choice base = Choice.XOR;
    private List<Point> generated = List.of();
    private final SortedSet<Integer> removed = new TreeSet<>();
    private final List<Point> added = new ArrayList<>();
    private List<Point> points = List.of();

    MlpData() {
        generate(Choice.XOR, 0);
    }

    /** The generated set {@code c} with this noise, without edits; CUSTOM keeps the points as they are. */
    void generate(Choice c, double noise) {
        if (c == Choice.CUSTOM) {
            return;
        }
        base = c;
        removed.clear();
        added.clear();
        renoise(noise);
    }

    /** The generated points again with another noise; the edits stay. */
    void renoise(double noise) {
        Dataset d =
                switch (base) {
                    case XOR -> Datasets.xor(LabelStyle.ZERO_ONE);
                    case CIRCLE -> Datasets.circle(GENERATED_POINTS, noise, DATA_SEED);
                    case XOR_QUADRANTS -> Datasets.xorQuadrants(GENERATED_POINTS, noise, DATA_SEED);
                    case SPIRAL -> Datasets.spiral(GENERATED_POINTS, noise, DATA_SEED);
                    default -> Datasets.gaussianBlobs(GENERATED_POINTS, noise, DATA_SEED);
                };
        generated = d.points();
        removed.removeIf(i -> i >= generated.size());
        assemble();
    }

    /**
     * The generated set {@code base} with these edits (from a saved state): the message key of the first
     * problem, and nothing changes.
     */
    Optional<String> restore(Choice base, double noise, SortedSet<Integer> removedIndices, List<Point> addedPoints) {
        if (base == null || base == Choice.CUSTOM) {
            return Optional.of("mlp.error.dataset");
        }
        double[] w = window(base);
        int generatedSize = base == Choice.XOR ? 4 : GENERATED_POINTS;
        int size = generatedSize - removedIndices.size() + addedPoints.size();
        boolean bad = size < 4 || size > MAX_POINTS || !(noise >= 0 && noise <= 1);
        for (int i : removedIndices) {
            bad |= i < 0 || i >= generatedSize;
        }
        for (Point p : addedPoints) {
            bad |= !inside(w, p.x(), p.y()) || (p.label() != 0 && p.label() != 1);
        }
        if (bad) {
            return Optional.of("mlp.error.points");
        }
        this.base = base;
        removed.clear();
        removed.addAll(removedIndices);
        added.clear();
        added.addAll(addedPoints);
        renoise(noise);
        return Optional.empty();
    }

    Optional<String> toggle(double x, double y, boolean positive) {
        double[] window = window(base);
        if (!inside(window, x, y)) {
            return Optional.of("mlp.error.outside");
        }
        double near = 0.03 * (window[1] - window[0]);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (Math.hypot(p.x() - x, p.y() - y) <= near) {
                if (points.size() <= 4) {
                    return Optional.of("mlp.error.few-points");
                }
                int g = generated.indexOf(p);
                if (g >= 0 && !removed.contains(g)) {
                    removed.add(g);
                } else {
                    added.remove(p);
                }
                assemble();
                return Optional.empty();
            }
        }
        if (points.size() >= MAX_POINTS) {
            return Optional.of("mlp.error.too-many");
        }
        added.add(new Point(round(x), round(y), positive ? 1 : 0));
        assemble();
        return Optional.empty();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private void assemble() {
        List<Point> all = new ArrayList<>(generated.size() + added.size());
        for (int i = 0; i < generated.size(); i++) {
            if (!removed.contains(i)) {
                all.add(generated.get(i));
            }
        }
        all.addAll(added);
        points = List.copyOf(all);
    }

    private static boolean inside(double[] w, double x, double y) {
        return x >= w[0] && x <= w[1] && y >= w[2] && y <= w[3];
    }

    /** The generated set, or CUSTOM once points were added or removed. */
    public Choice choice() {
        return removed.isEmpty() && added.isEmpty() ? base : Choice.CUSTOM;
    }

    /** The generated set the points came from. */
    public Choice base() {
        return base;
    }

    /** Indices of the generated points the learner removed. */
    public SortedSet<Integer> removed() {
        return new TreeSet<>(removed);
    }

    /** The points the learner added. */
    public List<Point> added() {
        return List.copyOf(added);
    }

    public Dataset dataset() {
        return Dataset.of(points, LabelStyle.ZERO_ONE);
    }

    /** {xMin, xMax, yMin, yMax}. */
    public double[] window() {
        return window(base);
    }

    private static double[] window(Choice base) {
        return (base == Choice.XOR ? XOR_WINDOW : WIDE_WINDOW).clone();
    }

    /** The four XOR points are all needed for training: no test split there. */
    boolean allowsTestSplit() {
        return choice() != Choice.XOR && points.size() >= 10;
    }

    /** Training points after a test split of {@code testFraction}. */
    int trainSize(double testFraction) {
        int n = points.size();
        return allowsTestSplit() ? n - (int) Math.round(n * testFraction) : n;
    }

    /** Training and test sets (test null without a split), the split fixed by the data seed. */
    Dataset[] split(double testFraction) {
        Dataset all = dataset();
        if (allowsTestSplit() && testFraction > 0) {
            Dataset.Split s = all.split(testFraction, DATA_SEED);
            return new Dataset[] {s.train(), s.test()};
        }
        return new Dataset[] {all, null};
    }
}
