package org.dlf.chapters.perceptron;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlf.assignment.LockableParameter;

/**
 * The perceptron trainer's parameters a teacher may lock, with the bounds its model checks. Names double as
 * keys of the run's recorded parameters.
 */
final class PerceptronLocks {

    static final String DATASET = "dataset";
    static final String LEARNING_RATE = "learningRate";
    static final String START_MODE = "start";
    static final String SEED = "seed";
    static final String ZERO = "ZERO";
    static final String RANDOM = "RANDOM";

    private static final PerceptronSettings DEFAULTS = PerceptronSettings.defaults();

    static final List<LockableParameter> LOCKABLE = List.of(
            LockableParameter.choice(
                    DATASET,
                    Arrays.stream(PerceptronPoints.Choice.values())
                            .filter(c -> c != PerceptronPoints.Choice.CUSTOM)
                            .map(Enum::name)
                            .toList(),
                    LockableParameter.format(PerceptronPoints.Choice.OR)),
            LockableParameter.number(
                    LEARNING_RATE,
                    PerceptronSettings.MIN_LEARNING_RATE,
                    PerceptronSettings.MAX_LEARNING_RATE,
                    DEFAULTS.learningRate()),
            LockableParameter.choice(START_MODE, List.of(ZERO, RANDOM), start(DEFAULTS.randomStart())),
            LockableParameter.integer(SEED, 0, PerceptronSettings.MAX_SEED, DEFAULTS.seed()));

    private PerceptronLocks() {}

    static String start(boolean random) {
        return random ? RANDOM : ZERO;
    }

    static Map<String, String> parameters(
            PerceptronPoints.Choice dataset, double learningRate, boolean random, long seed) {
        Map<String, String> used = new LinkedHashMap<>();
        used.put(DATASET, LockableParameter.format(dataset));
        used.put(LEARNING_RATE, LockableParameter.format(learningRate));
        used.put(START_MODE, start(random));
        used.put(SEED, Long.toString(seed));
        return used;
    }
}
