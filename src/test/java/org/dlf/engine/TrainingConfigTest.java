package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingConfigTest {
    private static TrainingConfig valid() {
        return new TrainingConfig(2, 8, Activation.TANH, 500, 0.1, 0.2, 1000, 10, 0.03, 1);
    }

    @Test
    void valid_config_has_no_violations_and_builds_its_network() {
        assertEquals(List.of(), valid().validate());
        Network n = valid().validated().buildNetwork();
        assertEquals(3, n.layerCount());
        assertEquals(valid().parameterCount(), n.parameterCount());
        assertEquals(2 * 8 + 8 + 8 * 8 + 8 + 8 + 1, valid().parameterCount());
    }

    @Test
    void learning_rate_out_of_range_gives_key_args_and_english_message() {
        TrainingConfig c = new TrainingConfig(2, 8, Activation.TANH, 500, 0.1, 0.2, 1000, 10, 50, 1);
        ConfigViolation v = c.validate().get(0);
        assertEquals("learningRate", v.field());
        assertEquals("config.range", v.key());
        assertArrayEquals(new Object[] {1e-4, 10.0, 50.0}, v.args());
        assertEquals("learning rate must be between 0.0001 and 10 (got 50)", v.toString());
    }

    @Test
    void every_bound_is_reported_at_once() {
        TrainingConfig c = new TrainingConfig(7, 17, Activation.STEP, 1001, 2, 0.95, 100_001, 0, 0, 1);
        ConfigException e = assertThrows(ConfigException.class, c::validated);
        assertEquals(
                List.of(
                        "hiddenLayers",
                        "neuronsPerLayer",
                        "datasetSize",
                        "epochs",
                        "batchSize",
                        "learningRate",
                        "noise",
                        "testFraction",
                        "hiddenActivation"),
                e.violations().stream().map(ConfigViolation::field).toList());
        assertEquals(
                "hidden layers must be between 0 and 6 (got 7)",
                e.violations().get(0).englishMessage());
        assertEquals(
                "neurons per layer must be between 1 and 16 (got 17)",
                e.violations().get(1).englishMessage());
        assertTrue(e.getMessage().contains("epochs must be between 1 and 100000 (got 100001)"), e.getMessage());
    }

    @Test
    void batch_larger_than_dataset_is_named() {
        TrainingConfig c = new TrainingConfig(1, 4, Activation.RELU, 100, 0, 0, 10, 101, 0.1, 1);
        ConfigViolation v = c.validate().get(0);
        assertEquals("config.batchSize.exceedsDataset", v.key());
        assertEquals("batch size must not exceed the training set size 100 (got 101)", v.toString());
    }

    @Test
    void a_batch_larger_than_the_training_part_of_the_split_is_refused() {
        // 10 points, half of them for testing: 5 train, so a batch of 8 cannot be filled
        TrainingConfig c = new TrainingConfig(1, 4, Activation.TANH, 10, 0, 0.5, 10, 8, 0.1, 1);
        ConfigViolation v = c.validate().get(0);
        assertEquals("config.batchSize.exceedsDataset", v.key());
        assertArrayEquals(new Object[] {8, 5}, v.args());
        assertEquals("batch size must not exceed the training set size 5 (got 8)", v.toString());
        assertEquals(5, c.trainingSize());
    }

    @Test
    void a_config_that_validates_builds_its_trainer_with_the_split_it_promised() {
        TrainingConfig c = new TrainingConfig(1, 4, Activation.TANH, 10, 0, 0.5, 10, 5, 0.1, 1);
        Trainer t = c.validated().trainer(Datasets.circle(10, 0, 1));
        EpochResult r = t.trainEpoch();
        assertEquals(1, r.epoch());
        assertTrue(r.hasTest());
        // 4 points, 90 % for testing: the split keeps 1 point to train on, and so does the config
        TrainingConfig tiny = new TrainingConfig(0, 1, Activation.TANH, 4, 0, 0.9, 10, 1, 0.1, 1);
        assertEquals(1, tiny.trainingSize());
        assertEquals(
                1,
                tiny.validated()
                        .trainer(Datasets.xor(LabelStyle.ZERO_ONE))
                        .trainEpoch()
                        .epoch());
        assertThrows(ConfigException.class, () -> new TrainingConfig(0, 1, Activation.TANH, 4, 0, 0.9, 10, 2, 0.1, 1)
                .trainer(Datasets.xor(LabelStyle.ZERO_ONE)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void non_finite_rate_noise_and_test_fraction_are_refused_with_a_config_exception(double bad) {
        TrainingConfig c = new TrainingConfig(2, 8, Activation.TANH, 500, bad, bad, 1000, 10, bad, 1);
        ConfigException e = assertThrows(ConfigException.class, c::validated);
        assertEquals(
                List.of("learningRate", "noise", "testFraction"),
                e.violations().stream().map(ConfigViolation::field).toList());
        String got = "(got " + bad + ")";
        assertEquals(
                "learning rate must be between 0.0001 and 10 " + got,
                e.violations().get(0).englishMessage());
        assertEquals(
                "noise must be between 0 and 1 " + got, e.violations().get(1).englishMessage());
        assertEquals(
                "test fraction must be between 0 and 0.9 " + got,
                e.violations().get(2).englishMessage());
        assertArrayEquals(new Object[] {1e-4, 10.0, bad}, e.violations().get(0).args());
    }

    @Test
    void extreme_values_are_written_the_way_java_writes_them() {
        TrainingConfig c = new TrainingConfig(2, 8, Activation.TANH, 500, 0, 0, 1000, 10, 1e308, 1);
        assertEquals(
                "learning rate must be between 0.0001 and 10 (got 1.0E308)",
                c.validate().get(0).toString());
        TrainingConfig tiny = new TrainingConfig(2, 8, Activation.TANH, 500, 0, 0, 1000, 10, 1e-300, 1);
        assertEquals(
                "learning rate must be between 0.0001 and 10 (got 1.0E-300)",
                tiny.validate().get(0).toString());
    }

    @Test
    void cost_is_parameters_times_training_samples_times_epochs() {
        assertEquals((long) valid().parameterCount() * 400 * 1000, valid().estimatedCost());
        TrainingConfig huge = new TrainingConfig(6, 16, Activation.TANH, 1000, 0, 0, 100_000, 1, 0.1, 1);
        assertEquals("config.cost.tooHigh", huge.validate().get(0).key());
    }
}
