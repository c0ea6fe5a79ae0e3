package org.dlf.training;

import java.time.Instant;
import java.util.Map;

/**
 * The engine state a trainer widget last reached, published on the server so that train-goal exercises
 * can check it. Never built from values the browser sends.
 *
 * @param widget         the widget name as in content, e.g. {@code perceptron-trainer} or {@code mlp-trainer}
 * @param dataset        the data set's name as in content, e.g. {@code OR}, {@code XOR}
 * @param epochs         epochs run since the last reset/initialisation
 * @param converged      true when an epoch classified every training sample correctly
 * @param hiddenNeurons  hidden neurons of the network (0 for a perceptron)
 * @param trainAccuracy  fraction of training samples classified correctly, 0…1
 * @param at             when the state was reached
 * @param parameters     the lockable parameters the run used (name → value, as the widget declares them for
 *                       teacher locks), so that a train goal can insist on a class's locked values
 */
public record TrainingSnapshot(
        String widget,
        String dataset,
        int epochs,
        boolean converged,
        int hiddenNeurons,
        double trainAccuracy,
        Instant at,
        Map<String, String> parameters) {

    /** A snapshot that records no parameters (a run under locks is then not accepted). */
    public TrainingSnapshot(
            String widget,
            String dataset,
            int epochs,
            boolean converged,
            int hiddenNeurons,
            double trainAccuracy,
            Instant at) {
        this(widget, dataset, epochs, converged, hiddenNeurons, trainAccuracy, at, Map.of());
    }

    public TrainingSnapshot {
        parameters = Map.copyOf(parameters);
        if (epochs < 0 || hiddenNeurons < 0 || !(trainAccuracy >= 0 && trainAccuracy <= 1)) {
            throw new IllegalArgumentException(
                    "Invalid training snapshot " + epochs + ", " + hiddenNeurons + ", " + trainAccuracy);
        }
    }
}
