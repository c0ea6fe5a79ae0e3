package org.dlf.chapters.share;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StateCodec} made of named fields, each a getter and the model's own validating setter (which
 * answers a message key when it refuses). Text that is not even of the field's kind (letters for a number, a
 * word the choice does not know) is refused before the model sees it. Fields are applied in the order they
 * are declared: declare what resets the model (a data set) before what it resets. A field's label key is the
 * label of its control; without one a refusal shows the parameter's name (e.g. {@code w1}).
 *
 * @param <M> the widget's model
 */
public final class StateFields<M> implements StateCodec<M> {

    private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9._~-]{1,80}");

    /** One field: the parameters it owns, how it reads them and applies those a link gives. */
    private record Field<M>(
            List<String> names,
            Function<M, Map<String, String>> read,
            BiFunction<M, Map<String, String>, Optional<Refusal>> write) {}

    private final List<Field<M>> fields = new ArrayList<>();
    private List<Object> args = List.of();

    public static <M> StateFields<M> of() {
        return new StateFields<>();
    }

    /** The arguments the widget passes with every message of its own (e.g. its bounds). */
    public StateFields<M> args(Object... messageArgs) {
        this.args = List.of(messageArgs);
        return this;
    }

    public StateFields<M> number(
            String name,
            @Nullable String labelKey,
            Function<M, Double> get,
            BiFunction<M, Double, Optional<String>> set) {
        return number(name, labelKey, null, get, set);
    }

    /** A number whose refusal message takes its own arguments (e.g. bounds that differ from field to field). */
    public StateFields<M> number(
            String name,
            @Nullable String labelKey,
            @Nullable List<Object> messageArgs,
            Function<M, Double> get,
            BiFunction<M, Double, Optional<String>> set) {
        return single(name, labelKey, messageArgs, m -> UrlText.number(get.apply(m)), UrlText::parseNumber, set);
    }

    /** A whole number that fits an {@code int}. */
    public StateFields<M> integer(
            String name, @Nullable String labelKey, Function<M, Long> get, BiFunction<M, Long, Optional<String>> set) {
        return integer(name, labelKey, null, get, set);
    }

    /** A whole number whose refusal message takes its own arguments. */
    public StateFields<M> integer(
            String name,
            @Nullable String labelKey,
            @Nullable List<Object> messageArgs,
            Function<M, Long> get,
            BiFunction<M, Long, Optional<String>> set) {
        return single(name, labelKey, messageArgs, m -> Long.toString(get.apply(m)), UrlText::parseInteger, set);
    }

    /** One of {@code allowed}, written in lower case with hyphens ({@code sigmoid}, {@code custom}). */
    public <E extends Enum<E>> StateFields<M> choice(
            String name,
            @Nullable String labelKey,
            List<E> allowed,
            Function<M, E> get,
            BiFunction<M, E, Optional<String>> set) {
        return single(name, labelKey, null, m -> UrlText.word(get.apply(m)), t -> UrlText.parseWord(t, allowed), set);
    }

    /** A word or name such as a milestone's id: letters, digits and {@code . _ ~ -}, at most 80 characters. */
    public StateFields<M> text(
            String name,
            @Nullable String labelKey,
            Function<M, String> get,
            BiFunction<M, String, Optional<String>> set) {
        return single(
                name, labelKey, null, get, t -> TEXT.matcher(t).matches() ? Optional.of(t) : Optional.empty(), set);
    }

    /** {@code on} or {@code off}. */
    public StateFields<M> flag(
            String name,
            @Nullable String labelKey,
            Function<M, Boolean> get,
            BiFunction<M, Boolean, Optional<String>> set) {
        return single(name, labelKey, null, m -> UrlText.flag(get.apply(m)), UrlText::parseFlag, set);
    }

    /**
     * A field of several parameters applied together (e.g. a data set and the points clicked into it):
     * {@code set} gets those of {@code names} the link gives, reads them itself and answers the message key of
     * a refusal; {@code get} gives every one of them.
     */
    public StateFields<M> group(
            List<String> names,
            @Nullable String labelKey,
            Function<M, Map<String, String>> get,
            BiFunction<M, Map<String, String>, Optional<String>> set) {
        fields.add(new Field<>(List.copyOf(names), get, (m, given) -> set.apply(m, given)
                .map(key -> new Refusal(
                        String.join(" + ", given.keySet()), String.join(" ", given.values()), labelKey, key, args))));
        return this;
    }

    private <T> StateFields<M> single(
            String name,
            @Nullable String labelKey,
            @Nullable List<Object> messageArgs,
            Function<M, String> get,
            Function<String, Optional<T>> parse,
            BiFunction<M, T, Optional<String>> set) {
        fields.add(new Field<>(List.of(name), m -> Map.of(name, get.apply(m)), (m, given) -> {
            String raw = given.get(name);
            Optional<T> value = parse.apply(raw);
            if (value.isEmpty()) {
                return Optional.of(new Refusal(name, raw, labelKey, "share.error.value", List.of()));
            }
            return set.apply(m, value.get())
                    .map(key -> new Refusal(name, raw, labelKey, key, messageArgs == null ? args : messageArgs));
        }));
        return this;
    }

    @Override
    public Map<String, String> encode(M model) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Field<M> f : fields) {
            all.putAll(f.read().apply(model));
        }
        return all;
    }

    @Override
    public List<Refusal> apply(M model, Map<String, String> params) {
        List<Refusal> refused = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (Field<M> f : fields) {
            known.addAll(f.names());
            Map<String, String> given = new LinkedHashMap<>();
            for (String name : f.names()) {
                if (params.containsKey(name)) {
                    given.put(name, params.get(name));
                }
            }
            if (!given.isEmpty()) {
                f.write().apply(model, given).ifPresent(refused::add);
            }
        }
        params.forEach((name, value) -> {
            if (!known.contains(name)) {
                refused.add(Refusal.unknown(name, value));
            }
        });
        return refused;
    }
}
