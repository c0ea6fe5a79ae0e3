package org.dlf.charts;

import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.logarithmic.LogarithmicScaleOptions;

/** Axis defaults shared by the chart kinds. */
final class Axes {

    private Axes() {}

    static LinearScaleOptions linear(String title, double min, double max) {
        LinearScaleOptions axis = new LinearScaleOptions().setMin(min).setMax(max);
        return axis.setTitle(title(title));
    }

    static LinearScaleOptions linear(String title) {
        return new LinearScaleOptions().setTitle(title(title));
    }

    static LogarithmicScaleOptions logarithmic(String title) {
        return new LogarithmicScaleOptions().setTitle(title(title));
    }

    static Scales xy(Object x, Object y) {
        return new Scales().addScale(Scales.ScaleAxis.X, (LinearScaleOptions) x).addScale(Scales.ScaleAxis.Y, cast(y));
    }

    @SuppressWarnings("unchecked")
    private static <T extends software.xdev.chartjs.model.options.scale.AbstractCoreScaleOptions<?, ?>> T cast(
            Object o) {
        return (T) o;
    }

    private static AbstractCartesianScaleOptions.Title title(String text) {
        return new AbstractCartesianScaleOptions.Title()
                .setDisplay(!text.isEmpty())
                .setText(text);
    }
}
