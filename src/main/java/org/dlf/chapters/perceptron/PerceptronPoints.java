package org.dlf.chapters.perceptron;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlf.engine.Dataset;
import org.dlf.engine.Datasets;
import org.dlf.engine.LabelStyle;
import org.dlf.engine.Point;

/**
 * The perceptron trainer's points (labels ±1, as in the chapter) and the fixed window they are drawn in.
 * A click adds a point of the chosen class (at 0.001 precision), or removes the point under it; then the set
 * is CUSTOM. The points are always the chosen set's points that were not removed, in their order, then the
 * added ones in the order they were added ({@link #edits()}): that is all a link needs to give them back.
 */
public class PerceptronPoints {

    /** The data sets the widget offers. */
    public enum Choice {
        AND,
        OR,
        NAND,
        XOR,
        BLOBS,
        CUSTOM
    }

    /** A data set and what clicks changed in it: the chosen set's removed points (by index) and added points. */
    public record Edits(Choice base, List<Integer> removed, List<Point> added) {}

    public static final int MAX_POINTS = 100;
    /** Clicked points are kept to this precision, so that a link gives back exactly the same points. */
    static final double PRECISION = 1000;

    static final int BLOB_POINTS = 30;
    private static final double[] LOGIC_WINDOW = {-0.5, 1.5, -0.5, 1.5};
    private static final double[] BLOB_WINDOW = {-5, 5, -5, 5};

    private Choice choice = Choice.OR;
    private Choice base = Choice.OR;
    private final List<Point> points = new ArrayList<>();
    /** The index in the chosen set of each point, or -1 for a clicked one. */
    private final List<Integer> origin = new ArrayList<>();

    private double[] window = LOGIC_WINDOW;

    PerceptronPoints() {
        choose(Choice.OR);
    }

    Optional<String> choose(Choice c) {
        if (c == null) {
            return Optional.of("perceptron.error.dataset");
        }
        if (c == Choice.CUSTOM) {
            choice = Choice.CUSTOM;
            return Optional.empty();
        }
        choice = c;
        base = c;
        points.clear();
        points.addAll(pointsOf(c));
        origin.clear();
        for (int i = 0; i < points.size(); i++) {
            origin.add(i);
        }
        window = c == Choice.BLOBS ? BLOB_WINDOW : LOGIC_WINDOW;
        return Optional.empty();
    }

    /** The chosen set and the clicks' changes to it. */
    public Edits edits() {
        List<Integer> kept = origin.stream().filter(i -> i >= 0).toList();
        List<Integer> removed = new ArrayList<>();
        for (int i = 0, n = pointsOf(base).size(); i < n; i++) {
            if (!kept.contains(i)) {
                removed.add(i);
            }
        }
        List<Point> added = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (origin.get(i) < 0) {
                added.add(points.get(i));
            }
        }
        return new Edits(base, removed, added);
    }

    /**
     * Chooses {@code edits.base()}, removes its points {@code edits.removed()} and adds {@code edits.added()},
     * all or nothing: a message key if an index is not one of the set's, a point lies outside the window,
     * is not at the clicks' precision, or the result would be empty or hold more than {@value #MAX_POINTS}.
     */
    Optional<String> edit(Edits edits) {
        if (edits.base() == null || edits.base() == Choice.CUSTOM) {
            return Optional.of("perceptron.error.dataset");
        }
        int size = pointsOf(edits.base()).size();
        java.util.Set<Integer> removed = new java.util.TreeSet<>(edits.removed());
        if (removed.size() != edits.removed().size() || removed.stream().anyMatch(i -> i < 0 || i >= size)) {
            return Optional.of("perceptron.error.points");
        }
        int total = size - removed.size() + edits.added().size();
        if (total > MAX_POINTS) {
            return Optional.of("perceptron.error.too-many");
        }
        if (total < 1) {
            return Optional.of("perceptron.error.last-point");
        }
        double[] w = edits.base() == Choice.BLOBS ? BLOB_WINDOW : LOGIC_WINDOW;
        for (Point p : edits.added()) {
            if (!inside(w, p.x(), p.y())
                    || p.x() != round(p.x())
                    || p.y() != round(p.y())
                    || Math.abs(p.label()) != 1) {
                return Optional.of("perceptron.error.points");
            }
        }
        choose(edits.base());
        for (int i = points.size() - 1; i >= 0; i--) {
            if (removed.contains(origin.get(i))) {
                points.remove(i);
                origin.remove(i);
            }
        }
        for (Point p : edits.added()) {
            points.add(p);
            origin.add(-1);
        }
        choice = removed.isEmpty() && edits.added().isEmpty() ? base : Choice.CUSTOM;
        return Optional.empty();
    }

    /** The points of a data set the widget offers (CUSTOM has none of its own). */
    private static List<Point> pointsOf(Choice c) {
        return switch (c) {
            case AND -> Datasets.and(LabelStyle.PLUS_MINUS_ONE).points();
            case OR -> Datasets.or(LabelStyle.PLUS_MINUS_ONE).points();
            case NAND -> Datasets.nand(LabelStyle.PLUS_MINUS_ONE).points();
            case XOR -> Datasets.xor(LabelStyle.PLUS_MINUS_ONE).points();
            case BLOBS ->
                Datasets.gaussianBlobs(BLOB_POINTS, 0, 7)
                        .withLabels(LabelStyle.PLUS_MINUS_ONE)
                        .points();
            case CUSTOM -> List.of();
        };
    }

    static double round(double v) {
        return Math.round(v * PRECISION) / PRECISION;
    }

    private static boolean inside(double[] w, double x, double y) {
        return x >= w[0] && x <= w[1] && y >= w[2] && y <= w[3];
    }

    Optional<String> toggle(double clickX, double clickY, boolean positive) {
        if (!inside(window, clickX, clickY)) {
            return Optional.of("perceptron.error.outside");
        }
        double x = round(clickX);
        double y = round(clickY);
        double near = 0.03 * (window[1] - window[0]);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (Math.hypot(p.x() - x, p.y() - y) <= near) {
                if (points.size() == 1) {
                    return Optional.of("perceptron.error.last-point");
                }
                points.remove(i);
                origin.remove(i);
                choice = Choice.CUSTOM;
                return Optional.empty();
            }
        }
        if (points.size() >= MAX_POINTS) {
            return Optional.of("perceptron.error.too-many");
        }
        points.add(new Point(x, y, positive ? 1 : -1));
        origin.add(-1);
        choice = Choice.CUSTOM;
        return Optional.empty();
    }

    public Choice choice() {
        return choice;
    }

    public Dataset dataset() {
        return Dataset.of(points, LabelStyle.PLUS_MINUS_ONE);
    }

    /** {xMin, xMax, yMin, yMax}. */
    public double[] window() {
        return window.clone();
    }

    /** Whether the current set is known to be linearly separable; empty for a custom set. */
    public Optional<Boolean> separable() {
        return switch (choice) {
            case XOR -> Optional.of(false);
            case CUSTOM -> Optional.empty();
            default -> Optional.of(true);
        };
    }

    /** {xs, ys} of the points of one class. */
    public double[][] coordinates(boolean positive) {
        List<Point> chosen =
                points.stream().filter(p -> (p.label() > 0) == positive).toList();
        double[][] xy = new double[2][chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            xy[0][i] = chosen.get(i).x();
            xy[1][i] = chosen.get(i).y();
        }
        return xy;
    }
}
