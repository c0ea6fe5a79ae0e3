package org.dlf.exercises;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlf.exercises.Verdict.Outcome;
import org.jspecify.annotations.Nullable;

/** Checks answers to choice, ordering, classification and numeric exercises. Pure: no Spring, no Vaadin. */
public final class AnswerChecker {

    private AnswerChecker() {}

    /** Checks a non-numeric answer against the spec's answer; a mismatched answer kind is invalid. */
    @SuppressWarnings("unchecked")
    public static Verdict check(ExerciseSpec spec, Answer answer) {
        Object expected = spec.answer();
        return switch (answer) {
            case Answer.Choice c
            when spec.type() == ExerciseType.SINGLE ->
                expected != null && expected.equals(c.id())
                        ? Verdict.of(Outcome.CORRECT, "correct")
                        : Verdict.of(Outcome.WRONG, "wrong.single");
            case Answer.Choices c
            when spec.type() == ExerciseType.MULTIPLE -> multiple((List<String>) expected, c.ids());
            case Answer.Order o when spec.type() == ExerciseType.ORDERING -> ordering((List<String>) expected, o.ids());
            case Answer.Classes c
            when spec.type() == ExerciseType.CLASSIFICATION ->
                classes((Map<String, String>) expected, c.categoryByItem());
            default -> Verdict.of(Outcome.INVALID, "invalid.answer");
        };
    }

    private static Verdict multiple(@Nullable List<String> expected, Set<String> chosen) {
        if (chosen.isEmpty()) return Verdict.of(Outcome.INVALID, "invalid.nothing-chosen");
        Set<String> right = new HashSet<>(expected == null ? List.of() : expected);
        if (right.equals(chosen)) return Verdict.of(Outcome.CORRECT, "correct");
        Set<String> missing = new HashSet<>(right);
        missing.removeAll(chosen);
        Set<String> extra = new HashSet<>(chosen);
        extra.removeAll(right);
        return Verdict.of(Outcome.WRONG, "wrong.multiple", missing.size(), extra.size());
    }

    private static Verdict ordering(@Nullable List<String> expected, List<String> order) {
        List<String> right = expected == null ? List.of() : expected;
        if (order.size() != right.size() || !new HashSet<>(order).equals(new HashSet<>(right))) {
            return Verdict.of(Outcome.INVALID, "invalid.answer");
        }
        if (right.equals(order)) return Verdict.of(Outcome.CORRECT, "correct");
        int inPlace = 0;
        for (int i = 0; i < right.size(); i++) if (right.get(i).equals(order.get(i))) inPlace++;
        return Verdict.of(Outcome.WRONG, "wrong.ordering", inPlace, right.size());
    }

    private static Verdict classes(@Nullable Map<String, String> expected, Map<String, String> given) {
        Map<String, String> right = expected == null ? Map.of() : expected;
        if (!given.keySet().containsAll(right.keySet())) return Verdict.of(Outcome.INVALID, "invalid.unclassified");
        long correct = right.entrySet().stream()
                .filter(e -> e.getValue().equals(given.get(e.getKey())))
                .count();
        return correct == right.size()
                ? Verdict.of(Outcome.CORRECT, "correct")
                : Verdict.of(Outcome.WRONG, "wrong.classification", correct, right.size());
    }

    /**
     * Checks a typed number: unreadable input is invalid; within the tolerance of the answer is correct; near
     * a known mistake's value (of those the spec names) is that mistake; near the course example's answer
     * means the learner copied the chapter instead of using their own numbers.
     */
    public static Verdict numeric(ExerciseSpec spec, NumericTarget target, String text) {
        if (!(NumericAnswerParser.parse(text) instanceof NumericAnswerParser.Accepted accepted)) {
            return unreadable(text);
        }
        double value = accepted.value();
        double tolerance = spec.tolerance();
        if (Math.abs(value - target.answer()) <= tolerance) return Verdict.of(Outcome.CORRECT, "correct");
        for (ExerciseSpec.Mistake mistake : spec.mistakes()) {
            for (double m : target.mistakes().getOrDefault(mistake.name(), List.of())) {
                if (Math.abs(value - m) <= tolerance && Math.abs(m - target.answer()) > tolerance) {
                    return Verdict.of(Outcome.MISTAKE, mistake.name());
                }
            }
        }
        Double example = target.exampleAnswer();
        if (example != null && Math.abs(value - example) <= tolerance) {
            return Verdict.of(Outcome.WRONG, "wrong.course-example");
        }
        return Verdict.of(Outcome.WRONG, "wrong.numeric");
    }

    /** Checks a typed number by running the engine with it ({@link Checks}); unreadable input is invalid. */
    public static Verdict numeric(ExerciseSpec spec, Check check, String text) {
        if (!(NumericAnswerParser.parse(text) instanceof NumericAnswerParser.Accepted accepted)) {
            return unreadable(text);
        }
        Verdict verdict = Checks.judge(check, accepted.value());
        boolean named = verdict.outcome() != Outcome.MISTAKE || spec.mistake(verdict.code()) != null;
        return named ? verdict : Verdict.of(Outcome.WRONG, "wrong.numeric");
    }

    private static Verdict unreadable(String text) {
        NumericAnswerParser.Reason reason = ((NumericAnswerParser.Rejected) NumericAnswerParser.parse(text)).reason();
        return Verdict.of(
                Outcome.INVALID,
                "invalid." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                NumericAnswerParser.MAX_LENGTH);
    }
}
