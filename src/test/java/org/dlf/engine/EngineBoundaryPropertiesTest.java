package org.dlf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property-based (QuickTheories, fixed seeds): any config within {@link Limits} trains without a
 * non-finite weight, and random bad values are refused with a {@link ConfigException} that changes
 * nothing.
 */
class EngineBoundaryPropertiesTest {

    /** A generated 0/1 dataset of the config's size, noise and seed. */
    private interface Generator {
        Dataset make(int n, double noise, long seed);
    }

    private static final List<Generator> DATASETS =
            List.of(Datasets::circle, Datasets::xorQuadrants, Datasets::spiral, Datasets::gaussianBlobs);

    private record Case(TrainingConfig config, int dataset) {}

    /**
     * Configs within every bound but the batch: η log-uniform over [1e-4, 10], the batch anywhere from 1
     * to the dataset size (about half the time more than the training part of the split holds), at most
     * 1,000 epochs (so the cost bound holds).
     */
    private static Gen<Case> cases() {
        Gen<int[]> sizes = integers()
                .between(Limits.MIN_HIDDEN_LAYERS, Limits.MAX_HIDDEN_LAYERS)
                .zip(
                        integers().between(Limits.MIN_NEURONS_PER_LAYER, Limits.MAX_NEURONS_PER_LAYER),
                        integers().between(Limits.MIN_DATASET_SIZE, Limits.MAX_DATASET_SIZE),
                        integers().between(Limits.MIN_EPOCHS, 1000),
                        (l, n, d, e) -> new int[] {l, n, d, e});
        Gen<double[]> numbers = doubles()
                .between(-4, 1)
                .zip(
                        doubles().between(Limits.MIN_NOISE, Limits.MAX_NOISE),
                        doubles().between(Limits.MIN_TEST_FRACTION, Limits.MAX_TEST_FRACTION),
                        doubles().between(0, 1),
                        (exponent, noise, test, batch) -> new double[] {exponent, noise, test, batch});
        Gen<Activation> activations =
                Generate.pick(List.of(Activation.TANH, Activation.SIGMOID, Activation.RELU, Activation.LINEAR));
        return sizes.zip(
                numbers,
                activations,
                integers().between(0, DATASETS.size() - 1),
                longs().between(0, 999_999),
                (s, x, activation, dataset, seed) -> {
                    double eta = Math.clamp(Math.pow(10, x[0]), Limits.MIN_LEARNING_RATE, Limits.MAX_LEARNING_RATE);
                    int batch = 1 + (int) (x[3] * (s[2] - 1));
                    return new Case(
                            new TrainingConfig(s[0], s[1], activation, s[2], x[1], x[2], s[3], batch, eta, seed),
                            dataset);
                });
    }

    @Test
    void a_config_validates_exactly_when_its_trainer_builds_and_then_keeps_every_weight_finite() {
        qt().withFixedSeed(17).withExamples(150).forAll(cases()).checkAssert(c -> {
            TrainingConfig config = c.config();
            Dataset data = DATASETS.get(c.dataset()).make(config.datasetSize(), config.noise(), config.seed());
            if (config.batchSize() > config.trainingSize()) {
                assertThat(config.validate())
                        .extracting(ConfigViolation::key)
                        .containsExactly("config.batchSize.exceedsDataset");
                assertThatThrownBy(() -> config.trainer(data)).isInstanceOf(ConfigException.class);
                return;
            }
            assertThat(config.validate()).isEmpty();
            Trainer trainer = config.trainer(data);
            List<EpochResult> seen = new ArrayList<>();
            trainer.addListener(seen::add);
            TrainingOutcome outcome = trainer.train(Math.min(config.epochs(), 2), () -> false);
            assertThat(outcome.reason()).isIn(TrainingOutcome.Reason.EPOCHS_DONE, TrainingOutcome.Reason.DIVERGED);
            assertThat(trainer.network().firstNonFiniteParameter()).isNull();
            seen.add(trainer.evaluate());
            for (EpochResult r : seen) assertThat(r.loss()).isFinite();
            assertThat(trainer.network().valueAt(0.5, -0.5)).isFinite();
        });
    }

    /** A value outside [min, max]. */
    private static Gen<Integer> outside(int min, int max) {
        return Generate.oneOf(
                integers().between(Integer.MIN_VALUE, min - 1), integers().between(max + 1, Integer.MAX_VALUE));
    }

