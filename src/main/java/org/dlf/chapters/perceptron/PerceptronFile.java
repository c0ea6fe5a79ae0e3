package org.dlf.chapters.perceptron;

import java.util.List;
import org.dlf.chapters.share.NetworkFile;
import org.dlf.chapters.share.NetworkJson;
import org.dlf.engine.Activation;
import org.dlf.engine.PerceptronTrainer.EpochSummary;

/**
 * The perceptron trainer's export: the perceptron as a network of one sign neuron with two inputs (weights
 * w1, w2; the bias w0), its learning rate, and the epochs so far (error, weight change, weights after).
 */
final class PerceptronFile {

    static final String WIDGET = "perceptron-trainer";

    private PerceptronFile() {}

    static NetworkFile of(PerceptronTrainerModel model) {
        PerceptronSnapshot s;
        List<double[]> rows;
        synchronized (model) { // one moment of a run that may go on on the executor
            s = model.snapshot();
            rows = model.history().stream().map(PerceptronFile::row).toList();
        }
        double[] w = s.weights();
        return new NetworkFile(
                WIDGET,
                2,
                List.of(new NetworkFile.Layer(
                        NetworkJson.activation(Activation.SIGN), new double[][] {{w[1], w[2]}}, new double[] {w[0]})),
                null,
                s.learningRate(),
                new NetworkFile.Table(
                        List.of("epoch", "misclassified", "error", "weightChange", "w0", "w1", "w2"), rows),
                null);
    }

    private static double[] row(EpochSummary e) {
        double[] w = e.weightsAfter();
        return new double[] {e.epoch(), e.misclassified(), e.error(), e.weightChange(), w[0], w[1], w[2]};
    }
}
