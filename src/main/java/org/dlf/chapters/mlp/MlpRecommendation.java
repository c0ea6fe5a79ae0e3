package org.dlf.chapters.mlp;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dlf.engine.Activation;

/**
 * Settings that train a generated data set well, in one click: with any seed they reach ≥ 95 % test
 * accuracy (on XOR, whose four points are all for training: 100 % of them) within {@code epochs} epochs, and
 * the learning-rate watch stays silent ({@code MlpRecommendationTest} trains each with 20 seeds). The seed
 * stays the learner's; the start goes back to random, the noise to 0 and the test set to 20 %.
 *
 * @param settings what the recommendation changes
 * @param epochs   the epochs within which it gets there (a run's epochs are raised to at least this)
 */
record MlpRecommendation(UnaryOperator<MlpSettings.Builder> settings, int epochs) {

    private static final Map<MlpData.Choice, MlpRecommendation> BY_DATASET = Map.of(
            MlpData.Choice.XOR,
            new MlpRecommendation(
                    b -> b.hiddenLayers(1)
                            .neuronsPerLayer(8)
                            .activation(Activation.TANH)
                            .learningRate(0.5)
                            .batchSize(4),
                    200),
            MlpData.Choice.CIRCLE,
            new MlpRecommendation(
                    b -> b.hiddenLayers(1)
                            .neuronsPerLayer(8)
                            .activation(Activation.TANH)
                            .learningRate(0.3)
                            .batchSize(10),
                    100),
            MlpData.Choice.GAUSSIAN,
            new MlpRecommendation(
                    b -> b.hiddenLayers(1)
                            .neuronsPerLayer(4)
                            .activation(Activation.TANH)
                            .learningRate(0.3)
                            .batchSize(10),
                    50),
            MlpData.Choice.XOR_QUADRANTS,
            new MlpRecommendation(
                    b -> b.hiddenLayers(2)
                            .neuronsPerLayer(8)
                            .activation(Activation.TANH)
                            .learningRate(0.1)
                            .batchSize(10),
                    100),
            MlpData.Choice.SPIRAL,
            new MlpRecommendation(
                    b -> b.hiddenLayers(3)
                            .neuronsPerLayer(12)
                            .activation(Activation.RELU)
                            .learningRate(0.01)
                            .batchSize(5),
                    1000));

    /** The recommendation for a generated data set; none for own points. */
    static Optional<MlpRecommendation> of(MlpData.Choice choice) {
        return Optional.ofNullable(BY_DATASET.get(choice));
    }

    /** {@code current} with the recommended values put in. */
    MlpSettings.Builder applyTo(MlpSettings current) {
        return settings.apply(current.edit()
                .start(MlpSettings.Start.RANDOM)
                .noise(0)
                .testFraction(0.2)
                .epochBudget(Math.max(current.epochBudget(), epochs)));
    }
}
