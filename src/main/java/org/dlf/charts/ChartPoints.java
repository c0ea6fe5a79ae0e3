package org.dlf.charts;

import java.util.ArrayList;
import java.util.List;
import software.xdev.chartjs.model.datapoint.ScatterDataPoint;

/** (x, y) arrays as chartjs-java-model points; a non-finite y becomes a gap, a non-finite x is dropped. */
final class ChartPoints {

    private ChartPoints() {}

    static List<ScatterDataPoint> of(double[] xs, double[] ys) {
        List<ScatterDataPoint> points = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i])) {
                points.add(new ScatterDataPoint(xs[i], Double.isFinite(ys[i]) ? ys[i] : null));
            }
        }
        return points;
    }
}
