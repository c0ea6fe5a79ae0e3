package org.dlf.engine;

import java.util.Arrays;

/**
 * One invalid configuration value, as a machine key plus arguments so a UI can translate it.
 * Keys: {@code config.range} (args: min, max, got), {@code config.batchSize.exceedsDataset}
 * (args: batch, training set size), {@code config.required} (no args), {@code config.cost.tooHigh}
 * (args: cost, max), {@code config.activation.notDifferentiable} (args: activation),
 * {@code config.positive} (args: got; a finite number above 0), {@code config.epsilon} (args: got;
 * at least 0, or NaN for "off"), {@code config.finite} (args: which element, got).
 */
public record ConfigViolation(String field, String key, Object... args) {
    public ConfigViolation {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** A readable English message, e.g. "learning rate must be between 0.0001 and 10 (got 50)". */
    public String englishMessage() {
        String name = field.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
        return switch (key) {
            case "config.range" ->
                name + " must be between " + fmt(args[0]) + " and " + fmt(args[1]) + " (got " + fmt(args[2]) + ")";
            case "config.batchSize.exceedsDataset" ->
                "batch size must not exceed the training set size " + fmt(args[1]) + " (got " + fmt(args[0]) + ")";
            case "config.required" -> name + " is required";
            case "config.cost.tooHigh" ->
                "the run is too expensive: about " + fmt(args[0]) + " operations, at most " + fmt(args[1]) + " allowed";
            case "config.activation.notDifferentiable" ->
                name + " " + args[0] + " has no derivative; gradient descent cannot train it";
            case "config.positive" -> name + " must be a finite number above 0 (got " + fmt(args[0]) + ")";
            case "config.epsilon" ->
                name + " must be at least 0, or NaN to switch the rule off (got " + fmt(args[0]) + ")";
            case "config.finite" -> name + " " + args[0] + " must be a finite number (got " + fmt(args[1]) + ")";
            default -> name + ": " + key + " " + Arrays.toString(args);
        };
    }

    /** Whole numbers without ".0", decimals without an exponent; NaN, ±Infinity and extreme magnitudes as Java writes them. */
    static String fmt(Object o) {
        if (o instanceof Double d) {
            double a = Math.abs(d);
            if (!(a < 1e15) || (a != 0 && a < 1e-6)) return Double.toString(d);
            if (d == Math.rint(d)) return Long.toString(d.longValue());
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigViolation v
                && v.field.equals(field)
                && v.key.equals(key)
                && Arrays.equals(v.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * field.hashCode() + key.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return englishMessage();
    }
}
