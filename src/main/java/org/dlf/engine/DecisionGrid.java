package org.dlf.engine;

/**
 * A model's output sampled on a G×G grid over a range, for a decision-boundary heatmap. The
 * value buffer is allocated once and refilled by {@link #sample}; no per-cell allocation.
 * Cell (col, row) is at x = minX + col·(maxX − minX)/(G − 1) and y = maxY − row·(maxY − minY)/(G − 1)
 * (row 0 at the top, as on screen); its value is at {@code values()[row * G + col]}.
 */
public final class DecisionGrid {
    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 200;

    private final int size;
    private final double[] values;
    private Range range;

    public DecisionGrid(int size, Range range) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "grid size must be between " + MIN_SIZE + " and " + MAX_SIZE + " (got " + size + ")");
        }
        this.size = size;
        this.values = new double[size * size];
        this.range = java.util.Objects.requireNonNull(range, "range");
    }

    /** A grid over the dataset's range, padded by 10%. */
    public static DecisionGrid over(Dataset data, int size) {
        return new DecisionGrid(size, data.range().padded(0.1));
    }

    public int size() {
        return size;
    }

    public Range range() {
        return range;
    }

    public void setRange(Range range) {
        this.range = java.util.Objects.requireNonNull(range, "range");
    }

    /** Fills the grid with {@code surface}'s values; returns this. */
    public DecisionGrid sample(Surface surface) {
        double x0 = range.minX(), y0 = range.maxY();
        double dx = (range.maxX() - x0) / (size - 1), dy = (y0 - range.minY()) / (size - 1);
        for (int row = 0, k = 0; row < size; row++) {
            double y = y0 - row * dy;
            for (int col = 0; col < size; col++, k++) values[k] = surface.valueAt(x0 + col * dx, y);
        }
        return this;
    }

    public double xAt(int col) {
        return range.minX() + col * (range.maxX() - range.minX()) / (size - 1);
    }

    public double yAt(int row) {
        return range.maxY() - row * (range.maxY() - range.minY()) / (size - 1);
    }

    public double value(int col, int row) {
        return values[row * size + col];
    }

    /** The live buffer (row-major, row 0 on top); overwritten by the next {@link #sample}. */
    public double[] values() {
        return values;
    }
}
