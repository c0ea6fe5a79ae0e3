package org.dlf.chapters.mlp;

import static org.dlf.assignment.LockableParameter.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlf.assignment.LockableParameter;
import org.dlf.assignment.ParameterLocks;
import org.dlf.engine.Activation;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Limits;

/**
 * The MLP trainer's parameters a teacher may lock, with the bounds {@link MlpTrainerModel#apply} checks, and
 * how locks meet {@link MlpSettings}. Names double as keys of the run's recorded parameters.
 */
final class MlpLocks {

    static final String DATASET = "dataset";
    static final String LEARNING_RATE = "learningRate";
    static final String SEED = "seed";
    static final String HIDDEN_LAYERS = "hiddenLayers";
    static final String NEURONS = "neuronsPerLayer";
    static final String ACTIVATION = "activation";
    static final String BATCH = "batchSize";

    private static final MlpSettings DEFAULTS = MlpSettings.defaults();

    static final List<LockableParameter> LOCKABLE = List.of(
            LockableParameter.choice(
                    DATASET,
                    Arrays.stream(MlpData.Choice.values())
                            .filter(c -> c != MlpData.Choice.CUSTOM)
                            .map(Enum::name)
                            .toList(),
                    format(MlpData.Choice.XOR)),
            LockableParameter.number(
                    LEARNING_RATE, Limits.MIN_LEARNING_RATE, Limits.MAX_LEARNING_RATE, DEFAULTS.learningRate()),
            LockableParameter.integer(SEED, 0, MlpSettings.MAX_SEED, DEFAULTS.seed()),
            LockableParameter.integer(
                    HIDDEN_LAYERS, Limits.MIN_HIDDEN_LAYERS, Limits.MAX_HIDDEN_LAYERS, DEFAULTS.hiddenLayers()),
            LockableParameter.integer(
                    NEURONS, Limits.MIN_NEURONS_PER_LAYER, Limits.MAX_NEURONS_PER_LAYER, DEFAULTS.neuronsPerLayer()),
            LockableParameter.choice(
                    ACTIVATION,
                    MlpSettings.ACTIVATIONS.stream().map(Enum::name).toList(),
                    format(DEFAULTS.activation())),
            LockableParameter.integer(BATCH, Limits.MIN_BATCH_SIZE, MlpData.MAX_POINTS, DEFAULTS.batchSize()));

    private MlpLocks() {}

    /** The values a run with these settings uses, by parameter name. */
    static Map<String, String> parameters(MlpSettings s, MlpData.Choice dataset) {
        Map<String, String> used = new LinkedHashMap<>();
        used.put(DATASET, format(dataset));
        used.put(LEARNING_RATE, format(s.learningRate()));
        used.put(SEED, Long.toString(s.seed()));
        used.put(HIDDEN_LAYERS, Integer.toString(s.hiddenLayers()));
        used.put(NEURONS, Integer.toString(s.neuronsPerLayer()));
        used.put(ACTIVATION, format(s.activation()));
        used.put(BATCH, Integer.toString(s.batchSize()));
        return used;
    }

    /** One violation per locked parameter these settings would change (field names as the engine's). */
    static List<ConfigViolation> violations(ParameterLocks locks, MlpSettings s) {
        List<ConfigViolation> v = new ArrayList<>();
        if (!locks.permits(LEARNING_RATE, s.learningRate())) v.add(locked("learningRate"));
        if (!locks.permits(SEED, s.seed())) v.add(locked("seed"));
        if (!locks.permits(HIDDEN_LAYERS, s.hiddenLayers())) v.add(locked("hiddenLayers"));
        if (!locks.permits(NEURONS, s.neuronsPerLayer())) v.add(locked("neuronsPerLayer"));
        if (!locks.permits(ACTIVATION, s.activation())) v.add(locked("hiddenActivation"));
        if (!locks.permits(BATCH, s.batchSize())) v.add(locked("batchSize"));
        return v;
    }

    /** The settings with every locked value put in. */
    static MlpSettings.Builder applied(ParameterLocks locks, MlpSettings.Builder s) {
        locks.value(HIDDEN_LAYERS).map(Integer::parseInt).ifPresent(s::hiddenLayers);
        locks.value(NEURONS).map(Integer::parseInt).ifPresent(s::neuronsPerLayer);
        locks.value(ACTIVATION).map(Activation::valueOf).ifPresent(s::activation);
        locks.value(LEARNING_RATE).map(Double::parseDouble).ifPresent(s::learningRate);
        locks.value(BATCH).map(Integer::parseInt).ifPresent(s::batchSize);
        locks.value(SEED).map(Long::parseLong).ifPresent(s::seed);
        return s;
    }

    private static ConfigViolation locked(String field) {
        return new ConfigViolation(field, "assignment.locked");
    }
}
