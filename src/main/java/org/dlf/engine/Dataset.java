package org.dlf.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** An immutable list of labelled 2-D points, with arrays ready for training. */
public final class Dataset {
    /** The most points a dataset may hold (user-supplied or generated). */
    public static final int MAX_POINTS = Limits.MAX_DATASET_SIZE;
    /** User coordinates must lie within ±this. */
    public static final double MAX_COORDINATE = 1e6;

    private final List<Point> points;
    private final LabelStyle labels;
    private final double[][] inputs;
    private final double[][] targets;

    private Dataset(List<Point> points, LabelStyle labels) {
        this.points = List.copyOf(points);
        this.labels = labels;
        this.inputs = new double[points.size()][];
        this.targets = new double[points.size()][];
        // one row per label value, shared by every point with that label (rows are read-only)
        double[] negative = {labels.negative()};
        double[] positive = {labels.positive()};
        for (int i = 0; i < inputs.length; i++) {
            Point p = points.get(i);
            inputs[i] = new double[] {p.x(), p.y()};
            targets[i] = p.label() == labels.positive()
                    ? positive
                    : p.label() == labels.negative() ? negative : new double[] {p.label()};
        }
    }

    /**
     * Validated points, e.g. the ones a user clicked: 1..{@value #MAX_POINTS} points, finite
     * coordinates within ±{@value #MAX_COORDINATE}, labels of the given style.
     */
    public static Dataset of(List<Point> points, LabelStyle labels) {
        if (points == null || points.isEmpty()) throw new IllegalArgumentException("a dataset needs at least 1 point");
        if (points.size() > MAX_POINTS) {
            throw new IllegalArgumentException(
                    "a dataset holds at most " + MAX_POINTS + " points (got " + points.size() + ")");
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p == null) throw new IllegalArgumentException("point " + i + " is null");
            if (!(Math.abs(p.x()) <= MAX_COORDINATE) || !(Math.abs(p.y()) <= MAX_COORDINATE)) {
                throw new IllegalArgumentException("point " + i + " has coordinates outside ±" + MAX_COORDINATE
                        + " or not finite: (" + p.x() + ", " + p.y() + ")");
            }
            if (!labels.isLabel(p.label())) {
                throw new IllegalArgumentException("point " + i + " has label " + p.label() + "; expected "
                        + labels.negative() + " or " + labels.positive());
            }
        }
        return new Dataset(points, labels);
    }

    public int size() {
        return points.size();
    }

    public Point point(int i) {
        return points.get(i);
    }

    public List<Point> points() {
        return points;
    }

    public LabelStyle labelStyle() {
        return labels;
    }

    /** Inputs as {x, y} rows; shared arrays, do not modify. */
    double[][] inputs() {
        return inputs;
    }

    /** Targets as {label} rows; shared arrays, do not modify. */
    double[][] targets() {
        return targets;
    }

    /** The same points relabelled in another style. */
    public Dataset withLabels(LabelStyle style) {
        List<Point> out = new ArrayList<>(points.size());
        for (Point p : points) out.add(new Point(p.x(), p.y(), style.label(p.label() == labels.positive())));
        return new Dataset(out, style);
    }

    /** The bounding box of the points (a single point gets a unit box around it). */
    public Range range() {
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        if (maxX == minX) {
            minX -= 0.5;
            maxX += 0.5;
        }
        if (maxY == minY) {
            minY -= 0.5;
            maxY += 0.5;
        }
        return new Range(minX, maxX, minY, maxY);
    }

    /** A seeded shuffle split; the test part gets round(size × testFraction) points. */
    public Split split(double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1) (got " + testFraction + ")");
        }
        List<Point> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new SplittableRandom(seed));
        int test = (int) Math.round(points.size() * testFraction);
        if (test == points.size()) test--;
        return new Split(
                new Dataset(shuffled.subList(test, shuffled.size()), labels),
                test == 0 ? null : new Dataset(shuffled.subList(0, test), labels));
    }

    /** Training and test parts; {@code test} is null when the test fraction rounds to 0. */
    public record Split(Dataset train, Dataset test) {}
}
