package org.dlf.chapters.perceptron;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.chapters.perceptron.PerceptronPoints.Choice;
import org.dlf.chapters.perceptron.PerceptronPoints.Edits;
import org.dlf.chapters.share.StateCodec;
import org.dlf.chapters.share.StateFields;
import org.dlf.chapters.share.UrlText;
import org.dlf.engine.Point;
import org.dlf.training.TrainingSpeed;

/**
 * The perceptron trainer's settings in a link, each checked by the model as its control is: the data set
 * {@code data} with the points clicks removed ({@code drop}: indices, {@code 0~3}) and added ({@code add}:
 * {@code x_y_label} joined by {@code ~}, at the clicks' 0.001 precision), {@code lr}, {@code start}
 * ({@code zero}/{@code random}), {@code seed}, the stopping rules {@code err} and {@code dw} (ε or {@code off}),
 * {@code k} and {@code max}, all through the one validated {@link PerceptronSettings}, and Play's {@code speed}
 * ({@code slow}, {@code normal}, {@code fast}, {@code fastest}). Same settings, same seed: the same run, bit for bit.
 */
final class PerceptronState {

    static final StateCodec<PerceptronTrainerModel> CODEC = StateFields.<PerceptronTrainerModel>of()
            .args(
                    PerceptronSettings.MIN_LEARNING_RATE,
                    PerceptronSettings.MAX_LEARNING_RATE,
                    PerceptronSettings.MAX_SEED,
                    PerceptronSettings.MAX_CONSECUTIVE,
                    PerceptronSettings.MAX_EPOCHS,
                    PerceptronPoints.MAX_POINTS)
            .group(
                    List.of("data", "drop", "add"),
                    "perceptron.dataset",
                    PerceptronState::points,
                    PerceptronState::setPoints)
            .number("lr", "perceptron.learning-rate", m -> m.settings().learningRate(), (m, v) -> m.setLearningRate(v))
            .text(
                    "start",
                    "perceptron.start",
                    m -> m.settings().randomStart() ? "random" : "zero",
                    (m, v) -> v.equals("random") || v.equals("zero")
                            ? m.setStart(v.equals("random"), m.settings().seed())
                            : Optional.of("share.error.value"))
            .integer(
                    "seed",
                    "perceptron.seed",
                    m -> m.settings().seed(),
                    (m, v) -> m.setStart(m.settings().randomStart(), v))
            .text(
                    "err",
                    "perceptron.rule.error-epsilon",
                    m -> epsilon(m.settings().errorEpsilon()),
                    (m, v) -> epsilon(v)
                            .map(e -> m.setStopping(
                                    e,
                                    m.settings().weightEpsilon(),
                                    m.settings().consecutive(),
                                    m.settings().maxEpochs()))
                            .orElse(Optional.of("perceptron.error.error-epsilon")))
            .text(
                    "dw",
                    "perceptron.rule.weight-epsilon",
                    m -> epsilon(m.settings().weightEpsilon()),
                    (m, v) -> epsilon(v)
                            .map(e -> m.setStopping(
                                    m.settings().errorEpsilon(),
                                    e,
                                    m.settings().consecutive(),
                                    m.settings().maxEpochs()))
                            .orElse(Optional.of("perceptron.error.weight-epsilon")))
            .integer(
                    "k",
                    "perceptron.rule.consecutive",
                    m -> (long) m.settings().consecutive(),
                    (m, v) -> m.setStopping(
                            m.settings().errorEpsilon(),
                            m.settings().weightEpsilon(),
                            v.intValue(),
                            m.settings().maxEpochs()))
            .integer(
                    "max",
                    "perceptron.rule.max",
                    m -> (long) m.settings().maxEpochs(),
                    (m, v) -> m.setStopping(
                            m.settings().errorEpsilon(),
                            m.settings().weightEpsilon(),
                            m.settings().consecutive(),
                            v.intValue()))
            .choice(
                    "speed",
                    "training.speed",
                    List.of(TrainingSpeed.values()),
                    PerceptronTrainerModel::speed,
                    PerceptronTrainerModel::setSpeed);

    private PerceptronState() {}

    private static Map<String, String> points(PerceptronTrainerModel model) {
        Edits edits = model.points().edits();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("data", UrlText.word(edits.base()));
        params.put(
                "drop",
                String.join("~", edits.removed().stream().map(String::valueOf).toList()));
        params.put(
                "add",
                String.join(
                        "~",
                        edits.added().stream()
                                .map(p -> UrlText.number(p.x()) + "_" + UrlText.number(p.y()) + "_"
                                        + (p.label() > 0 ? "1" : "-1"))
                                .toList()));
        return params;
    }

    private static Optional<String> setPoints(PerceptronTrainerModel model, Map<String, String> given) {
        Edits current = model.points().edits();
        Optional<Choice> base = given.containsKey("data")
                ? UrlText.parseWord(given.get("data"), List.of(Choice.values()))
                : Optional.of(current.base());
        Optional<List<Integer>> removed =
                given.containsKey("drop") ? indices(given.get("drop")) : Optional.of(List.of());
        Optional<List<Point>> added = given.containsKey("add") ? points(given.get("add")) : Optional.of(List.of());
        if (base.isEmpty() || removed.isEmpty() || added.isEmpty()) {
            return Optional.of("perceptron.error.points");
        }
        return model.setPoints(new Edits(base.get(), removed.get(), added.get()));
    }

    private static Optional<List<Integer>> indices(String text) {
        List<Integer> indices = new ArrayList<>();
        for (String part : parts(text)) {
            Optional<Long> i = UrlText.parseInteger(part);
            if (i.isEmpty()) {
                return Optional.empty();
            }
            indices.add(i.get().intValue());
        }
        return Optional.of(indices);
    }

    private static Optional<List<Point>> points(String text) {
        List<Point> points = new ArrayList<>();
        for (String part : parts(text)) {
            String[] xyl = part.split("_", -1);
            if (xyl.length != 3 || !(xyl[2].equals("1") || xyl[2].equals("-1"))) {
                return Optional.empty();
            }
            Optional<Double> x = UrlText.parseNumber(xyl[0]);
            Optional<Double> y = UrlText.parseNumber(xyl[1]);
            if (x.isEmpty() || y.isEmpty()) {
                return Optional.empty();
            }
            points.add(new Point(x.get(), y.get(), Integer.parseInt(xyl[2])));
        }
        return Optional.of(points);
    }

    private static List<String> parts(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("~", PerceptronPoints.MAX_POINTS + 2));
    }

    private static String epsilon(double value) {
        return Double.isNaN(value) ? "off" : UrlText.number(value);
    }

    private static Optional<Double> epsilon(String text) {
        return text.equals("off") ? Optional.of(Double.NaN) : UrlText.parseNumber(text);
    }
}
