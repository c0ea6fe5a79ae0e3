package org.dlf.engine;

import java.util.Arrays;

/**
 * One invalid configuration value, as a machine key plus arguments so a UI can translate it.
 * Keys: {@code config.range} (args: min, max, got), {@code config.batchSize.exceedsDataset}
 * (args: batch, datasetSize), {@code config.required} (no args), {@code config.cost.tooHigh}
 * (args: cost, max), {@code config.activation.notDifferentiable} (args: activation).
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
                "batch size must not exceed the dataset size " + fmt(args[1]) + " (got " + fmt(args[0]) + ")";
            case "config.required" -> name + " is required";
            case "config.cost.tooHigh" ->
                "the run is too expensive: about " + fmt(args[0]) + " operations, at most " + fmt(args[1]) + " allowed";
            case "config.activation.notDifferentiable" ->
                name + " " + args[0] + " has no derivative; gradient descent cannot train it";
            default -> name + ": " + key + " " + Arrays.toString(args);
        };
    }

    static String fmt(Object o) {
        if (o instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
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
