package org.dlf.exercises;

import java.util.Optional;
import java.util.Set;

/**
 * The engine computations a numeric exercise may name with {@code compute:}, and the mistakes each can
 * recognise. The values are computed by {@link Computations} for the learner's {@link Variant}.
 */
public enum Computation {
    NEURON_OUTPUT("neuron.output", Set.of("forgot-bias", "no-activation", "wrong-sign")),
    FORWARD_OUT_O1("forward.out_o1", Set.of("no-activation", "forgot-bias", "copied-typo")),
    FORWARD_E_TOTAL("forward.E_total", Set.of("missing-half", "e-o1-as-total")),
    BACKWARD_DE_DW5("backward.dE_dw5", Set.of("dropped-sigmoid-derivative", "sign-error")),
    BACKWARD_W1_NEW("backward.w1_new", Set.of("updated-output-weights", "sign-error")),
    TRAINING_E_AFTER_1("training.E_after_1", Set.of("updated-output-weights"));

    private final String manifestName;
    private final Set<String> mistakes;

    Computation(String manifestName, Set<String> mistakes) {
        this.manifestName = manifestName;
        this.mistakes = mistakes;
    }

    public String manifestName() {
        return manifestName;
    }

    /** The mistake names this computation knows how to recognise. */
    public Set<String> mistakes() {
        return mistakes;
    }

    /** True for the single-neuron computation (inputs x1, x2, weights w1, w2, bias b). */
    public boolean isNeuron() {
        return this == NEURON_OUTPUT;
    }

    public static Optional<Computation> of(String name) {
        for (Computation c : values()) {
            if (c.manifestName.equals(name)) return Optional.of(c);
        }
        return Optional.empty();
    }
}
