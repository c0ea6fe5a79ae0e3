package org.dlf.chapters.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlf.chapters.share.NetworkFile;
import org.dlf.chapters.share.NetworkJson;
import org.dlf.chapters.share.Problem;
import org.dlf.engine.Activation;
import org.dlf.engine.EpochResult;
import org.dlf.engine.Layer;
import org.dlf.engine.Network;
import org.jspecify.annotations.Nullable;

/**
 * The MLP trainer's network in a {@link NetworkFile} and back (docs/network-file-format.md): 2 inputs, its
 * hidden layers (all the same size and activation) and one sigmoid output, with η and the loss history so far.
 * An import must have that shape; its hidden layers and η then become the trainer's settings, checked like the
 * form's, and its weights and biases the network's. Taken whole or not at all.
 */
final class MlpFile {

    static final List<String> HISTORY_COLUMNS =
            List.of("epoch", "trainLoss", "testLoss", "trainAccuracy", "testAccuracy");
    private static final String SIGMOID = NetworkJson.activation(Activation.SIGMOID);

    private MlpFile() {}

    /** The network as it is now, η, and the loss history (at most {@value MlpTrainerModel#HISTORY_ROWS} rows). */
    static NetworkFile of(MlpTrainerModel model) {
        Network network;
        MlpSettings settings;
        List<EpochResult> history;
        synchronized (model) { // one moment of a run that may go on on the executor
            network = model.network().copy();
            settings = model.settings();
            history = model.history();
        }
        List<NetworkFile.Layer> layers = new ArrayList<>();
        for (int l = 0; l < network.layerCount(); l++) {
            Layer layer = network.layer(l);
            double[][] w = new double[layer.size()][layer.inputs()];
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    w[j][i] = layer.weight(j, i);
                }
            }
            layers.add(new NetworkFile.Layer(
                    NetworkJson.activation(layer.activation()),
                    w,
                    layer.biases().clone()));
        }
        List<double[]> rows = history.stream()
                .map(r -> new double[] {r.epoch(), r.loss(), r.testLoss(), r.accuracy(), r.testAccuracy()})
                .toList();
        return new NetworkFile(
                MlpTrainerModel.WIDGET,
                network.inputSize(),
                layers,
                null,
                settings.learningRate(),
                new NetworkFile.Table(HISTORY_COLUMNS, rows),
                null);
    }

    /** What the file asks of the settings, or why the trainer cannot take its shape. */
    static Shape shape(NetworkFile file) {
        List<NetworkFile.Layer> layers = file.layers();
        String wanted = "2-n-…-n-1";
        if (file.inputs() != 2 || layers.size() < 2 || layers.getLast().size() != 1) {
            return Shape.refused(Problem.of("mlp.import.shape", file.shape(), wanted));
        }
        NetworkFile.Layer first = layers.getFirst();
        Optional<Activation> hidden = activation(first.activation());
        for (int l = 0; l < layers.size() - 1; l++) {
            NetworkFile.Layer layer = layers.get(l);
            if (layer.size() != first.size()) {
                return Shape.refused(Problem.of("mlp.import.shape", file.shape(), wanted));
            }
            if (hidden.isEmpty() || !layer.activation().equals(first.activation())) {
                return Shape.refused(Problem.of("mlp.import.activation", l + 1, layer.activation()));
            }
        }
        if (!layers.getLast().activation().equals(SIGMOID)) {
            return Shape.refused(Problem.of(
                    "mlp.import.activation", layers.size(), layers.getLast().activation()));
        }
        return new Shape(layers.size() - 1, first.size(), hidden.get(), null);
    }

    /** Puts the file's weights and biases into {@code network}, which has the file's shape. */
    static void copyInto(NetworkFile file, Network network) {
        for (int l = 0; l < network.layerCount(); l++) {
            NetworkFile.Layer layer = file.layers().get(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < layer.weights()[j].length; i++) {
                    network.setWeight(l, j, i, layer.weights()[j][i]);
                }
            }
            network.setBiases(l, layer.biases());
        }
    }

    private static Optional<Activation> activation(String name) {
        return MlpSettings.ACTIVATIONS.stream()
                .filter(a -> NetworkJson.activation(a).equals(name))
                .findFirst();
    }

    /** The hidden layers a file asks for, or the problem with its shape. */
    record Shape(
            int hiddenLayers,
            int neuronsPerLayer,
            Activation activation,
            @Nullable Problem problem) {

        static Shape refused(Problem problem) {
            return new Shape(0, 0, Activation.SIGMOID, problem);
        }
    }
}
