package org.dlf.assignment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A widget parameter a teacher may lock, with the same bounds the widget itself validates.
 *
 * @param name    the parameter's name, e.g. {@code learningRate} (also its key in snapshots and settings)
 * @param kind    a decimal number, a whole number, or one of {@code choices}
 * @param min     smallest allowed number (numbers only)
 * @param max     largest allowed number (numbers only)
 * @param choices the allowed values of a choice, in their canonical spelling (choices only)
 * @param start   the widget's own starting value, offered when a teacher starts to lock the parameter
 */
public record LockableParameter(String name, Kind kind, double min, double max, List<String> choices, String start) {

    public enum Kind {
        NUMBER,
        INTEGER,
        CHOICE
    }

    public LockableParameter {
        choices = List.copyOf(choices);
    }

    public static LockableParameter number(String name, double min, double max, double start) {
        return new LockableParameter(name, Kind.NUMBER, min, max, List.of(), format(start));
    }

    public static LockableParameter integer(String name, long min, long max, long start) {
        return new LockableParameter(name, Kind.INTEGER, min, max, List.of(), Long.toString(start));
    }

    public static LockableParameter choice(String name, List<String> choices, String start) {
        return new LockableParameter(name, Kind.CHOICE, 0, 0, choices, start);
    }

    /** The value in its canonical spelling, or empty when it is not a valid value of this parameter. */
    public Optional<String> normalise(String raw) {
        String text = raw.strip();
        try {
            return switch (kind) {
                case NUMBER -> {
                    double d = Double.parseDouble(text);
                    yield Double.isFinite(d) && d >= min && d <= max ? Optional.of(format(d)) : Optional.empty();
                }
                case INTEGER -> {
                    long n = Long.parseLong(text);
                    yield n >= min && n <= max ? Optional.of(Long.toString(n)) : Optional.empty();
                }
                case CHOICE ->
                    choices.stream()
                            .filter(c -> c.equalsIgnoreCase(text.replace(' ', '_')))
                            .findFirst();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A decimal number the way settings and snapshots write it: 0.1, 2, 0.0005 (no exponent). */
    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The choice spelled as a lock value (the enum constant's name). */
    public static String format(Enum<?> value) {
        return value.name().toUpperCase(Locale.ROOT);
    }
}
