package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTest {

    /** 2 → 3 → 1 takes the fused kernel; 2 → 3 → 2 the general path. */
    private static Network[] networks() {
        return new Network[] {
            Network.builder(2)
                    .layer(3, Activation.TANH)
                    .layer(1, Activation.SIGMOID)
                    .build()
                    .initialize(5),
            Network.builder(2)
                    .layer(3, Activation.TANH)
                    .layer(2, Activation.SIGMOID)
                    .build()
                    .initialize(5)
        };
    }

    private static String refusal(Runnable call) {
        return assertThrows(ConfigException.class, call::run).getMessage();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, -0.5})
    void a_learning_rate_that_is_not_a_finite_number_above_zero_is_refused_before_any_weight_changes(double eta) {
        String expected = "learning rate must be a finite number above 0 (got " + ConfigViolation.fmt(eta) + ")";
        for (Network n : networks()) {
            Network.Parameters before = n.parameters();
            double[] x = {0.5, -0.25}, t = new double[n.outputSize()];
            assertEquals(expected, refusal(() -> n.trainSample(x, t, Loss.HALF_SQUARED_ERROR, eta)));
            assertEquals(expected, refusal(() -> n.traceStep(x, t, Loss.HALF_SQUARED_ERROR, eta)));
            n.forward(x);
            n.backward(t, Loss.HALF_SQUARED_ERROR);
            assertEquals(expected, refusal(() -> n.applyGradients(eta, 1)));
            assertTrue(before.sameBits(n.parameters()));
            assertNull(n.firstNonFiniteParameter());
        }
        Network example = WorkedExample.network();
        Network.Parameters before = example.parameters();
        assertEquals(
                expected,
                refusal(() -> example.trainSteps(
                        WorkedExample.input(), WorkedExample.target(), WorkedExample.LOSS, eta, 10)));
        assertTrue(before.sameBits(example.parameters()));
    }

    @Test
    void apply_gradients_refuses_a_count_of_zero_instead_of_dividing_by_it() {
        Network n = networks()[0];
        n.forward(new double[] {1, 1});
        n.backward(new double[] {1}, Loss.BINARY_CROSS_ENTROPY);
        Network.Parameters before = n.parameters();
        assertEquals("count must be between 1 and 1000 (got 0)", refusal(() -> n.applyGradients(0.1, 0)));
        assertTrue(before.sameBits(n.parameters()));
        assertTrue(n.applyGradients(0.1, 1));
        assertFalse(before.sameBits(n.parameters()));
    }

    @Test
    void weights_biases_inputs_and_targets_that_are_not_finite_are_refused_and_change_nothing() {
        Network n = networks()[1];
        Network.Parameters before = n.parameters();
        assertEquals(
                "weight (1, 0) of layer 0 must be a finite number (got NaN)",
                refusal(() -> n.setWeights(0, 1, 2, Double.NaN, 4, 5, 6)));
        assertEquals(
                "weight (0, 2) of layer 1 must be a finite number (got Infinity)",
                refusal(() -> n.setWeight(1, 0, 2, Double.POSITIVE_INFINITY)));
        assertEquals(
                "bias 1 of layer 1 must be a finite number (got -Infinity)",
                refusal(() -> n.setBiases(1, 0, Double.NEGATIVE_INFINITY)));
        assertTrue(before.sameBits(n.parameters()));
        assertEquals(
                "input 1 must be a finite number (got Infinity)",
                refusal(() -> n.forward(new double[] {0, Double.POSITIVE_INFINITY})));
        assertEquals("input 0 must be a finite number (got NaN)", refusal(() -> n.valueAt(Double.NaN, 0)));
        assertEquals(
                "target 0 must be a finite number (got NaN)",
                refusal(() -> n.trainSample(
                        new double[] {0, 1}, new double[] {Double.NaN, 1}, Loss.HALF_SQUARED_ERROR, 0.1)));
        assertEquals(
                "input 0 must be a finite number (got -Infinity)",
                refusal(() -> n.loss(
                        new double[] {Double.NEGATIVE_INFINITY, 1}, new double[] {0, 1}, Loss.HALF_SQUARED_ERROR)));
        assertTrue(before.sameBits(n.parameters()));
    }

    @Test
    void restore_with_another_shapes_parameters_is_refused_and_changes_nothing() {
        // layer 0 has 8 weights in both (2 inputs × 4 neurons, 4 × 2), but the biases and layer 1 differ
        Network n = Network.builder(2)
                .layer(4, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(1);
        Network other = Network.builder(4)
                .layer(2, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(2);
        Network.Parameters before = n.parameters();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> n.restore(other.parameters()));
        assertEquals("parameters of another shape; this network is 2 → 4 → 1", e.getMessage());
        assertTrue(before.sameBits(n.parameters()));
        assertThrows(IllegalArgumentException.class, () -> n.copyParametersTo(other.parameters()));

        Network.Parameters poisoned = n.parameters();
        poisoned.biases()[1][0] = Double.NaN;
        assertEquals("bias 0 of layer 1 must be a finite number (got NaN)", refusal(() -> n.restore(poisoned)));
        assertTrue(before.sameBits(n.parameters()));
    }

    @Test
    void sizes_beyond_the_limits_are_refused_before_any_array_is_made() {
        assertEquals("neurons must be between 1 and 16 (got 1073741824)", refusal(() -> Network.builder(2)
                .layer(1 << 30, Activation.TANH)));
        assertEquals("inputs must be between 1 and 16 (got 0)", refusal(() -> Network.builder(0)));
        assertEquals("inputs must be between 1 and 16 (got 17)", refusal(() -> Network.builder(17)));
        Network.Builder deep = Network.builder(2);
        for (int l = 0; l < Limits.MAX_LAYERS; l++) deep.layer(16, Activation.RELU);
        assertEquals("layers must be between 1 and 7 (got 8)", refusal(() -> deep.layer(1, Activation.SIGMOID)));
        assertEquals(Limits.MAX_LAYERS, deep.build().layerCount());
        assertEquals("activation is required", refusal(() -> Network.builder(2).layer(2, null)));
    }

    @Test
    void a_negative_number_of_steps_is_refused_instead_of_running_none() {
        Network n = WorkedExample.network();
        assertEquals("steps must be between 0 and 100000 (got -1)", refusal(() -> WorkedExample.train(n, -1)));
        assertEquals(
                WorkedExample.network().loss(WorkedExample.input(), WorkedExample.target(), WorkedExample.LOSS),
                WorkedExample.train(n, 0),
                0.0);
    }

    @Test
    void backward_without_a_forward_pass_is_refused() {
        Network n = networks()[0];
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> n.backward(new double[] {1}, Loss.BINARY_CROSS_ENTROPY));
        assertEquals("backward needs a forward pass first", e.getMessage());
        assertEquals(
                "no layer 2: the network has layers 0 to 1",
                assertThrows(IndexOutOfBoundsException.class, () -> n.setWeights(2, 1))
                        .getMessage());
    }

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
