package org.dlf.exercises;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the raw manifests ({@code content/exercises/NN-slug.yaml}, keyed by {@code NN-slug}) into
 * {@link ExerciseSpec}s, collecting every problem: an unknown type or computation, an answer that names
 * no option, a mistake the checker cannot compute, a missing tolerance …
 */
public final class ExerciseSpecParser {

    static final Set<String> GOAL_KEYS =
            Set.of("dataset", "converge-within-epochs", "min-epochs", "max-hidden-neurons", "activation", "accuracy");
    /** The hidden-layer activations a goal may ask for (as the MLP trainer offers them). */
    static final Set<String> GOAL_ACTIVATIONS = Set.of("tanh", "sigmoid", "relu", "linear");

    static final Set<String> WIDGETS = Set.of("perceptron-trainer", "mlp-trainer");
    private static final Set<String> KEYS = Set.of(
            "id",
            "type",
            "title",
            "prompt",
            "options",
            "categories",
            "answer",
            "compute",
            "check",
            "variant",
            "activation",
            "tolerance",
            "mistakes",
            "hints",
            "explanation",
            "widget",
            "goal");

    private final List<String> problems = new ArrayList<>();
    private String where = "";

    /** Parses every manifest; throws {@link IllegalArgumentException} listing all problems. */
    public static List<ExerciseSpec> parse(Map<String, List<Map<String, Object>>> manifests) {
        ExerciseSpecParser parser = new ExerciseSpecParser();
        List<ExerciseSpec> specs = new ArrayList<>();
        manifests.keySet().stream().sorted().forEach(dir -> {
            String slug = dir.replaceFirst("^\\d+-", "");
            for (Map<String, Object> raw : manifests.get(dir)) {
                parser.where = "exercises/" + dir + ".yaml, exercise '" + raw.get("id") + "'";
                ExerciseSpec spec = parser.spec(slug, raw);
                if (spec != null) specs.add(spec);
            }
        });
        if (!parser.problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "Invalid exercise manifests:\n  " + String.join("\n  ", parser.problems));
        }
        return List.copyOf(specs);
    }

    private @Nullable ExerciseSpec spec(String chapter, Map<String, Object> raw) {
        raw.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k -> problem("unknown key '" + k + "'"));
        ExerciseType type = ExerciseType.of(String.valueOf(raw.get("type"))).orElse(null);
        if (type == null) {
            problem("unknown type '" + raw.get("type") + "'");
            return null;
        }
        List<ExerciseSpec.Option> options = options(raw.get("options"), "options");
        List<ExerciseSpec.Option> categories = options(raw.get("categories"), "categories");
        List<Text> hints = new ArrayList<>();
        if (raw.get("hints") instanceof List<?> list) list.forEach(h -> hints.add(text(h, "hint")));
        if (hints.isEmpty() || hints.size() > 3) problem("needs 1–3 hints");
        Computation compute = null;
        if (raw.get("compute") != null) {
            compute = Computation.of(String.valueOf(raw.get("compute"))).orElse(null);
            if (compute == null) problem("unknown computation '" + raw.get("compute") + "'");
        }
        Check check = null;
        if (raw.get("check") != null) {
            check = Check.of(String.valueOf(raw.get("check"))).orElse(null);
            if (check == null) problem("unknown check '" + raw.get("check") + "'");
            if (type != ExerciseType.NUMERIC) problem("'check' is for numeric exercises");
        }
        List<ExerciseSpec.Mistake> mistakes = new ArrayList<>();
        if (raw.get("mistakes") instanceof List<?> list) {
            for (Object m : list) {
                String name = m instanceof Map<?, ?> map ? String.valueOf(map.get("name")) : "?";
                boolean known = (compute != null && compute.mistakes().contains(name))
                        || (check != null && check.mistakes().contains(name));
                if (!known) {
                    problem("mistake '" + name + "' cannot be computed for "
                            + (check != null ? raw.get("check") : raw.get("compute")));
                }
                Object label = m instanceof Map<?, ?> map ? map.get("label") : null;
                mistakes.add(new ExerciseSpec.Mistake(
                        name, text(m, "mistake " + name), text(label, "mistake " + name + " label")));
            }
        }
        if (raw.get("activation") != null && !"sigmoid".equals(raw.get("activation"))) {
            problem("only 'activation: sigmoid' is supported");
        }
        Object answer = answer(type, raw, options, categories, compute, check);
        double tolerance = number(raw.get("tolerance"));
        if (type == ExerciseType.NUMERIC && check == null && !(tolerance > 0 && tolerance < 1)) {
            problem("needs a tolerance in (0, 1)");
        }
        if (check != null && raw.get("tolerance") != null)
            problem("a check judges by running the engine: no tolerance");
        boolean learnerVariant = "learner".equals(raw.get("variant"));
        if (learnerVariant && compute == null) problem("'variant: learner' needs 'compute'");
        if (learnerVariant && compute != null && !compute.example().perLearner()) {
            problem("'" + compute.manifestName() + "' gives everyone the same numbers: no 'variant: learner'");
        }
        Map<String, Object> goal = goal(type, raw);
        String widget = raw.get("widget") == null ? null : String.valueOf(raw.get("widget"));
        if (type == ExerciseType.TRAIN_GOAL && !WIDGETS.contains(String.valueOf(widget))) {
            problem("train-goal needs 'widget' to be one of " + WIDGETS);
        }
        return new ExerciseSpec(
                String.valueOf(raw.get("id")),
                chapter,
                type,
                text(raw.get("title"), "title"),
                text(raw.get("prompt"), "prompt"),
                options,
                categories,
                answer,
                compute,
                check,
                learnerVariant,
                tolerance,
                List.copyOf(mistakes),
                List.copyOf(hints),
                text(raw.get("explanation"), "explanation"),
                widget,
                goal);
    }

    private @Nullable Object answer(
            ExerciseType type,
            Map<String, Object> raw,
            List<ExerciseSpec.Option> options,
            List<ExerciseSpec.Option> categories,
            @Nullable Computation compute,
            @Nullable Check check) {
        Object a = raw.get("answer");
        Set<String> ids = new HashSet<>();
        options.forEach(o -> ids.add(o.id()));
        switch (type) {
            case SINGLE -> {
                if (!ids.contains(String.valueOf(a))) problem("answer '" + a + "' is not an option");
                return String.valueOf(a);
            }
            case MULTIPLE, ORDERING -> {
                List<String> list =
                        a instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
                if (list.isEmpty() || !ids.containsAll(list) || new HashSet<>(list).size() != list.size()) {
                    problem("answer must list distinct option ids");
                }
                if (type == ExerciseType.ORDERING && list.size() != options.size()) {
                    problem("an ordering answer must list every option once");
                }
                return list;
            }
            case CLASSIFICATION -> {
                Map<String, String> map = new LinkedHashMap<>();
                if (a instanceof Map<?, ?> m) m.forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
                Set<String> cats = new HashSet<>();
                categories.forEach(c -> cats.add(c.id()));
                if (!map.keySet().equals(ids) || !cats.containsAll(map.values()) || cats.isEmpty()) {
                    problem("answer must put every option in a known category");
                }
                return map;
            }
            case NUMERIC -> {
                int given = (a == null ? 0 : 1) + (compute == null ? 0 : 1) + (check == null ? 0 : 1);
                if (given != 1) problem("numeric needs exactly one of 'answer', 'compute' and 'check'");
                Double value = a == null ? null : number(a);
                if (value != null && !Double.isFinite(value)) problem("answer '" + a + "' is not a number");
                return value;
            }
            default -> {
                return null;
            }
        }
    }

    private Map<String, Object> goal(ExerciseType type, Map<String, Object> raw) {
        Map<String, Object> goal = new LinkedHashMap<>();
        if (raw.get("goal") instanceof Map<?, ?> m) m.forEach((k, v) -> goal.put(String.valueOf(k), v));
        if (type == ExerciseType.TRAIN_GOAL) {
            if (!GOAL_KEYS.containsAll(goal.keySet()) || !goal.containsKey("dataset")) {
                problem("goal needs 'dataset' and only the keys " + GOAL_KEYS);
            }
            goal.forEach((k, v) -> {
                if (k.equals("activation")) {
                    if (!GOAL_ACTIVATIONS.contains(String.valueOf(v))) {
                        problem("goal activation must be one of " + GOAL_ACTIVATIONS);
                    }
                } else if (!k.equals("dataset") && !(v instanceof Number)) {
                    problem("goal '" + k + "' must be a number");
                }
                if (k.equals("accuracy") && !(number(v) > 0 && number(v) <= 1))
                    problem("goal accuracy must be in (0, 1]");
            });
        }
        return Map.copyOf(goal);
    }

    /** A YAML number; SnakeYAML (YAML 1.1) reads {@code 1e-4} without a dot as a string, so accept that too. */
    static double number(@Nullable Object raw) {
        if (raw instanceof Number n) return n.doubleValue();
        if (raw instanceof String s && NumericAnswerParser.parse(s) instanceof NumericAnswerParser.Accepted a) {
            return a.value();
        }
        return Double.NaN;
    }

    private List<ExerciseSpec.Option> options(@Nullable Object raw, String what) {
        List<ExerciseSpec.Option> list = new ArrayList<>();
        if (raw instanceof List<?> items) {
            for (Object item : items) {
                String id = item instanceof Map<?, ?> m ? String.valueOf(m.get("id")) : "?";
                list.add(new ExerciseSpec.Option(id, text(item, what + " " + id)));
            }
        }
        return List.copyOf(list);
    }

    private Text text(@Nullable Object raw, String what) {
        if (raw instanceof Map<?, ?> m && m.get("zh") instanceof String zh && m.get("en") instanceof String en) {
            if (!zh.isBlank() && !en.isBlank()) return new Text(zh.strip(), en.strip());
        }
        problem(what + " needs zh and en");
        return new Text("", "");
    }

    private void problem(String message) {
        problems.add(where + ": " + message);
    }
}
