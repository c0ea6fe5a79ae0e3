package org.dlf.chapters.mlp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dlf.engine.Activation;
import org.dlf.engine.Point;
import org.dlf.training.TrainingSpeed;

/**
 * The MLP trainer's whole state as a plain value: the data (generated set, noise, and the learner's edits:
 * generated points removed, points added), every setting, and the speed of Play. The same state gives the
 * same run, bit for bit. Its text form is stable and fits a link: {@code key=value} pairs joined by {@code &}
 * in a fixed order, values of letters, digits and {@code . , ; -} only, e.g.
 * {@code v=1&data=spiral&noise=0&test=20&layers=3&neurons=12&act=relu&lr=0.01&batch=5&seed=7&start=random&epochs=1000&speed=normal}
 * ({@code data} is the generated set the points come from; with edits also {@code removed=3,17} and
 * {@code added=0.5,-1.25,1;…}: x, y, class). {@link #decode} refuses anything else with
 * {@link IllegalArgumentException}; whether the values are allowed is for the model to judge
 * ({@link MlpTrainerModel#restore}), so {@code settings} are as read, not yet validated.
 */
public record MlpState(
        MlpData.Choice data, SortedSet<Integer> removed, List<Point> added, MlpSettings settings, TrainingSpeed speed) {

    static final String VERSION = "1";
    private static final Set<String> KEYS = Set.of(
            "v", "data", "noise", "test", "layers", "neurons", "act", "lr", "batch", "seed", "start", "epochs", "speed",
            "removed", "added");

    public MlpState {
        removed = new TreeSet<>(removed);
        added = List.copyOf(added);
    }

    /** The state as ordered key/value pairs. */
    public Map<String, String> toMap() {
        MlpSettings s = settings;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        m.put("data", name(data));
        m.put("noise", number(s.noise()));
        m.put("test", Long.toString(Math.round(s.testFraction() * 100)));
        m.put("layers", Integer.toString(s.hiddenLayers()));
        m.put("neurons", Integer.toString(s.neuronsPerLayer()));
        m.put("act", name(s.activation()));
        m.put("lr", number(s.learningRate()));
        m.put("batch", Integer.toString(s.batchSize()));
        m.put("seed", Long.toString(s.seed()));
        m.put("start", name(s.start()));
        m.put("epochs", Integer.toString(s.epochBudget()));
        m.put("speed", name(speed));
        if (!removed.isEmpty()) {
            m.put(
                    "removed",
                    String.join(",", removed.stream().map(String::valueOf).toList()));
        }
        if (!added.isEmpty()) {
            m.put(
                    "added",
                    String.join(
                            ";",
                            added.stream()
                                    .map(p -> number(p.x()) + "," + number(p.y()) + "," + (int) p.label())
                                    .toList()));
        }
        return m;
    }

    /** The text form: {@link #toMap()} joined as {@code k=v&k=v}. */
    public String encode() {
        List<String> pairs = new ArrayList<>();
        toMap().forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join("&", pairs);
    }

    /** A state from its text form; {@link IllegalArgumentException} for anything malformed. */
    public static MlpState decode(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || m.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("not a key=value pair, or a key twice: " + pair);
            }
        }
        return fromMap(m);
    }

    /** A state from its pairs; {@link IllegalArgumentException} for a missing, unknown or malformed one. */
    public static MlpState fromMap(Map<String, String> m) {
        if (!KEYS.containsAll(m.keySet()) || !VERSION.equals(m.get("v"))) {
            throw new IllegalArgumentException("unknown keys or version: " + m.keySet());
        }
        MlpSettings.Builder s = MlpSettings.defaults()
                .edit()
                .noise(decimal(m, "noise"))
                .testFraction(integer(m, "test") / 100.0)
                .hiddenLayers(integer(m, "layers"))
                .neuronsPerLayer(integer(m, "neurons"))
                .activation(choice(Activation.class, m, "act"))
                .learningRate(decimal(m, "lr"))
                .batchSize(integer(m, "batch"))
                .seed(integer(m, "seed"))
                .start(choice(MlpSettings.Start.class, m, "start"))
                .epochBudget(integer(m, "epochs"));
        SortedSet<Integer> removed = new TreeSet<>();
        for (String i : list(m, "removed", ",")) {
            removed.add(parseInt(i));
        }
        List<Point> added = new ArrayList<>();
        for (String p : list(m, "added", ";")) {
            String[] xyc = p.split(",", -1);
            if (xyc.length != 3 || added.size() >= MlpData.MAX_POINTS) {
                throw new IllegalArgumentException("not a point x,y,class: " + p);
            }
            added.add(new Point(parseDecimal(xyc[0]), parseDecimal(xyc[1]), parseInt(xyc[2])));
        }
        return new MlpState(
                choice(MlpData.Choice.class, m, "data"),
                removed,
                added,
                s.buildUnchecked(),
                choice(TrainingSpeed.class, m, "speed"));
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String value(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null || v.length() > 40) {
            throw new IllegalArgumentException("missing or too long: " + key);
        }
        return v;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Map<String, String> m, String key) {
        String v = value(m, key);
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(v)) {
                return e;
            }
        }
        throw new IllegalArgumentException("not a " + key + ": " + v);
    }

    private static int integer(Map<String, String> m, String key) {
        return parseInt(value(m, key));
    }

    private static double decimal(Map<String, String> m, String key) {
        return parseDecimal(value(m, key));
    }

    private static List<String> list(Map<String, String> m, String key, String separator) {
        String v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (v.length() > 20 * MlpData.MAX_POINTS) {
            throw new IllegalArgumentException("too long: " + key);
        }
        return List.of(v.split(separator, -1));
    }

    private static int parseInt(String s) {
        if (!s.matches("-?\\d{1,9}")) {
            throw new IllegalArgumentException("not a whole number: " + s);
        }
        return Integer.parseInt(s);
    }

    /** Plain decimals only (no exponent, NaN or infinity), as {@link #number} writes them. */
    private static double parseDecimal(String s) {
        if (!s.matches("-?\\d{1,9}(\\.\\d{1,17})?")) {
            throw new IllegalArgumentException("not a plain decimal: " + s);
        }
        return Double.parseDouble(s);
    }
}
