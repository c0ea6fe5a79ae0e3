package org.dlf.exercises;

import java.util.Optional;
import java.util.Set;

/**
 * The engine runs a numeric exercise may name with {@code check:}: instead of comparing the learner's number
 * with one answer, {@link Checks} runs the engine with it and judges what happens. Each check knows the
 * mistakes it can recognise.
 */
public enum Check {
    /**
     * The learner's η makes batch gradient descent on chapter 7's landscape, from its start, end higher than
     * it started after {@value Checks#DIVERGE_STEPS} steps.
     */
    DESCENT_DIVERGES("descent.diverges", Set.of("converges", "zigzag-converges"));

    private final String manifestName;
    private final Set<String> mistakes;

    Check(String manifestName, Set<String> mistakes) {
        this.manifestName = manifestName;
        this.mistakes = mistakes;
    }

    public String manifestName() {
        return manifestName;
    }

    /** The mistake names this check can recognise. */
    public Set<String> mistakes() {
        return mistakes;
    }

    public static Optional<Check> of(String name) {
        for (Check c : values()) {
            if (c.manifestName.equals(name)) return Optional.of(c);
        }
        return Optional.empty();
    }
}
