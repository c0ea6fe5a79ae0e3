package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void wrong_input_and_target_sizes_are_rejected_with_the_sizes() {
        Network n = Network.builder(2)
                .layer(3, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build();
        assertEquals(
                "expected 2 inputs, got 3",
                assertThrows(IllegalArgumentException.class, () -> n.forward(new double[3]))
                        .getMessage());
        n.forward(new double[2]);
        assertEquals(
                "expected 1 targets, got 2",
                assertThrows(IllegalArgumentException.class, () -> n.backward(new double[2], Loss.MEAN_SQUARED_ERROR))
                        .getMessage());
        assertEquals(
                "expected 6 weights (3 neurons × 2 inputs), got 4",
                assertThrows(IllegalArgumentException.class, () -> n.setWeights(0, 1, 2, 3, 4))
                        .getMessage());
    }

    @Test
    void seeded_initialisation_is_reproducible_and_within_glorot_limits() {
        Network a = Network.builder(2)
                .layer(8, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(3);
        Network b = Network.builder(2)
                .layer(8, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(3);
        assertTrue(a.parameters().sameBits(b.parameters()));
        double limit = Math.sqrt(6.0 / 10);
        for (double w : a.layer(0).weights()) assertTrue(Math.abs(w) <= limit && w != 0);
    }

    @Test
    void frozen_biases_stay_and_trainable_biases_move() {
        Network n = Network.builder(1)
                .layer(2, Activation.SIGMOID, BiasMode.PER_NEURON_FROZEN)
                .layer(1, Activation.LINEAR, BiasMode.PER_NEURON)
                .build()
                .initialize(1)
                .setBiases(0, 0.3, -0.3);
        n.trainSample(new double[] {1}, new double[] {5}, Loss.HALF_SQUARED_ERROR, 0.1);
        assertEquals(0.3, n.layer(0).bias(0), 0.0);
        assertEquals(-0.3, n.layer(0).bias(1), 0.0);
        assertTrue(n.layer(1).bias(0) > 0);
    }

    @Test
    void restore_brings_back_saved_parameters_and_copy_is_independent() {
        Network n = Network.builder(2)
                .layer(3, Activation.RELU)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(2);
        Network.Parameters saved = n.parameters();
        Network copy = n.copy();
        n.trainSample(new double[] {1, 2}, new double[] {1}, Loss.BINARY_CROSS_ENTROPY, 1);
        assertFalse(saved.sameBits(n.parameters()));
        assertTrue(saved.sameBits(copy.parameters()));
        n.restore(saved);
        assertTrue(saved.sameBits(n.parameters()));
    }

    @Test
    void trace_values_equal_the_fast_path_on_a_deeper_network() {
        Network a = Network.builder(2)
                .layer(5, Activation.TANH)
                .layer(4, Activation.RELU)
                .layer(2, Activation.SIGMOID)
                .build()
                .initialize(8);
        Network b = a.copy();
        double[] x = {0.3, -0.7}, t = {1, 0};
        StepTrace trace = a.traceStep(x, t, Loss.BINARY_CROSS_ENTROPY, 0.2);
        double before = b.trainSample(x, t, Loss.BINARY_CROSS_ENTROPY, 0.2);
        assertEquals(trace.lossBefore(), before, 0.0);
        assertTrue(a.parameters().sameBits(b.parameters()));
        assertEquals(
                trace.layer(1).delta()[2] * trace.layer(1).input()[3],
                trace.layer(1).weightGradient(2, 3),
                0.0);
    }
}
