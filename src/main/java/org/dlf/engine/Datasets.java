package org.dlf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The course's datasets. Generated sets are seeded (same seed, same points) and take a noise
 * level in [0, 1]; labels are 0/1 unless a {@link LabelStyle} is given ({@link Dataset#withLabels}).
 */
public final class Datasets {
    private Datasets() {}

    public static Dataset and(LabelStyle s) {
        return truthTable(s, false, false, false, true);
    }

    public static Dataset or(LabelStyle s) {
        return truthTable(s, false, true, true, true);
    }

    public static Dataset nand(LabelStyle s) {
        return truthTable(s, true, true, true, false);
    }

    public static Dataset xor(LabelStyle s) {
        return truthTable(s, false, true, true, false);
    }

    /** Rows (0,0), (0,1), (1,0), (1,1) with the given outputs. */
    private static Dataset truthTable(LabelStyle s, boolean o00, boolean o01, boolean o10, boolean o11) {
        return Dataset.of(
                List.of(
                        new Point(0, 0, s.label(o00)),
                        new Point(0, 1, s.label(o01)),
                        new Point(1, 0, s.label(o10)),
                        new Point(1, 1, s.label(o11))),
                s);
    }

    /**
     * Two gaussian blobs around (2, 2) (label 1) and (−2, −2) (label 0), standard deviation
     * 0.5 + noise. Points on the wrong side of the band |x + y| < 0.5 are redrawn, so the set is
     * always linearly separable.
     */
    public static Dataset gaussianBlobs(int n, double noise, long seed) {
        RandomGenerator rng = rng(n, noise, seed);
        double sd = 0.5 + noise;
        List<Point> pts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean positive = i % 2 == 0;
            double c = positive ? 2 : -2, x, y;
            do {
                x = c + sd * rng.nextGaussian();
                y = c + sd * rng.nextGaussian();
            } while (positive ? x + y < 0.5 : x + y > -0.5);
            pts.add(new Point(x, y, positive ? 1 : 0));
        }
        return Dataset.of(pts, LabelStyle.ZERO_ONE);
    }

    /** Inside radius 2.5 is label 1, the ring 3.5..5 is label 0 (as in the Playground). */
    public static Dataset circle(int n, double noise, long seed) {
        RandomGenerator rng = rng(n, noise, seed);
        List<Point> pts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean inside = i % 2 == 0;
            double r = inside ? rng.nextDouble(0, 2.5) : rng.nextDouble(3.5, 5.0);
            double a = rng.nextDouble(0, 2 * Math.PI);
            double x = r * Math.sin(a) + rng.nextDouble(-5, 5) * noise;
            double y = r * Math.cos(a) + rng.nextDouble(-5, 5) * noise;
            pts.add(new Point(x, y, inside ? 1 : 0));
        }
        return Dataset.of(pts, LabelStyle.ZERO_ONE);
    }

    /** Uniform points in [−5, 5]², kept 0.3 away from the axes; label 1 where x·y ≥ 0. */
    public static Dataset xorQuadrants(int n, double noise, long seed) {
        RandomGenerator rng = rng(n, noise, seed);
        List<Point> pts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = rng.nextDouble(-5, 5), y = rng.nextDouble(-5, 5);
            x += x > 0 ? 0.3 : -0.3;
            y += y > 0 ? 0.3 : -0.3;
            boolean positive = x * y >= 0;
            x += rng.nextDouble(-5, 5) * noise;
            y += rng.nextDouble(-5, 5) * noise;
            pts.add(new Point(x, y, positive ? 1 : 0));
        }
        return Dataset.of(pts, LabelStyle.ZERO_ONE);
    }

    /** Two interleaved spirals of radius 5 (the Playground's), n/2 points each. */
    public static Dataset spiral(int n, double noise, long seed) {
        RandomGenerator rng = rng(n, noise, seed);
        List<Point> pts = new ArrayList<>(n);
        int half = n / 2;
        for (int c = 0; c < 2; c++) {
            int count = c == 0 ? n - half : half;
            double shift = c == 0 ? 0 : Math.PI;
            for (int i = 0; i < count; i++) {
                double r = (double) i / count * 5;
                double t = 1.75 * i / count * 2 * Math.PI + shift;
                double x = r * Math.sin(t) + rng.nextDouble(-1, 1) * noise;
                double y = r * Math.cos(t) + rng.nextDouble(-1, 1) * noise;
                pts.add(new Point(x, y, c == 0 ? 1 : 0));
            }
        }
        return Dataset.of(pts, LabelStyle.ZERO_ONE);
    }

    private static RandomGenerator rng(int n, double noise, long seed) {
        if (n < 1 || n > Limits.MAX_DATASET_SIZE) {
            throw new IllegalArgumentException(
                    "dataset size must be between 1 and " + Limits.MAX_DATASET_SIZE + " (got " + n + ")");
        }
        if (!(noise >= 0 && noise <= 1))
            throw new IllegalArgumentException("noise must be between 0 and 1 (got " + noise + ")");
        return new SplittableRandom(seed);
    }
}
