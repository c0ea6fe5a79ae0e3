package org.dlf.chapters.perceptron;

import org.dlf.base.ui.component.Numbers;
import org.dlf.chapters.perceptron.PerceptronTrainerModel.Frame;
import org.dlf.engine.PerceptronTrainer.Step;

/** The sentences the perceptron trainer shows: its outcome and the current step, in words. */
final class PerceptronTexts {

    /** getTranslation, passed in so these texts stay plain functions. */
    @FunctionalInterface
    interface Translator {
        String t(String key, Object... args);
    }

    private PerceptronTexts() {}

    static String outcome(Translator tr, Frame f, PerceptronTrainerModel model) {
        return switch (f.outcome()) {
            case NONE ->
                f.epochs() == 0 && f.samples() == 0
                        ? tr.t("perceptron.outcome.ready")
                        : tr.t("perceptron.outcome.training", f.epochs(), f.samples());
            case CONVERGED_ERROR -> tr.t("perceptron.outcome.converged", f.epochs());
            case CONVERGED_WEIGHTS ->
                tr.t(
                        "perceptron.outcome.converged-weights",
                        f.epochs(),
                        model.settings().consecutive(),
                        Numbers.format(f.accuracy() * 100, 0));
            case MAX_EPOCHS ->
                model.points()
                        .separable()
                        .map(s -> s
                                ? tr.t(
                                        "perceptron.outcome.max-separable",
                                        model.settings().maxEpochs())
                                : tr.t(
                                        "perceptron.outcome.not-separable",
                                        model.settings().maxEpochs()))
                        .orElse(tr.t(
                                "perceptron.outcome.max-unknown",
                                model.settings().maxEpochs()));
        };
    }

    static String readout(Translator tr, Frame f) {
        double[] w = f.weights();
        String weights = tr.t(
                "perceptron.readout.weights",
                Numbers.format(w[0], 3),
                Numbers.format(w[1], 3),
                Numbers.format(w[2], 3),
                f.epochs(),
                f.samples(),
                Numbers.format(f.accuracy() * 100, 0));
        Step s = f.lastStep();
        if (s == null) {
            return weights;
        }
        String sample = tr.t(
                "perceptron.readout.step",
                s.sampleIndex() + 1,
                Numbers.format(s.input()[1], 2),
                Numbers.format(s.input()[2], 2),
                sign(s.d()),
                sign(s.y()),
                s.changedWeights()
                        ? tr.t(
                                "perceptron.readout.updated",
                                Numbers.format(s.update()[0], 3),
                                Numbers.format(s.update()[1], 3),
                                Numbers.format(s.update()[2], 3))
                        : tr.t("perceptron.readout.correct"));
        return weights + "\n" + sample;
    }

    static String sign(double v) {
        return v > 0 ? "+1" : "−1";
    }
}
