package org.dlf.exercises;

import java.util.List;

/**
 * The result of checking an answer. {@code code} names the feedback: for {@link Outcome#MISTAKE} the
 * manifest's mistake name; otherwise a key suffix of the exercises bundle (e.g. {@code wrong.ordering}),
 * filled with {@code args}.
 */
public record Verdict(Outcome outcome, String code, List<Object> args) {

    public enum Outcome {
        CORRECT,
        /** Wrong, and recognised as a known mistake. */
        MISTAKE,
        WRONG,
        /** Not an answer (unreadable number, nothing chosen): not recorded as an attempt. */
        INVALID,
        /** A train goal before the widget has published any state: not recorded. */
        NOT_READY;

        public boolean recorded() {
            return this != INVALID && this != NOT_READY;
        }
    }

    public static Verdict of(Outcome outcome, String code, Object... args) {
        return new Verdict(outcome, code, List.of(args));
    }

    public boolean correct() {
        return outcome == Outcome.CORRECT;
    }
}
