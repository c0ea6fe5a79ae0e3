package org.dlf.chapters.share;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers and words as link parameters write them: the shortest text that reads back as the same double
 * ({@code 0.1}, {@code -2.5}, {@code 1.0E-7}), lower-case choices, {@code on}/{@code off}. Reading accepts only
 * plain finite numbers of at most {@value #MAX_NUMBER} characters: no {@code NaN}, {@code Infinity}, hex,
 * spaces or values too large for a double.
 */
public final class UrlText {

    static final int MAX_NUMBER = 32;
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");

    private UrlText() {}

    /** The shortest text that reads back as exactly {@code value}; no "-0". */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        if (value == 0) {
            return "0";
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.length() <= 20 ? plain : Double.toString(value);
    }

    public static Optional<Double> parseNumber(String text) {
        if (text.length() > MAX_NUMBER || !DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? Optional.of(value == 0 ? 0.0 : value) : Optional.empty();
    }

    /** A whole number that fits an {@code int} (so that narrowing it changes nothing). */
    public static Optional<Long> parseInteger(String text) {
        if (!INTEGER.matcher(text).matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(text);
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Optional.of(value) : Optional.empty();
    }

    public static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parseWord(String text, Iterable<E> allowed) {
        for (E e : allowed) {
            if (word(e).equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public static String flag(boolean value) {
        return value ? "on" : "off";
    }

    public static Optional<Boolean> parseFlag(String text) {
        return switch (text) {
            case "on" -> Optional.of(true);
            case "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
