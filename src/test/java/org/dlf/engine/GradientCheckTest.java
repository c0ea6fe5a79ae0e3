package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GradientCheckTest {
    private static final double H = 1e-6;

    static List<Arguments> pairs() {
        List<Arguments> out = new ArrayList<>();
        Activation[] smooth = {Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU};
        for (Activation hidden : smooth) {
            for (Activation output : smooth) {
                out.add(Arguments.of(hidden, output, Loss.HALF_SQUARED_ERROR, BiasMode.PER_NEURON));
                out.add(Arguments.of(hidden, output, Loss.MEAN_SQUARED_ERROR, BiasMode.SHARED));
            }
            out.add(Arguments.of(hidden, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, BiasMode.PER_NEURON));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} hidden, {1} output, {2}, {3} bias")
    @MethodSource("pairs")
    void backprop_gradients_match_central_finite_differences(
            Activation hidden, Activation output, Loss loss, BiasMode bias) {
        SplittableRandom rng = new SplittableRandom(hidden.ordinal() * 31L + output.ordinal() * 7L + loss.ordinal());
        int checked = 0;
        for (int attempt = 0; attempt < 50 && checked < 3; attempt++) {
            Network net = Network.builder(3)
                    .layer(4, hidden, bias)
                    .layer(3, hidden, bias)
                    .layer(2, output, bias)
                    .build()
                    .initialize(rng.nextLong());
            for (int l = 0; l < net.layerCount(); l++) {
                double[] b = new double[bias.isShared() ? 1 : net.layer(l).size()];
                for (int j = 0; j < b.length; j++) b[j] = rng.nextDouble(-0.5, 0.5);
                net.setBiases(l, b);
            }
            double[] x = {rng.nextDouble(-1, 1), rng.nextDouble(-1, 1), rng.nextDouble(-1, 1)};
            double[] t = {rng.nextDouble(0.1, 0.9), rng.nextDouble(0.1, 0.9)};
            net.forward(x);
            if (nearKink(net)) continue;
            net.backward(t, loss);
            for (int l = 0; l < net.layerCount(); l++) {
                Layer layer = net.layer(l);
                for (int k = 0; k < layer.weights.length; k++) {
                    double numeric = numeric(net, layer.weights, k, x, t, loss);
                    assertClose(numeric, layer.gradW[k], "weight " + k + " of layer " + l);
                }
                if (bias.isShared()) {
                    double numeric = numericShared(net, layer.biases, x, t, loss);
                    double s = 0;
                    for (double g : layer.gradB) s += g;
                    assertClose(numeric, s, "shared bias of layer " + l);
                } else {
                    for (int j = 0; j < layer.size; j++) {
                        assertClose(
                                numeric(net, layer.biases, j, x, t, loss),
                                layer.gradB[j],
                                "bias " + j + " of layer " + l);
                    }
                }
            }
            checked++;
        }
        assertEquals(3, checked, "could not find networks away from the ReLU kink");
    }

    private static boolean nearKink(Network net) {
        for (int l = 0; l < net.layerCount(); l++) {
            Layer layer = net.layer(l);
            if (layer.activation() != Activation.RELU) continue;
            for (int j = 0; j < layer.size(); j++) if (Math.abs(layer.net(j)) < 1e-3) return true;
        }
        return false;
    }

    private static double numeric(Network net, double[] params, int k, double[] x, double[] t, Loss loss) {
        double keep = params[k];
        params[k] = keep + H;
        double plus = net.loss(x, t, loss);
        params[k] = keep - H;
        double minus = net.loss(x, t, loss);
        params[k] = keep;
        return (plus - minus) / (2 * H);
    }

    private static double numericShared(Network net, double[] biases, double[] x, double[] t, Loss loss) {
        double keep = biases[0];
        java.util.Arrays.fill(biases, keep + H);
        double plus = net.loss(x, t, loss);
        java.util.Arrays.fill(biases, keep - H);
        double minus = net.loss(x, t, loss);
        java.util.Arrays.fill(biases, keep);
        return (plus - minus) / (2 * H);
    }

    private static void assertClose(double numeric, double analytic, String what) {
        double tol = 1e-7 * Math.max(1, Math.abs(numeric));
        assertTrue(Math.abs(numeric - analytic) <= tol, what + ": numeric " + numeric + " vs backprop " + analytic);
    }
}
