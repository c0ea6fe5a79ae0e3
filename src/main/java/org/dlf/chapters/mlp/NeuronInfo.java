package org.dlf.chapters.mlp;

import java.util.Optional;
import org.dlf.engine.Dataset;
import org.dlf.engine.Layer;
import org.dlf.engine.Network;
import org.dlf.engine.Point;

/** One neuron's bias, incoming weights and the range of its output over the training set. */
public record NeuronInfo(int layer, int neuron, double bias, double[] weights, double minOutput, double maxOutput) {

    static Optional<NeuronInfo> of(Network network, Dataset train, int l, int j) {
        if (l < 0 || l >= network.layerCount() || j < 0 || j >= network.layer(l).size()) {
            return Optional.empty();
        }
        Layer layer = network.layer(l);
        double[] w = new double[layer.inputs()];
        for (int i = 0; i < w.length; i++) {
            w[i] = layer.weight(j, i);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Point p : train.points()) {
            network.forward(new double[] {p.x(), p.y()});
            double o = network.layer(l).output(j);
            min = Math.min(min, o);
            max = Math.max(max, o);
        }
        return Optional.of(new NeuronInfo(l, j, layer.bias(j), w, min, max));
    }
}
