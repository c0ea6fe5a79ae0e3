package org.dlf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearningRateWatchTest {

    /** A network that outputs {@code output} for every point (no hidden layer, bias only). */
    private static Network constant(double output) {
        Network n = Network.builder(2).layer(1, Activation.SIGMOID).build();
        n.setBiases(0, Math.log(output / (1 - output)));
        return n;
    }

    private static final Dataset XOR = Datasets.xor(LabelStyle.ZERO_ONE);

    /** Feeds the losses as epochs 1, 2, … with a network that is not saturated; the first finding. */
    private static Optional<LearningRateWatch.Finding> watch(double start, double... losses) {
        LearningRateWatch w = new LearningRateWatch(start);
        Network calm = constant(0.5);
        for (int e = 0; e < losses.length; e++) {
            Optional<LearningRateWatch.Finding> f =
                    w.afterEpoch(new EpochResult(e + 1, losses[e], 0.5, Double.NaN, Double.NaN), calm, XOR);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    @Test
    void a_loss_rising_four_epochs_in_a_row_is_reported_with_the_losses_since_the_start() {
        var f = watch(0.70, 0.69, 0.72, 0.80, 0.95, 1.3).orElseThrow();

        assertThat(f.sign()).isEqualTo(LearningRateWatch.Sign.RISING);
        assertThat(f.epoch()).isEqualTo(5);
        assertThat(f.losses()).containsExactly(0.70, 0.69, 0.72, 0.80, 0.95, 1.3);
        assertThat(f.startLoss()).isEqualTo(0.70);
    }

    @Test
    void small_rises_and_rises_after_real_progress_are_the_noise_of_mini_batches() {
        assertThat(watch(0.70, 0.60, 0.601, 0.602, 0.603, 0.604, 0.605)).isEmpty(); // +0.8 %
        // down to 0.05 (progress), then a spike to 0.4 that recovers: not a sign
        assertThat(watch(0.70, 0.3, 0.1, 0.05, 0.06, 0.08, 0.15, 0.4, 0.1, 0.06))
                .isEmpty();
    }

    @Test
    void a_loss_jumping_up_and_down_at_a_high_level_is_reported() {
        var f = watch(0.70, 0.9, 0.4, 0.9, 0.4, 0.9, 0.4, 0.9, 0.4, 0.9, 0.4).orElseThrow();
        assertThat(f.sign()).isEqualTo(LearningRateWatch.Sign.OSCILLATING);
        assertThat(f.losses()).hasSize(LearningRateWatch.EVIDENCE);
    }

    @Test
    void a_loss_that_stays_above_its_start_is_reported_after_the_grace_epochs() {
        var f = watch(0.70, 0.8, 0.78, 0.79, 0.785, 0.78, 0.78, 0.779, 0.78).orElseThrow();
        assertThat(f.sign()).isEqualTo(LearningRateWatch.Sign.ABOVE_START);
        assertThat(f.epoch()).isEqualTo(LearningRateWatch.GRACE);
    }

    @Test
    void outputs_sure_of_the_wrong_class_are_reported_as_saturated() {
        LearningRateWatch w = new LearningRateWatch(0.70);
        // every XOR point gets 0.999: the two of class 0 are sure and wrong (half the points)
        var f = w.afterEpoch(new EpochResult(1, 3.5, 0.5, Double.NaN, Double.NaN), constant(0.999), XOR)
                .orElseThrow();
        assertThat(f.sign()).isEqualTo(LearningRateWatch.Sign.SATURATED);
        assertThat(f.saturatedShare()).isEqualTo(0.5);
        assertThat(f.losses()).containsExactly(0.70, 3.5); // the start, then the one epoch
    }

    @Test
    void a_sign_is_reported_once_and_a_non_finite_loss_is_left_to_the_trainer() {
        LearningRateWatch w = new LearningRateWatch(0.70);
        Network calm = constant(0.5);
        assertThat(w.afterEpoch(new EpochResult(1, Double.NaN, 0.5, Double.NaN, Double.NaN), calm, XOR))
                .isEmpty();
        for (int e = 1; e <= 20; e++) {
            w.afterEpoch(new EpochResult(e, 2.0, 0.5, Double.NaN, Double.NaN), calm, XOR);
        }
        assertThat(w.reported()).isTrue();
        assertThat(w.afterEpoch(new EpochResult(21, 9.0, 0.5, Double.NaN, Double.NaN), constant(0.999), XOR))
                .isEmpty();
    }

    /** The first finding of a real run, or empty after {@code epochs} epochs. */
    private static Optional<LearningRateWatch.Finding> train(
            Dataset data, int layers, int neurons, double eta, int batch, long seed, int epochs) {
        Network.Builder b = Network.builder(2);
        for (int l = 0; l < layers; l++) {
            b.layer(neurons, Activation.TANH);
        }
        Network n = b.layer(1, Activation.SIGMOID).build().initialize(seed);
        Trainer t = new Trainer(n, data, null, Loss.BINARY_CROSS_ENTROPY, eta, batch, seed);
        LearningRateWatch w = new LearningRateWatch(t.evaluate().loss());
        for (int e = 0; e < epochs; e++) {
            EpochResult r = t.trainEpoch();
            if (r == null) {
                return Optional.empty();
            }
            Optional<LearningRateWatch.Finding> f = w.afterEpoch(r, n, data);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    @Test
    void eta_10_is_reported_within_20_epochs_on_xor_and_the_spiral_and_eta_0_03_on_the_spiral_never() {
        Dataset spiral = Datasets.spiral(200, 0.1, 1);
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(train(XOR, 1, 4, 10, 4, seed, 200))
                    .as("XOR, seed %d", seed)
                    .hasValueSatisfying(f -> assertThat(f.epoch()).isLessThan(20));
            assertThat(train(spiral, 2, 8, 10, 10, seed, 200))
                    .as("spiral, seed %d", seed)
                    .hasValueSatisfying(f -> assertThat(f.epoch()).isLessThan(20));
            assertThat(train(spiral, 2, 8, 0.03, 10, seed, 3000))
                    .as("spiral at 0.03, seed %d", seed)
                    .isEmpty();
        }
    }
}
