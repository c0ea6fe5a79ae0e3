package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainerTest {

    private static Network xorNet(long seed) {
        return Network.builder(2)
                .layer(4, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void mlp_solves_xor(long seed) {
        Network net = xorNet(seed);
        Trainer t = new Trainer(net, Datasets.xor(LabelStyle.ZERO_ONE), null, Loss.BINARY_CROSS_ENTROPY, 0.1, 1, seed);
        TrainingOutcome o = t.runUntil(r -> r.accuracy() == 1.0 && r.loss() < 0.05, 5000, () -> false);
        assertEquals(TrainingOutcome.Reason.CONDITION_MET, o.reason(), o.toString());
        assertEquals(1.0, t.evaluate().accuracy());
    }

    @Test
    void mlp_solves_xor_quadrants_with_a_test_set() {
        Dataset.Split s = Datasets.xorQuadrants(300, 0, 5).split(0.2, 5);
        Network net = Network.builder(2)
                .layer(8, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(5);
        Trainer t = new Trainer(net, s.train(), s.test(), Loss.BINARY_CROSS_ENTROPY, 0.1, 10, 5);
        t.train(200, () -> false);
        EpochResult r = t.lastResult();
        assertTrue(r.hasTest());
        assertTrue(r.accuracy() > 0.95 && r.testAccuracy() > 0.9, r.toString());
    }

    @Test
    void huge_learning_rate_stops_with_the_divergence_reason_and_keeps_finite_weights() {
        Network net = Network.builder(2)
                .layer(8, Activation.LINEAR)
                .layer(1, Activation.LINEAR)
                .build()
                .initialize(1);
        Trainer t = new Trainer(net, Datasets.xorQuadrants(100, 0, 1), null, Loss.HALF_SQUARED_ERROR, 1e6, 10, 1);
        TrainingOutcome o = t.train(1000, () -> false);
        assertEquals(TrainingOutcome.Reason.DIVERGED, o.reason());
        assertNotNull(o.divergence());
        assertTrue(o.toString().startsWith("diverged in epoch "), o.toString());
        assertTrue(
                o.divergence().what().contains("loss") || o.divergence().what().contains("weight"));
        assertNull(net.firstNonFiniteParameter());
        assertTrue(Double.isFinite(net.valueAt(1, 1)));
        assertEquals(TrainingOutcome.Reason.DIVERGED, t.train(5, () -> false).reason());
    }

    @Test
    void same_seed_gives_identical_weights_bit_for_bit() {
        Network.Parameters a = run(7, 60), b = run(7, 60), c = run(8, 60);
        assertTrue(a.sameBits(b));
        assertFalse(a.sameBits(c));
    }

    @Test
    void training_in_slices_equals_one_long_run() {
        Dataset d = Datasets.spiral(100, 0.1, 3);
        Network one = Network.builder(2)
                .layer(6, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(3);
        Network sliced = one.copy();
        new Trainer(one, d, null, Loss.BINARY_CROSS_ENTROPY, 0.05, 7, 9).train(30, () -> false);
        Trainer t = new Trainer(sliced, d, null, Loss.BINARY_CROSS_ENTROPY, 0.05, 7, 9);
        t.step();
        t.step();
        for (int i = 0; i < 6; i++) t.train(5, () -> false);
        assertEquals(30, t.epoch());
        assertTrue(one.parameters().sameBits(sliced.parameters()));
    }

    @Test
    void listener_receives_one_result_per_epoch() {
        List<EpochResult> seen = new ArrayList<>();
        Trainer t =
                new Trainer(xorNet(1), Datasets.xor(LabelStyle.ZERO_ONE), null, Loss.BINARY_CROSS_ENTROPY, 0.5, 2, 1);
        t.addListener(seen::add);
        t.train(5, () -> false);
        assertEquals(5, seen.size());
        assertEquals(5, seen.get(4).epoch());
        assertFalse(seen.get(0).hasTest());
    }

    @Test
    void cancellation_is_checked_between_batches() {
        AtomicInteger checks = new AtomicInteger();
        Trainer t =
                new Trainer(xorNet(1), Datasets.xor(LabelStyle.ZERO_ONE), null, Loss.BINARY_CROSS_ENTROPY, 0.5, 1, 1);
        TrainingOutcome o = t.train(100, () -> checks.incrementAndGet() > 6);
        assertEquals(TrainingOutcome.Reason.CANCELLED, o.reason());
        assertEquals(1, t.epoch());
        assertEquals(1, o.epochsRun());
    }

    @Test
    void step_reports_the_epoch_it_completes() {
        Trainer t =
                new Trainer(xorNet(1), Datasets.xor(LabelStyle.ZERO_ONE), null, Loss.BINARY_CROSS_ENTROPY, 0.5, 3, 1);
        Trainer.BatchResult first = t.step();
        assertEquals(3, first.size());
        assertNull(first.completedEpoch());
        Trainer.BatchResult second = t.step();
        assertEquals(1, second.size());
        assertEquals(1, second.completedEpoch().epoch());
    }

    @Test
    void a_negative_number_of_epochs_is_refused_instead_of_running_none() {
        Trainer t =
                new Trainer(xorNet(1), Datasets.xor(LabelStyle.ZERO_ONE), null, Loss.BINARY_CROSS_ENTROPY, 0.5, 2, 1);
        Network.Parameters before = t.network().parameters();
        ConfigException e = assertThrows(ConfigException.class, () -> t.train(-1, () -> false));
        assertEquals("epochs must be between 0 and 100000 (got -1)", e.getMessage());
        assertEquals("config.range", e.violations().get(0).key());
        assertThrows(ConfigException.class, () -> t.runUntil(r -> true, Integer.MIN_VALUE, () -> false));
        assertThrows(ConfigException.class, () -> t.train(Limits.MAX_EPOCHS + 1, () -> false));
        assertTrue(before.sameBits(t.network().parameters()));
        assertEquals(0, t.epoch());
        assertEquals(TrainingOutcome.Reason.EPOCHS_DONE, t.train(0, () -> false).reason());
    }

    @Test
    void a_bad_learning_rate_batch_or_starting_network_is_refused_and_named() {
        Dataset xor = Datasets.xor(LabelStyle.ZERO_ONE);
        assertEquals(
                "learning rate must be a finite number above 0 (got NaN)",
                assertThrows(
                                ConfigException.class,
                                () -> new Trainer(xorNet(1), xor, null, Loss.BINARY_CROSS_ENTROPY, Double.NaN, 2, 1))
                        .getMessage());
        Network diverged = Network.builder(2)
                .layer(4, Activation.LINEAR)
                .layer(1, Activation.LINEAR)
                .build()
                .initialize(1);
        diverged.trainSample(new double[] {1e6, 1e6}, new double[] {1}, Loss.HALF_SQUARED_ERROR, 1e308);
        assertNotNull(diverged.firstNonFiniteParameter());
        assertEquals(
                "the network starts with a parameter that is not finite: " + diverged.firstNonFiniteParameter(),
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new Trainer(diverged, xor, null, Loss.BINARY_CROSS_ENTROPY, 0.1, 2, 1))
                        .getMessage());
        assertEquals(
                "batch size must be between 1 and 4 (got 5)",
                assertThrows(
                                ConfigException.class,
                                () -> new Trainer(xorNet(1), xor, null, Loss.BINARY_CROSS_ENTROPY, 0.1, 5, 1))
                        .getMessage());
    }

    private static Network.Parameters run(long seed, int epochs) {
        Network net = Network.builder(2)
                .layer(5, Activation.TANH)
                .layer(3, Activation.RELU)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(seed);
        new Trainer(net, Datasets.circle(120, 0.1, seed), null, Loss.BINARY_CROSS_ENTROPY, 0.1, 8, seed)
                .train(epochs, () -> false);
        return net.parameters();
    }
}
