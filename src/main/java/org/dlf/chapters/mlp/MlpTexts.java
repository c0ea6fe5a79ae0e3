package org.dlf.chapters.mlp;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dlf.base.ui.component.Numbers;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Dataset;
import org.dlf.engine.EpochResult;
import org.dlf.engine.Point;
import org.dlf.training.StopReason;

/**
 * The MLP trainer's sentences (status, a neuron, why a run stopped, invalid settings) and point arrays for the
 * chart.
 */
final class MlpTexts {

    /** getTranslation, passed in so these stay plain functions. */
    @FunctionalInterface
    interface Translator {
        String t(String key, Object... args);
    }

    private MlpTexts() {}

    static String status(Translator tr, MlpTrainerModel.Frame f) {
        EpochResult r = f.last();
        String train =
                tr.t("mlp.status", f.epoch(), Numbers.format(r.loss(), 4), Numbers.format(r.accuracy() * 100, 1));
        return r.hasTest()
                ? train + " "
                        + tr.t(
                                "mlp.status-test",
                                Numbers.format(r.testLoss(), 4),
                                Numbers.format(r.testAccuracy() * 100, 1))
                : train;
    }

    static String neuron(Translator tr, NeuronInfo n, boolean output) {
        String weights = java.util.stream.IntStream.range(0, n.weights().length)
                .mapToObj(i -> Numbers.format(n.weights()[i], 3))
                .collect(Collectors.joining(", "));
        return tr.t(
                output ? "mlp.neuron-output" : "mlp.neuron",
                n.layer() + 1,
                n.neuron() + 1,
                Numbers.format(n.bias(), 3),
                weights,
                Numbers.format(n.minOutput(), 3),
                Numbers.format(n.maxOutput(), 3));
    }

    /**
     * Why a run stopped, for the message line: divergence (the epoch and the epoch the weights were restored
     * to), a spent epoch budget, or the server's reason; empty when the learner paused it or nothing needs
     * saying.
     */
    static String stopped(Translator tr, MlpTrainerModel.Frame f, StopReason reason, boolean budgetSpent, int budget) {
        if (f.divergence() != null) {
            return tr.t("mlp.diverged", f.divergence().epoch(), f.divergence().restoredToEpoch());
        }
        if (reason == StopReason.FINISHED) {
            return budgetSpent ? tr.t("mlp.stop.budget", budget) : "";
        }
        return reason == StopReason.CANCELLED
                ? ""
                : tr.t("mlp.stop." + reason.name().toLowerCase(Locale.ROOT));
    }

    static String violations(Translator tr, List<ConfigViolation> violations) {
        return violations.stream()
                .map(v -> {
                    String field = tr.t("mlp.field." + v.field());
                    Object[] a = v.args();
                    return switch (v.key()) {
                        case "config.range" -> tr.t("mlp.violation.range", field, fmt(a[0]), fmt(a[1]));
                        case "config.batchSize.exceedsDataset" -> tr.t("mlp.violation.batch", fmt(a[1]));
                        case "config.cost.tooHigh" -> tr.t("mlp.violation.cost", fmt(a[0]), fmt(a[1]));
                        case "config.activation.notDifferentiable" -> tr.t("mlp.violation.activation", field);
                        case "assignment.locked" -> tr.t("mlp.violation.locked", field);
                        default -> tr.t("mlp.violation.required");
                    };
                })
                .collect(Collectors.joining(" "));
    }

    private static String fmt(Object o) {
        return o instanceof Number n
                ? Numbers.significant(n.doubleValue(), 6)
                : String.valueOf(o).toLowerCase(Locale.ROOT);
    }

    /** {xs, ys} of one class's points; empty arrays for a missing set. */
    static double[][] coordinates(Dataset d, boolean positive) {
        if (d == null) {
            return new double[2][0];
        }
        List<Point> chosen =
                d.points().stream().filter(p -> (p.label() > 0.5) == positive).toList();
        double[][] xy = new double[2][chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            xy[0][i] = chosen.get(i).x();
            xy[1][i] = chosen.get(i).y();
        }
        return xy;
    }
}
