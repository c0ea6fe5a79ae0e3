package org.dlf.chapters.descent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contour lines of a function sampled on a square lattice (marching squares). Each level gives polylines:
 * the crossings of the level on the lattice's edges (linearly interpolated), joined where two cells share
 * an edge. The lines of all levels come as one list of x and one of y coordinates with NaN between two
 * lines, ready for one chart line that breaks at the gaps.
 */
final class Contours {

    /** All lines, a gap (y = NaN) between two. */
    record Lines(double[] xs, double[] ys) {}

    private Contours() {}

    /**
     * The contours of {@code values[row * size + col]} sampled at x = x0 + col·dx, y = y0 + row·dy, at each
     * of {@code levels}. Non-finite samples are treated as higher than every level.
     */
    static Lines of(double[] values, int size, double x0, double y0, double dx, double dy, double[] levels) {
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (double level : levels) {
            for (List<double[]> line : lines(values, size, level)) {
                if (!xs.isEmpty()) {
                    xs.add(xs.get(xs.size() - 1)); // a gap: a point without a y breaks the line
                    ys.add(Double.NaN);
                }
                for (double[] p : line) {
                    xs.add(x0 + p[0] * dx);
                    ys.add(y0 + p[1] * dy);
                }
            }
        }
        return new Lines(unbox(xs), unbox(ys));
    }

    /** The level's polylines in lattice coordinates (column, row). */
    static List<List<double[]>> lines(double[] values, int size, double level) {
        // every segment joins two edge crossings; an edge is named by its lower-left lattice point and direction
        Map<Long, List<Long>> neighbours = new HashMap<>();
        Map<Long, double[]> points = new HashMap<>();
        for (int row = 0; row + 1 < size; row++) {
            for (int col = 0; col + 1 < size; col++) {
                List<Long> crossings = new ArrayList<>(4);
                // bottom, right, top, left edges of the cell, in order round it
                cross(values, size, level, col, row, col + 1, row, crossings, points);
                cross(values, size, level, col + 1, row, col + 1, row + 1, crossings, points);
                cross(values, size, level, col, row + 1, col + 1, row + 1, crossings, points);
                cross(values, size, level, col, row, col, row + 1, crossings, points);
                if (crossings.size() == 2) {
                    link(neighbours, crossings.get(0), crossings.get(1));
                } else if (crossings.size() == 4) {
                    // a saddle cell: pair the crossings by the value at the centre
                    double centre = (at(values, size, col, row)
                                    + at(values, size, col + 1, row)
                                    + at(values, size, col + 1, row + 1)
                                    + at(values, size, col, row + 1))
                            / 4;
                    boolean lowerLeftBelow = at(values, size, col, row) < level;
                    boolean joinAroundLowerLeft = (centre < level) != lowerLeftBelow;
                    if (joinAroundLowerLeft) {
                        link(neighbours, crossings.get(0), crossings.get(3));
                        link(neighbours, crossings.get(1), crossings.get(2));
                    } else {
                        link(neighbours, crossings.get(0), crossings.get(1));
                        link(neighbours, crossings.get(2), crossings.get(3));
                    }
                }
            }
        }
        return chain(neighbours, points);
    }

    private static double at(double[] values, int size, int col, int row) {
        double v = values[row * size + col];
        return Double.isFinite(v) ? v : Double.MAX_VALUE;
    }

    /** Adds the crossing of the edge (c1, r1)–(c2, r2) with the level, if the level lies between its ends. */
    private static void cross(
            double[] values,
            int size,
            double level,
            int c1,
            int r1,
            int c2,
            int r2,
            List<Long> crossings,
            Map<Long, double[]> points) {
        double a = at(values, size, c1, r1), b = at(values, size, c2, r2);
        if ((a < level) == (b < level)) {
            return;
        }
        long key = ((long) (r1 * size + c1) << 1) | (c1 == c2 ? 1 : 0);
        points.computeIfAbsent(key, k -> {
            double f = (level - a) / (b - a);
            return new double[] {c1 + f * (c2 - c1), r1 + f * (r2 - r1)};
        });
        crossings.add(key);
    }

    private static void link(Map<Long, List<Long>> neighbours, long a, long b) {
        neighbours.computeIfAbsent(a, k -> new ArrayList<>(2)).add(b);
        neighbours.computeIfAbsent(b, k -> new ArrayList<>(2)).add(a);
    }

    /** Walks the segments into polylines: open ones from an end, then the closed loops left over. */
    private static List<List<double[]>> chain(Map<Long, List<Long>> neighbours, Map<Long, double[]> points) {
        List<List<double[]>> lines = new ArrayList<>();
        java.util.Set<Long> visited = new java.util.HashSet<>();
        List<Long> starts = new ArrayList<>();
        neighbours.forEach((k, v) -> {
            if (v.size() == 1) starts.add(k);
        });
        starts.sort(null);
        List<Long> rest = new ArrayList<>(neighbours.keySet());
        rest.sort(null);
        starts.addAll(rest);
        for (long start : starts) {
            if (visited.contains(start)) {
                continue;
            }
            List<double[]> line = new ArrayList<>();
            long previous = Long.MIN_VALUE, at = start;
            while (true) {
                visited.add(at);
                line.add(points.get(at));
                Long next = null;
                for (long n : neighbours.get(at)) {
                    if (n != previous && !visited.contains(n)) {
                        next = n;
                        break;
                    }
                }
                if (next == null) {
                    // a closed loop ends where it began
                    if (neighbours.get(at).contains(start) && line.size() > 2) {
                        line.add(points.get(start));
                    }
                    break;
                }
                previous = at;
                at = next;
            }
            lines.add(line);
        }
        return lines;
    }

    private static double[] unbox(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }
}
