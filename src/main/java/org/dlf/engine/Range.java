package org.dlf.engine;

/** An axis-aligned rectangle of the plane. */
public record Range(double minX, double maxX, double minY, double maxY) {
    public Range {
        if (!(minX < maxX) || !(minY < maxY) || !Double.isFinite(maxX - minX) || !Double.isFinite(maxY - minY)) {
            throw new IllegalArgumentException(
                    "empty or infinite range: x [" + minX + ", " + maxX + "], y [" + minY + ", " + maxY + "]");
        }
    }

    /** The same range grown by {@code fraction} of its width and height on every side. */
    public Range padded(double fraction) {
        double dx = (maxX - minX) * fraction, dy = (maxY - minY) * fraction;
        return new Range(minX - dx, maxX + dx, minY - dy, maxY + dy);
    }
}
