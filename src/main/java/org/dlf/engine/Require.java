package org.dlf.engine;

import java.util.List;

/**
 * The checks at the engine's public boundary. Each refuses a bad argument with a {@link ConfigException}
 * whose one {@link ConfigViolation} names the parameter, the value and what is allowed; nothing has been
 * changed when it throws. Inside the engine values are trusted.
 */
final class Require {
    private Require() {}

    static int between(String field, int value, int min, int max) {
        if (value < min || value > max) throw refused(field, "config.range", min, max, value);
        return value;
    }

    /** {@code value} in [min, max]; NaN is refused. */
    static double between(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) throw refused(field, "config.range", min, max, value);
        return value;
    }

    /** A finite number above 0, e.g. a learning rate. */
    static double positive(String field, double value) {
        if (!(value > 0 && value <= Double.MAX_VALUE)) throw refused(field, "config.positive", value);
        return value;
    }

    /** Every element finite; the violation names the first one that is not. */
    static double[] finite(String field, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) throw notFinite(field, i, values[i]);
        }
        return values;
    }

    /** The refusal of a value that is not finite; {@code which} says which one, e.g. "(1, 0) of layer 2". */
    static ConfigException notFinite(String field, Object which, double value) {
        return refused(field, "config.finite", which, value);
    }

    static <T> T present(String field, T value) {
        if (value == null) throw refused(field, "config.required");
        return value;
    }

    static ConfigException refused(String field, String key, Object... args) {
        return new ConfigException(List.of(new ConfigViolation(field, key, args)));
    }
}