    /** NaN, ±∞ or a finite value outside [min, max]. */
    private static Gen<Double> outside(double min, double max) {
        return Generate.oneOf(
                Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)),
                doubles().between(-Double.MAX_VALUE, Math.nextDown(min)),
                doubles().between(Math.nextUp(max), Double.MAX_VALUE));
    }

    /** One field of a config set to a bad value. */
    private record Broken(String field, Object value) {
        TrainingConfig applyTo(TrainingConfig c) {
            return new TrainingConfig(
                    field.equals("hiddenLayers") ? (int) value : c.hiddenLayers(),
                    field.equals("neuronsPerLayer") ? (int) value : c.neuronsPerLayer(),
                    field.equals("hiddenActivation") ? (Activation) value : c.hiddenActivation(),
                    field.equals("datasetSize") ? (int) value : c.datasetSize(),
                    field.equals("noise") ? (double) value : c.noise(),
                    field.equals("testFraction") ? (double) value : c.testFraction(),
                    field.equals("epochs") ? (int) value : c.epochs(),
                    field.equals("batchSize") ? (int) value : c.batchSize(),
                    field.equals("learningRate") ? (double) value : c.learningRate(),
                    c.seed());
        }
    }

    private static Gen<Broken> broken(String field, Gen<?> values) {
        return values.map(v -> new Broken(field, v));
    }

    @Test
    void a_config_with_any_bad_value_is_refused_with_a_config_exception_naming_it() {
        Gen<Broken> corruptions = Generate.oneOf(
                broken("hiddenLayers", outside(Limits.MIN_HIDDEN_LAYERS, Limits.MAX_HIDDEN_LAYERS)),
                broken("neuronsPerLayer", outside(Limits.MIN_NEURONS_PER_LAYER, Limits.MAX_NEURONS_PER_LAYER)),
                broken("datasetSize", outside(Limits.MIN_DATASET_SIZE, Limits.MAX_DATASET_SIZE)),
                broken("epochs", outside(Limits.MIN_EPOCHS, Limits.MAX_EPOCHS)),
                broken("batchSize", outside(Limits.MIN_BATCH_SIZE, Limits.MAX_DATASET_SIZE)),
                broken("learningRate", outside(Limits.MIN_LEARNING_RATE, Limits.MAX_LEARNING_RATE)),
                broken("noise", outside(Limits.MIN_NOISE, Limits.MAX_NOISE)),
                broken("testFraction", outside(Limits.MIN_TEST_FRACTION, Limits.MAX_TEST_FRACTION)),
                broken("hiddenActivation", Generate.pick(Arrays.asList(null, Activation.STEP, Activation.SIGN))));
        qt().withFixedSeed(23).withExamples(1000).forAll(cases(), corruptions).checkAssert((c, b) -> {
            TrainingConfig config = b.applyTo(c.config());
            ConfigException e = catchThrowableOfType(ConfigException.class, config::validated);
            assertThat(e).as("%s = %s", b.field(), b.value()).isNotNull();
            assertThat(e.violations()).extracting(ConfigViolation::field).contains(b.field());
            for (ConfigViolation v : e.violations()) {
                assertThat(v.englishMessage()).isNotBlank().doesNotContain("config.");
            }
            assertThatThrownBy(() -> config.trainer(Datasets.circle(10, 0, 1))).isInstanceOf(ConfigException.class);
        });
    }

    /** A learning rate the network refuses: not finite, or not above 0. */
    private static Gen<Double> badRates() {
        return Generate.oneOf(
                Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0)),
                doubles().between(-Double.MAX_VALUE, -Double.MIN_VALUE));
    }

    /** An input of the right size with one element NaN or ±∞. */
    private static Gen<double[]> badInputs() {
        return integers()
                .between(0, 1)
                .zip(
                        Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)),
                        doubles().between(-1e6, 1e6),
                        (i, bad, fine) -> i == 0 ? new double[] {bad, fine} : new double[] {fine, bad});
    }

    @Test
    void bad_rates_and_inputs_are_refused_by_networks_and_perceptrons_and_change_nothing() {
        qt().withFixedSeed(29).withExamples(300).forAll(badRates(), badInputs()).checkAssert((eta, x) -> {
            for (Network n : new Network[] {
                Network.builder(2)
                        .layer(3, Activation.TANH)
                        .layer(1, Activation.SIGMOID)
                        .build(),
                Network.builder(2)
                        .layer(3, Activation.RELU)
                        .layer(2, Activation.LINEAR)
                        .build()
            }) {
                n.initialize(1);
                Network.Parameters before = n.parameters();
                double[] fine = {0.25, -0.5}, t = new double[n.outputSize()];
                assertThatThrownBy(() -> n.trainSample(fine, t, Loss.HALF_SQUARED_ERROR, eta))
                        .isInstanceOf(ConfigException.class);
                assertThatThrownBy(() -> n.traceStep(fine, t, Loss.HALF_SQUARED_ERROR, eta))
                        .isInstanceOf(ConfigException.class);
                assertThatThrownBy(() -> n.applyGradients(eta, 1)).isInstanceOf(ConfigException.class);
                assertThatThrownBy(() -> n.trainSample(x, t, Loss.HALF_SQUARED_ERROR, 0.1))
                        .isInstanceOf(ConfigException.class);
                assertThatThrownBy(() -> n.setWeights(0, x[0], x[1], x[0], x[1], x[0], x[1]))
                        .isInstanceOf(ConfigException.class);
                assertThat(n.parameters().sameBits(before)).isTrue();
            }
            Perceptron p = new Perceptron(2, Activation.SIGN, 0.1);
            assertThatThrownBy(() -> p.predict(x)).isInstanceOf(ConfigException.class);
            assertThatThrownBy(() -> p.setWeights(0, x[0], x[1])).isInstanceOf(ConfigException.class);
            assertThat(p.weights()).containsOnly(0.0);
        });
    }

    @Test
    void counts_sizes_and_rates_outside_the_limits_are_refused_with_a_config_exception() {
        Gen<Double> perceptronRates =
                Generate.oneOf(badRates(), outside(Limits.MIN_LEARNING_RATE, Limits.MAX_LEARNING_RATE));
        qt().withFixedSeed(31)
                .withExamples(500)
                .forAll(
                        outside(1, Limits.MAX_ITERATIONS),
                        outside(Limits.MIN_NEURONS_PER_LAYER, Limits.MAX_NEURONS_PER_LAYER),
                        outside(1, Limits.MAX_INPUTS),
                        perceptronRates)
                .checkAssert((m, neurons, inputs, eta) -> {
                    assertThatThrownBy(() -> StoppingRule.maxIterations(m)).isInstanceOf(ConfigException.class);
                    assertThatThrownBy(() -> Network.builder(2).layer(neurons, Activation.TANH))
                            .isInstanceOf(ConfigException.class);
                    assertThatThrownBy(() -> Network.builder(inputs)).isInstanceOf(ConfigException.class);
                    assertThatThrownBy(() -> new Perceptron(2, Activation.STEP, eta))
                            .isInstanceOf(ConfigException.class);
                });
    }
}
