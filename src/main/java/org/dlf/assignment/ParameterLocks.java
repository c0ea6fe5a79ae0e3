package org.dlf.assignment;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The locked parameters of one widget for one learner: parameter name → the teacher's value, in the
 * canonical spelling of {@link LockableParameter#normalise}. A widget's model refuses any other value.
 */
public record ParameterLocks(Map<String, String> values) {

    public static final ParameterLocks NONE = new ParameterLocks(Map.of());

    public ParameterLocks {
        values = Map.copyOf(values);
    }

    public boolean any() {
        return !values.isEmpty();
    }

    public boolean locked(String name) {
        return values.containsKey(name);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** True unless {@code name} is locked to another value (numbers compare as numbers, words ignoring case). */
    public boolean permits(String name, String value) {
        String locked = values.get(name);
        return locked == null || same(locked, value);
    }

    public boolean permits(String name, double value) {
        return permits(name, LockableParameter.format(value));
    }

    public boolean permits(String name, long value) {
        return permits(name, Long.toString(value));
    }

    public boolean permits(String name, Enum<?> value) {
        return permits(name, LockableParameter.format(value));
    }

    /** The first locked parameter whose value in {@code used} differs from the lock (or is missing). */
    public Optional<String> firstBreach(Map<String, String> used) {
        return new TreeMap<>(values)
                .entrySet().stream()
                        .filter(e -> used.get(e.getKey()) == null || !same(e.getValue(), used.get(e.getKey())))
                        .map(Map.Entry::getKey)
                        .findFirst();
    }

    private static boolean same(String locked, String value) {
        try {
            return Double.compare(Double.parseDouble(locked), Double.parseDouble(value)) == 0;
        } catch (NumberFormatException e) {
            return locked.equalsIgnoreCase(value.strip());
        }
    }
}
