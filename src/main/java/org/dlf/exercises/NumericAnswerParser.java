package org.dlf.exercises;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a typed number strictly but kindly. Accepts {@code 0.5}, {@code 0,5}, {@code .5}, {@code 5e-1},
 * full-width digits ({@code ０.５}), the minus sign {@code −} and surrounding spaces. Rejects NaN,
 * Infinity, hex, type suffixes ({@code 1.5d}), thousands separators or mixed separators
 * ({@code 1,234.5}, {@code 1.234,5}, {@code 1,234}) and over-long input, each with a reason. Never throws.
 */
public final class NumericAnswerParser {

    public static final int MAX_LENGTH = 40;
    private static final int MAX_RAW_LENGTH = 200;
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d{1,30}([.,]\\d{0,30})?|[.,]\\d{1,30})([eE][+-]?\\d{1,3})?");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?[1-9]\\d{0,2},\\d{3}([eE].*)?");
    private static final Pattern NAMED = Pattern.compile("[+-]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);

    /** Why an input is not a number. */
    public enum Reason {
        EMPTY,
        TOO_LONG,
        NOT_FINITE,
        AMBIGUOUS_SEPARATOR,
        NOT_A_NUMBER,
        OUT_OF_RANGE
    }

    /** The outcome: a value, or the reason it was rejected. */
    public sealed interface Result {}

    public record Accepted(double value) implements Result {}

    public record Rejected(Reason reason) implements Result {}

    private NumericAnswerParser() {}

    public static Result parse(@Nullable String input) {
        if (input == null) return new Rejected(Reason.EMPTY);
        if (input.length() > MAX_RAW_LENGTH) return new Rejected(Reason.TOO_LONG);
        String text = Normalizer.normalize(input, Normalizer.Form.NFKC)
                .replace('−', '-')
                .replace('﹣', '-')
                .replace('。', '.')
                .strip();
        if (text.isEmpty()) return new Rejected(Reason.EMPTY);
        if (text.length() > MAX_LENGTH) return new Rejected(Reason.TOO_LONG);
        if (NAMED.matcher(text).matches()) return new Rejected(Reason.NOT_FINITE);
        if (separators(text) > 1 || THOUSANDS.matcher(text).matches()) {
            return new Rejected(Reason.AMBIGUOUS_SEPARATOR);
        }
        if (!NUMBER.matcher(text).matches()) return new Rejected(Reason.NOT_A_NUMBER);
        String plain = text.replace(',', '.');
        if (plain.startsWith(".") || plain.startsWith("-.") || plain.startsWith("+.")) {
            plain = plain.replaceFirst("\\.", "0.");
        }
        plain = plain.replaceFirst("\\.([eE]|$)", "$1");
        double value = new BigDecimal(plain).doubleValue();
        if (!Double.isFinite(value)) return new Rejected(Reason.OUT_OF_RANGE);
        return new Accepted(value == 0 ? 0.0 : value);
    }

    private static long separators(String text) {
        return text.chars().filter(c -> c == '.' || c == ',').count();
    }
}
