package org.dlf.chapters.mlp;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dlf.base.ui.component.Numbers;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Dataset;
import org.dlf.engine.EpochResult;
import org.dlf.engine.LearningRateWatch;
import org.dlf.engine.Point;
import org.dlf.training.LiveTraining;

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
                ? tr.t(
                        "mlp.sentences",
                        train,
                        tr.t(
                                "mlp.status-test",
                                Numbers.format(r.testLoss(), 4),
                                Numbers.format(r.testAccuracy() * 100, 1)))
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
     * to), a sign of a too-high learning rate, a spent epoch budget, or the server's reason; empty when nothing
     * needs saying (a step, a pause).
     */
    static String stopped(Translator tr, MlpTrainerModel.Frame f, LiveTraining.End end, boolean step, double eta) {
        if (f.divergence() != null) {
            return tr.t("mlp.diverged", f.divergence().epoch(), f.divergence().restoredToEpoch());
        }
        if (f.alarm() != null) {
            return alarm(tr, f.alarm(), eta);
        }
        return switch (end.reason()) {
            case FINISHED -> end.limitReached() && !step ? tr.t("mlp.stop.budget", end.units()) : "";
            case CANCELLED -> "";
            default -> tr.t("mlp.stop." + end.reason().name().toLowerCase(Locale.ROOT));
        };
    }

    /** What the learning-rate watch saw, the last losses, and what to try. */
    static String alarm(Translator tr, LearningRateWatch.Finding a, double eta) {
        String seen =
                switch (a.sign()) {
                    case RISING -> tr.t("mlp.alarm.rising", a.epoch(), LearningRateWatch.RISES);
                    case OSCILLATING -> tr.t("mlp.alarm.oscillating", a.epoch());
                    case ABOVE_START -> tr.t("mlp.alarm.above-start", a.epoch(), Numbers.significant(a.startLoss(), 3));
                    case SATURATED ->
                        tr.t("mlp.alarm.saturated", a.epoch(), Numbers.format(a.saturatedShare() * 100, 0));
                };
        String losses = java.util.Arrays.stream(a.losses())
                .mapToObj(v -> Numbers.significant(v, 3))
                .collect(Collectors.joining(" → "));
        String advice = tr.t("mlp.alarm.advice", Numbers.significant(eta, 3), Numbers.significant(eta / 10, 3));
        return tr.t("mlp.sentences", tr.t("mlp.sentences", seen, tr.t("mlp.alarm.evidence", losses)), advice);
    }

    /** What a recommendation set and what it promises. */
    static String recommended(Translator tr, MlpData.Choice dataset, MlpSettings s, MlpRecommendation r) {
        return tr.t(
                dataset == MlpData.Choice.XOR ? "mlp.recommended.xor" : "mlp.recommended",
                tr.t("mlp.dataset." + dataset.name().toLowerCase(Locale.ROOT)),
                s.hiddenLayers(),
                s.neuronsPerLayer(),
                tr.t("mlp.activation." + s.activation().name().toLowerCase(Locale.ROOT)),
                Numbers.significant(s.learningRate(), 3),
                s.batchSize(),
                r.epochs());
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
                        case "mlp.error.points", "mlp.error.dataset" -> tr.t(v.key());
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
