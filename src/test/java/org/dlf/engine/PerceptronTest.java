package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PerceptronTest {
    private static final StoppingRule NO_MISTAKES = StoppingRule.errorBelow(1e-9, 1000);

    private static PerceptronTrainer trainer(Dataset d, PerceptronTrainer.Mode mode) {
        Activation out = d.labelStyle() == LabelStyle.PLUS_MINUS_ONE ? Activation.SIGN : Activation.STEP;
        return new PerceptronTrainer(new Perceptron(2, out, 0.1).zeroWeights(), d, mode);
    }

    @ParameterizedTest
    @EnumSource(LabelStyle.class)
    void perceptron_converges_on_and_or_nand(LabelStyle style) {
        for (Dataset d : new Dataset[] {Datasets.and(style), Datasets.or(style), Datasets.nand(style)}) {
            PerceptronTrainer t = trainer(d, PerceptronTrainer.Mode.ONLINE);
            PerceptronTrainer.Run run = t.run(NO_MISTAKES);
            assertEquals(PerceptronTrainer.StopReason.ERROR_BELOW_EPSILON, run.reason());
            assertTrue(run.converged());
            assertEquals(1.0, t.accuracy());
        }
    }

    @ParameterizedTest
    @EnumSource(PerceptronTrainer.Mode.class)
    void perceptron_converges_on_separable_blobs_online_and_in_batch(PerceptronTrainer.Mode mode) {
        Dataset blobs = Datasets.gaussianBlobs(200, 0.3, 7).withLabels(LabelStyle.PLUS_MINUS_ONE);
        PerceptronTrainer t =
                new PerceptronTrainer(new Perceptron(2, Activation.SIGN, 0.05).randomWeights(3), blobs, mode);
        PerceptronTrainer.Run run = t.run(StoppingRule.errorBelow(1e-9, 5000));
        assertTrue(run.converged(), run.toString());
        assertEquals(1.0, t.accuracy());
    }

    @ParameterizedTest
    @EnumSource(PerceptronTrainer.Mode.class)
    void perceptron_never_converges_on_xor(PerceptronTrainer.Mode mode) {
        PerceptronTrainer t = trainer(Datasets.xor(LabelStyle.PLUS_MINUS_ONE), mode);
        StoppingRule both = StoppingRule.errorBelow(1e-9, 500).withWeightChangeBelow(1e-9);
        PerceptronTrainer.Run run = t.run(both);
        assertEquals(PerceptronTrainer.StopReason.MAX_ITERATIONS, run.reason());
        assertEquals(500, run.iterations());
        assertFalse(run.converged());
        assertEquals("stopped at M = 500 iterations without converging", run.toString());
        assertTrue(t.accuracy() < 1.0);
    }

    @Test
    void perceptron_never_converges_on_xor_with_per_sample_rules_either() {
        PerceptronTrainer t = trainer(Datasets.xor(LabelStyle.ZERO_ONE), PerceptronTrainer.Mode.ONLINE);
        StoppingRule rule =
                StoppingRule.errorBelow(0.5, 2000).withConsecutive(4).withUnit(StoppingRule.Unit.SAMPLE);
        assertEquals(PerceptronTrainer.StopReason.MAX_ITERATIONS, t.run(rule).reason());
    }

    @Test
    void weight_change_rule_stops_once_a_pass_makes_no_update() {
        PerceptronTrainer t = trainer(Datasets.and(LabelStyle.PLUS_MINUS_ONE), PerceptronTrainer.Mode.ONLINE);
        PerceptronTrainer.Run run =
                t.run(StoppingRule.weightChangeBelow(1e-12, 1000).withConsecutive(2));
        assertEquals(PerceptronTrainer.StopReason.WEIGHT_CHANGE_BELOW_EPSILON, run.reason());
        var h = t.history();
        assertEquals(0.0, h.get(h.size() - 1).weightChange());
        assertEquals(0.0, h.get(h.size() - 2).weightChange());
        assertTrue(h.get(h.size() - 3).weightChange() > 0);
    }

    @Test
    void per_sample_rule_with_k_equal_to_the_dataset_size_means_a_full_correct_pass() {
        PerceptronTrainer t = trainer(Datasets.or(LabelStyle.ZERO_ONE), PerceptronTrainer.Mode.ONLINE);
        StoppingRule rule =
                StoppingRule.errorBelow(0.5, 1000).withConsecutive(4).withUnit(StoppingRule.Unit.SAMPLE);
        assertEquals(
                PerceptronTrainer.StopReason.ERROR_BELOW_EPSILON, t.run(rule).reason());
        assertEquals(1.0, t.accuracy());
    }

    @Test
    void one_step_applies_the_learning_rule_to_the_next_sample() {
        Dataset and = Datasets.and(LabelStyle.PLUS_MINUS_ONE);
        PerceptronTrainer t = trainer(and, PerceptronTrainer.Mode.ONLINE);
        PerceptronTrainer.Step s = t.step();
        // w = 0 → y = sgn(0) = +1 for sample 0 = (0,0) with d = −1: Δw = 0.1·(−2)·[1, 0, 0]
        assertEquals(0, s.sampleIndex());
        assertEquals(1.0, s.y());
        assertEquals(-1.0, s.d());
        assertArrayEquals(new double[] {1, 0, 0}, s.input());
        assertArrayEquals(new double[] {-0.2, 0, 0}, s.update(), 1e-15);
        assertArrayEquals(new double[] {-0.2, 0, 0}, s.weightsAfter(), 1e-15);
        assertEquals(1, t.nextSample());
    }

    @Test
    void an_epoch_is_recorded_with_its_error_and_weights() {
        PerceptronTrainer t = trainer(Datasets.and(LabelStyle.PLUS_MINUS_ONE), PerceptronTrainer.Mode.ONLINE);
        t.step();
        PerceptronTrainer.EpochSummary e = t.epoch();
        assertEquals(1, e.epoch());
        assertEquals(1, t.history().size());
        assertEquals(0, t.nextSample());
        assertArrayEquals(t.perceptron().weights(), e.weightsAfter());
        assertTrue(e.misclassified() > 0 && e.error() > 0);
    }

    @Test
    void decision_line_separates_the_classes_after_convergence() {
        PerceptronTrainer t = trainer(Datasets.and(LabelStyle.PLUS_MINUS_ONE), PerceptronTrainer.Mode.ONLINE);
        t.run(NO_MISTAKES);
        DecisionLine line = t.perceptron().decisionLine();
        for (Point p : t.data().points()) {
            double side = line.w0() + line.w1() * p.x() + line.w2() * p.y();
            assertEquals(p.label(), side >= 0 ? 1.0 : -1.0);
        }
        double[] seg = line.clip(new Range(-1, 2, -1, 2));
        assertEquals(4, seg.length);
        assertEquals(line.yAt(seg[0]), seg[1], 1e-9);
    }

    @Test
    void seeded_random_start_is_reproducible_and_not_zero() {
        double[] a = new Perceptron(2, Activation.SIGN, 0.1).randomWeights(5).weights();
        assertArrayEquals(
                a, new Perceptron(2, Activation.SIGN, 0.1).randomWeights(5).weights());
        assertTrue(a[0] != 0 && Math.abs(a[0]) <= 0.5);
    }

    @Test
    void run_can_be_cancelled() {
        AtomicInteger calls = new AtomicInteger();
        PerceptronTrainer t = trainer(Datasets.xor(LabelStyle.PLUS_MINUS_ONE), PerceptronTrainer.Mode.ONLINE);
        PerceptronTrainer.Run run = t.run(StoppingRule.maxIterations(1000), () -> calls.incrementAndGet() > 3);
        assertEquals(PerceptronTrainer.StopReason.CANCELLED, run.reason());
        assertEquals(3, run.iterations());
    }

    @Test
    void wrong_sizes_and_label_styles_are_rejected_clearly() {
        Perceptron p = new Perceptron(2, Activation.SIGN, 0.1);
        assertEquals(
                "expected 2 inputs, got 3",
                assertThrows(IllegalArgumentException.class, () -> p.predict(new double[3]))
                        .getMessage());
        assertEquals(
                "expected 3 weights [w0 (bias), w1..w2], got 2",
                assertThrows(IllegalArgumentException.class, () -> p.setWeights(1, 2))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new PerceptronTrainer(p, Datasets.and(LabelStyle.ZERO_ONE), PerceptronTrainer.Mode.ONLINE));
        assertThrows(IllegalArgumentException.class, () -> new Perceptron(2, Activation.SIGMOID, 0.1));
    }

    @Test
    void nan_weights_and_infinite_inputs_are_refused_instead_of_answering_zero() {
        Perceptron p = new Perceptron(2, Activation.STEP, 0.1).setWeights(0.5, 1, -1);
        ConfigException e = assertThrows(ConfigException.class, () -> p.setWeights(Double.NaN, 1, 1));
        assertEquals("weight 0 must be a finite number (got NaN)", e.getMessage());
        assertArrayEquals(new double[] {0.5, 1, -1}, p.weights());
        assertEquals(
                "input 1 must be a finite number (got Infinity)",
                assertThrows(ConfigException.class, () -> p.predict(new double[] {0, Double.POSITIVE_INFINITY}))
                        .getMessage());
        assertThrows(ConfigException.class, () -> p.valueAt(Double.NaN, 0));
        assertEquals(1.0, p.predict(new double[] {1, 1}));
    }

    @Test
    void learning_rate_is_bounded_like_the_mlps() {
        assertEquals(
                "learning rate must be between 0.0001 and 10 (got 1.0E308)",
                assertThrows(ConfigException.class, () -> new Perceptron(2, Activation.SIGN, 1e308))
                        .getMessage());
        assertThrows(ConfigException.class, () -> new Perceptron(2, Activation.SIGN, 10.000001));
        assertThrows(ConfigException.class, () -> new Perceptron(2, Activation.SIGN, 0.00009));
        assertThrows(ConfigException.class, () -> new Perceptron(2, Activation.SIGN, Double.NaN));
        assertThrows(ConfigException.class, () -> new Perceptron(17, Activation.SIGN, 0.1));
        assertEquals(Limits.MAX_LEARNING_RATE, new Perceptron(2, Activation.SIGN, 10).learningRate());
        assertEquals(Limits.MIN_LEARNING_RATE, new Perceptron(2, Activation.SIGN, 1e-4).learningRate());
    }

    @ParameterizedTest
    @EnumSource(PerceptronTrainer.Mode.class)
    void the_largest_learning_rate_keeps_every_weight_finite_on_and(PerceptronTrainer.Mode mode) {
        Perceptron p = new Perceptron(2, Activation.STEP, Limits.MAX_LEARNING_RATE);
        PerceptronTrainer t = new PerceptronTrainer(p, Datasets.and(LabelStyle.ZERO_ONE), mode);
        PerceptronTrainer.Run run = t.run(StoppingRule.errorBelow(1e-9, 1000));
        assertTrue(run.converged(), run.toString());
        for (double w : run.weights()) assertTrue(Double.isFinite(w));
        assertEquals(1.0, t.accuracy());
    }

    @ParameterizedTest
    @EnumSource(PerceptronTrainer.Mode.class)
    void a_net_input_that_overflows_stops_the_run_as_diverged_with_the_weights_kept(PerceptronTrainer.Mode mode) {
        double[] huge = {1e308, 1e308, 1e308};
        Perceptron p = new Perceptron(2, Activation.STEP, 0.1).setWeights(huge);
        PerceptronTrainer t = new PerceptronTrainer(p, Datasets.and(LabelStyle.ZERO_ONE), mode);
        PerceptronTrainer.Run run = t.run(StoppingRule.errorBelow(1e-9, 100));
        assertEquals(PerceptronTrainer.StopReason.DIVERGED, run.reason());
        assertFalse(run.converged());
        assertEquals(0, run.iterations());
        assertEquals("diverged after 0 iterations (a net input wᵀx is not finite)", run.toString());
        // samples (0,0) and (0,1) give 1e308 and 2e308; the second overflows
        assertEquals("the net input wᵀx of sample 1 in epoch 1 is Infinity", t.divergence());
        assertArrayEquals(huge, p.weights());
        assertNull(t.epoch());
        assertEquals(0, t.epochs());
    }

    @Test
    void a_run_at_the_iteration_limit_ends_there_and_the_history_stops_growing() {
        PerceptronTrainer perSample = trainer(Datasets.xor(LabelStyle.ZERO_ONE), PerceptronTrainer.Mode.ONLINE);
        StoppingRule m = StoppingRule.maxIterations(Limits.MAX_ITERATIONS);
        PerceptronTrainer.Run samples = perSample.run(m.withUnit(StoppingRule.Unit.SAMPLE));
        assertEquals(PerceptronTrainer.StopReason.MAX_ITERATIONS, samples.reason());
        assertEquals(Limits.MAX_ITERATIONS, samples.iterations());
        assertEquals(Limits.MAX_ITERATIONS / 4, perSample.epochs());

        PerceptronTrainer perEpoch = trainer(Datasets.xor(LabelStyle.ZERO_ONE), PerceptronTrainer.Mode.BATCH);
        PerceptronTrainer.Run epochs = perEpoch.run(m);
        assertEquals(PerceptronTrainer.StopReason.MAX_ITERATIONS, epochs.reason());
        assertEquals(Limits.MAX_ITERATIONS, epochs.iterations());
        assertEquals(Limits.MAX_ITERATIONS, perEpoch.history().size());
        IllegalStateException full = assertThrows(IllegalStateException.class, perEpoch::epoch);
        assertEquals("a perceptron trainer records at most 100000 epochs; start a new one", full.getMessage());
        assertEquals(Limits.MAX_ITERATIONS, perEpoch.epochs());
    }
}
