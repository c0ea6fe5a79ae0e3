package org.dlf.engine;

/** The line w0 + w1·x + w2·y = 0; the positive class lies where the left side is ≥ 0. */
public record DecisionLine(double w0, double w1, double w2) {

    /** No line: w1 = w2 = 0, every point gets the same class. */
    public boolean isDegenerate() {
        return w1 == 0 && w2 == 0;
    }

    /** Parallel to the y axis (w2 = 0). */
    public boolean isVertical() {
        return w2 == 0 && w1 != 0;
    }

    /** y on the line at x (NaN for a vertical or degenerate line). */
    public double yAt(double x) {
        return w2 == 0 ? Double.NaN : -(w0 + w1 * x) / w2;
    }

    /** x on the line at y (NaN for a horizontal or degenerate line). */
    public double xAt(double y) {
        return w1 == 0 ? Double.NaN : -(w0 + w2 * y) / w1;
    }

    /**
     * The part of the line inside {@code r} as {x1, y1, x2, y2}, or null if it misses the range
     * or is degenerate.
     */
    public double[] clip(Range r) {
        if (isDegenerate()) return null;
        double[] p = new double[4];
        int n = 0;
        double[][] candidates = {
            {r.minX(), yAt(r.minX())}, {r.maxX(), yAt(r.maxX())},
            {xAt(r.minY()), r.minY()}, {xAt(r.maxY()), r.maxY()}
        };
        for (double[] c : candidates) {
            if (n == 4) break;
            boolean inside = c[0] >= r.minX() && c[0] <= r.maxX() && c[1] >= r.minY() && c[1] <= r.maxY();
            if (inside && (n == 0 || c[0] != p[0] || c[1] != p[1])) {
                p[n++] = c[0];
                p[n++] = c[1];
            }
        }
        return n == 4 ? p : null;
    }
}
