package org.dlf.exercises.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlf.assignment.LockableParameter;
import org.dlf.assignment.LockableWidget;
import org.dlf.exercises.Verdict;

/**
 * A train goal's feedback in the learner's words: the checker names data sets and locked values as the engine
 * spells them (XOR, CUSTOM, TANH); here they become the labels the widget shows ("My own points",
 * "自定义"), and a locked parameter's name the one the teacher saw. Other feedback is left as it is.
 */
final class FeedbackArguments {

    /** getTranslation, passed in so this stays a plain function. */
    @FunctionalInterface
    interface Translator {
        String t(String key, Object... args);
    }

    private FeedbackArguments() {}

    /** The verdict's arguments, translated where they are names; {@code widget} is the goal's trainer. */
    static Object[] of(Verdict verdict, Optional<LockableWidget> widget, Translator tr) {
        List<Object> args = verdict.args();
        if (widget.isEmpty()) {
            return args.toArray();
        }
        String prefix = widget.get().messagePrefix();
        return switch (verdict.code()) {
            case "goal.dataset" ->
                args.stream().map(a -> choice(tr, prefix, "dataset", a)).toArray();
            case "goal.activation" ->
                args.stream().map(a -> choice(tr, prefix, "activation", a)).toArray();
            case "goal.locked" -> {
                String name = String.valueOf(args.getFirst());
                boolean choice = widget.get().lockable().stream()
                        .anyMatch(p -> p.name().equals(name) && p.kind() == LockableParameter.Kind.CHOICE);
                yield new Object[] {
                    tr.t("assignment.parameter." + name),
                    choice ? choice(tr, prefix, name, args.get(1)) : args.get(1),
                    choice ? choice(tr, prefix, name, args.get(2)) : args.get(2)
                };
            }
            default -> args.toArray();
        };
    }

    /** A choice's label, {@code PREFIX.PARAMETER.value} in lower case, as the widget and the teacher show it. */
    private static String choice(Translator tr, String prefix, String parameter, Object value) {
        return tr.t(prefix + "." + parameter + "." + String.valueOf(value).toLowerCase(Locale.ROOT));
    }
}
