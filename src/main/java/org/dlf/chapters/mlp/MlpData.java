package org.dlf.chapters.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlf.engine.Dataset;
import org.dlf.engine.Datasets;
import org.dlf.engine.LabelStyle;
import org.dlf.engine.Point;

/** The MLP trainer's points (labels 0/1) and their fixed window; clicks add or remove points (CUSTOM). */
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
    private static final double[] XOR_WINDOW = {-0.5, 1.5, -0.5, 1.5};
    private static final double[] WIDE_WINDOW = {-6, 6, -6, 6};

    private Choice choice = Choice.XOR;
    private final List<Point> points = new ArrayList<>();
    private double[] window = XOR_WINDOW;

    MlpData() {
        generate(Choice.XOR, 0, 1);
    }

    void generate(Choice c, double noise, long seed) {
        if (c == Choice.CUSTOM) {
            choice = c;
            return;
        }
        Dataset d =
                switch (c) {
                    case XOR -> Datasets.xor(LabelStyle.ZERO_ONE);
                    case CIRCLE -> Datasets.circle(GENERATED_POINTS, noise, seed);
                    case XOR_QUADRANTS -> Datasets.xorQuadrants(GENERATED_POINTS, noise, seed);
                    case SPIRAL -> Datasets.spiral(GENERATED_POINTS, noise, seed);
                    default -> Datasets.gaussianBlobs(GENERATED_POINTS, noise, seed);
                };
        choice = c;
        points.clear();
        points.addAll(d.points());
        window = c == Choice.XOR ? XOR_WINDOW : WIDE_WINDOW;
    }

    Optional<String> toggle(double x, double y, boolean positive) {
        if (!(x >= window[0] && x <= window[1] && y >= window[2] && y <= window[3])) {
            return Optional.of("mlp.error.outside");
        }
        double near = 0.03 * (window[1] - window[0]);
        for (int i = 0; i < points.size(); i++) {
            if (Math.hypot(points.get(i).x() - x, points.get(i).y() - y) <= near) {
                if (points.size() <= 4) {
                    return Optional.of("mlp.error.few-points");
                }
                points.remove(i);
                choice = Choice.CUSTOM;
                return Optional.empty();
            }
        }
        if (points.size() >= MAX_POINTS) {
            return Optional.of("mlp.error.too-many");
        }
        points.add(new Point(x, y, positive ? 1 : 0));
        choice = Choice.CUSTOM;
        return Optional.empty();
    }

    public Choice choice() {
        return choice;
    }

    public Dataset dataset() {
        return Dataset.of(points, LabelStyle.ZERO_ONE);
    }

    /** {xMin, xMax, yMin, yMax}. */
    public double[] window() {
        return window.clone();
    }

    /** The four XOR points are all needed for training: no test split there. */
    boolean allowsTestSplit() {
        return choice != Choice.XOR && points.size() >= 10;
    }
}
