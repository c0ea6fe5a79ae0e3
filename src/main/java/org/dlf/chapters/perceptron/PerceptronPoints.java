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
 * A click adds a point of the chosen class, or removes the point under it; then the set is CUSTOM.
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

    public static final int MAX_POINTS = 100;
    static final int BLOB_POINTS = 30;
    private static final double[] LOGIC_WINDOW = {-0.5, 1.5, -0.5, 1.5};
    private static final double[] BLOB_WINDOW = {-5, 5, -5, 5};

    private Choice choice = Choice.OR;
    private final List<Point> points = new ArrayList<>();
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
        Dataset d =
                switch (c) {
                    case AND -> Datasets.and(LabelStyle.PLUS_MINUS_ONE);
                    case OR -> Datasets.or(LabelStyle.PLUS_MINUS_ONE);
                    case NAND -> Datasets.nand(LabelStyle.PLUS_MINUS_ONE);
                    case XOR -> Datasets.xor(LabelStyle.PLUS_MINUS_ONE);
                    default -> Datasets.gaussianBlobs(BLOB_POINTS, 0, 7).withLabels(LabelStyle.PLUS_MINUS_ONE);
                };
        choice = c;
        points.clear();
        points.addAll(d.points());
        window = c == Choice.BLOBS ? BLOB_WINDOW : LOGIC_WINDOW;
        return Optional.empty();
    }

    Optional<String> toggle(double x, double y, boolean positive) {
        if (!(x >= window[0] && x <= window[1] && y >= window[2] && y <= window[3])) {
            return Optional.of("perceptron.error.outside");
        }
        double near = 0.03 * (window[1] - window[0]);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (Math.hypot(p.x() - x, p.y() - y) <= near) {
                if (points.size() == 1) {
                    return Optional.of("perceptron.error.last-point");
                }
                points.remove(i);
                choice = Choice.CUSTOM;
                return Optional.empty();
            }
        }
        if (points.size() >= MAX_POINTS) {
            return Optional.of("perceptron.error.too-many");
        }
        points.add(new Point(x, y, positive ? 1 : -1));
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
