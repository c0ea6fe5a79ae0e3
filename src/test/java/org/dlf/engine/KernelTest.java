package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fused fast paths give the general path's numbers bit for bit. */
class KernelTest {

    private static void assertSameBits(Network a, Network b) {
        assertTrue(a.parameters().sameBits(b.parameters()));
        for (int l = 0; l < a.layerCount(); l++) {
            Layer x = a.layer(l), y = b.layer(l);
            assertTrue(
                    Arrays.equals(x.net, y.net) && Arrays.equals(x.out, y.out) && Arrays.equals(x.delta, y.delta),
                    "buffers of layer " + l);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Activation.class,
            names = {"SIGMOID", "TANH", "RELU", "LINEAR"})
    void two_layer_kernel_equals_forward_backward_update(Activation hidden) {
        for (Loss loss : Loss.values()) {
            for (BiasMode mode : new BiasMode[] {BiasMode.PER_NEURON, BiasMode.PER_NEURON_FROZEN}) {
                Network fused = Network.builder(2)
                        .layer(5, hidden, mode)
                        .layer(1, Activation.SIGMOID, mode)
                        .build()
                        .initialize(11)
                        .setBiases(0, 0.1, -0.2, 0.0, 0.3, -0.4);
                assertNotNull(TwoLayerKernel.of(new Layer[] {fused.layer(0), fused.layer(1)}));
                Network general = fused.copy();
                double[][] xs = {{0.5, -1.5}, {-0.25, 0.75}, {2, 0}, {0, 0}};
                double[][] ts = {{1}, {0}, {1}, {0}};
                for (int step = 0; step < 40; step++) {
                    int i = step % 4;
                    double e1 = fused.trainSample(xs[i], ts[i], loss, 0.3);
                    general.forward(xs[i]);
                    double e2 = general.backward(ts[i], loss);
                    assertTrue(general.applyGradients(0.3, 1));
                    assertEquals(e2, e1, 0.0);
                    assertSameBits(fused, general);
                }
            }
        }
    }

    @Test
    void two_layer_kernel_equals_the_trace() {
        Network a = Network.builder(2)
                .layer(3, Activation.TANH)
                .layer(1, Activation.TANH)
                .build()
                .initialize(4);
        Network b = a.copy();
        double[] x = {0.3, -0.7}, t = {-1};
        StepTrace trace = a.traceStep(x, t, Loss.HALF_SQUARED_ERROR, 0.2);
        assertEquals(trace.lossBefore(), b.trainSample(x, t, Loss.HALF_SQUARED_ERROR, 0.2), 0.0);
        assertTrue(a.parameters().sameBits(b.parameters()));
    }

    @Test
    void other_shapes_use_the_general_path() {
        assertNull(TwoLayerKernel.of(new Layer[] {
            new Layer(2, 3, Activation.TANH, BiasMode.SHARED), new Layer(3, 1, Activation.SIGMOID, BiasMode.PER_NEURON)
        }));
        assertNull(TwoLayerKernel.of(new Layer[] {
            new Layer(3, 3, Activation.TANH, BiasMode.PER_NEURON),
            new Layer(3, 1, Activation.SIGMOID, BiasMode.PER_NEURON)
        }));
        assertNull(TwoLayerKernel.of(new Layer[] {
            new Layer(2, 3, Activation.TANH, BiasMode.PER_NEURON),
            new Layer(3, 2, Activation.SIGMOID, BiasMode.PER_NEURON)
        }));
    }

    @Test
    void two_layer_kernel_reports_non_finite_parameters() {
        Network n = Network.builder(2)
                .layer(2, Activation.LINEAR)
                .layer(1, Activation.LINEAR)
                .build()
                .initialize(1);
        double[] x = {1e200, 1e200}, t = {1};
        n.trainSample(x, t, Loss.HALF_SQUARED_ERROR, 1e100);
        assertFalse(n.lastUpdateFinite);
        assertNotNull(n.firstNonFiniteParameter());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 1000})
    void worked_example_kernel_equals_repeated_train_sample(int steps) {
        Network fused = WorkedExample.network(), general = WorkedExample.network();
        fused.trainSteps(
                WorkedExample.input(), WorkedExample.target(), WorkedExample.LOSS, WorkedExample.LEARNING_RATE, steps);
        for (int s = 0; s < steps; s++) {
            general.trainSample(
                    WorkedExample.input(), WorkedExample.target(), WorkedExample.LOSS, WorkedExample.LEARNING_RATE);
        }
        assertTrue(fused.parameters().sameBits(general.parameters()));
        assertTrue(fused.lastUpdateFinite);
    }

    @Test
    void worked_example_kernel_applies_only_to_its_shape() {
        Network example = WorkedExample.network();
        Loss loss = WorkedExample.LOSS;
        assertTrue(WorkedExampleKernel.fits(new Layer[] {example.layer(0), example.layer(1)}, loss));
        assertFalse(
                WorkedExampleKernel.fits(new Layer[] {example.layer(0), example.layer(1)}, Loss.MEAN_SQUARED_ERROR));
        Network trainable = WorkedExample.networkWithTrainableBiases();
        assertFalse(WorkedExampleKernel.fits(new Layer[] {trainable.layer(0), trainable.layer(1)}, loss));
        Network negativeZero = WorkedExample.network().setWeight(0, 1, 0, -0.0);
        assertFalse(WorkedExampleKernel.fits(new Layer[] {negativeZero.layer(0), negativeZero.layer(1)}, loss));
    }

    @Test
    void worked_example_kernel_fallbacks_equal_repeated_train_sample() {
        for (Network start : new Network[] {
            WorkedExample.networkWithTrainableBiases(),
            WorkedExample.network().setWeight(0, 1, 0, -0.0).setWeight(1, 0, 1, 0.0)
        }) {
            Network fused = start.copy(), general = start.copy();
            fused.trainSteps(WorkedExample.input(), WorkedExample.target(), WorkedExample.LOSS, 0.5, 50);
            for (int s = 0; s < 50; s++)
                general.trainSample(WorkedExample.input(), WorkedExample.target(), WorkedExample.LOSS, 0.5);
            assertTrue(fused.parameters().sameBits(general.parameters()));
        }
    }

    @Test
    void worked_example_kernel_reports_divergence() {
        Network n = WorkedExample.network().setWeights(1, 1e308, 1e308, 1e308, 1e308);
        n.trainSteps(WorkedExample.input(), WorkedExample.target(), WorkedExample.LOSS, 1e308, 5);
        Network g = WorkedExample.network().setWeights(1, 1e308, 1e308, 1e308, 1e308);
        for (int s = 0; s < 5; s++)
            g.trainSample(WorkedExample.input(), WorkedExample.target(), WorkedExample.LOSS, 1e308);
        assertEquals(g.lastUpdateFinite, n.lastUpdateFinite);
        assertEquals(String.valueOf(g.firstNonFiniteParameter()), String.valueOf(n.firstNonFiniteParameter()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7})
    void paired_evaluation_equals_row_by_row_forward(int rows) {
        Network paired = Network.builder(2)
                .layer(3, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(rows);
        Network single = paired.copy();
        double[][] x = new double[rows][];
        for (int r = 0; r < rows; r++) x[r] = new double[] {0.7 * r - 1, 1.3 - 0.4 * r};
        double[] out = new double[rows];
        paired.firstOutputs(x, out);
        for (int r = 0; r < rows; r++) assertEquals(single.forward(x[r])[0], out[r], 0.0);
        assertSameBits(paired, single);
        assertTrue(paired.layer(0).in == single.layer(0).in && Arrays.equals(paired.layer(1).in, single.layer(1).in));
    }
}
