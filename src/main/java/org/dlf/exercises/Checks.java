package org.dlf.exercises;

import org.dlf.engine.DescentExample;
import org.dlf.engine.GradientDescent;
import org.dlf.engine.Limits;
import org.dlf.exercises.Verdict.Outcome;

/** Judges a number by running the engine with it ({@link Check}). Pure: no Spring, no Vaadin. */
public final class Checks {

    /** The steps {@link Check#DESCENT_DIVERGES} runs. */
    static final int DIVERGE_STEPS = 100;

    private Checks() {}

    /** The verdict on {@code value}; a value the engine would refuse is invalid, with its bounds. */
    public static Verdict judge(Check check, double value) {
        return switch (check) {
            case DESCENT_DIVERGES -> diverges(value);
        };
    }

    private static Verdict diverges(double eta) {
        if (!(eta >= Limits.MIN_LEARNING_RATE && eta <= Limits.MAX_LEARNING_RATE)) {
            return Verdict.of(
                    Outcome.INVALID,
                    "invalid.learning-rate",
                    plain(Limits.MIN_LEARNING_RATE),
                    plain(Limits.MAX_LEARNING_RATE));
        }
        GradientDescent d = DescentExample.descent(eta);
        double start = d.current().loss();
        boolean turnedBack = false;
        double pa = 0, pb = 0;
        for (int i = 0; i < DIVERGE_STEPS && !d.diverged(); i++) {
            GradientDescent.Point from = d.current(), to = d.step();
            double da = to.a() - from.a(), db = to.b() - from.b();
            turnedBack |= da * pa + db * pb < 0;
            pa = da;
            pb = db;
        }
        if (d.diverged() || d.current().loss() > start) return Verdict.of(Outcome.CORRECT, "correct");
        return Verdict.of(Outcome.MISTAKE, turnedBack ? "zigzag-converges" : "converges");
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
