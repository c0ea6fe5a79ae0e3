package org.dlf.exercises;

import java.util.Optional;
import java.util.Set;

/**
 * The engine computations a numeric exercise may name with {@code compute:}, and the mistakes each can
 * recognise. The values are computed by {@link Computations} for the learner's {@link Variant}.
 */
public enum Computation {
    NEURON_OUTPUT("neuron.output", Example.NEURON, Set.of("forgot-bias", "no-activation", "wrong-sign")),
    FORWARD_OUT_O1("forward.out_o1", Example.NETWORK, Set.of("no-activation", "forgot-bias", "copied-typo")),
    FORWARD_E_TOTAL("forward.E_total", Example.NETWORK, Set.of("missing-half", "e-o1-as-total")),
    BACKWARD_DE_DW5("backward.dE_dw5", Example.NETWORK, Set.of("dropped-sigmoid-derivative", "sign-error")),
    BACKWARD_W1_NEW("backward.w1_new", Example.NETWORK, Set.of("updated-output-weights", "sign-error")),
    TRAINING_E_AFTER_1("training.E_after_1", Example.NETWORK, Set.of("updated-output-weights")),
    /** (E(w5 + h) − E(w5 − h)) / 2h on the 2-2-2 network: the gradient check of chapter 8. */
    GRADIENT_CHECK_DW5(
            "gradient-check.dE_dw5",
            Example.GRADIENT_CHECK,
            Set.of("forward-difference", "backprop-value", "missing-half")),
    /** The largest product of the sigmoid derivatives of {@code layers} layers. */
    VANISHING_SIGMOID_BOUND(
            "vanishing.sigmoid_bound", Example.LAYERS, Set.of("fewer-layers", "sigmoid-value", "added")),
    /** w after one batch step of gradient descent from the start of chapter 7's landscape. */
    DESCENT_W_AFTER_1("descent.w_after_1", Example.DESCENT_STEP, Set.of("sign-error", "gave-b")),
    /** The first batch step of gradient descent at which the loss of chapter 7's landscape is below a level. */
    DESCENT_STEPS_TO_LOSS("descent.steps_to_loss", Example.DESCENT_RUN, Set.of("last-above"));

    /** Which numbers the computation takes: the course example each is computed on. */
    public enum Example {
        /** The neuron of chapter 3: x1, x2, w1, w2, b. */
        NEURON(true),
        /** The 2-2-2 network of chapters 6 and 8: i1, i2, w1 … w8, b1, b2. */
        NETWORK(true),
        /**
         * The 2-2-2 network and the finite-difference step h; the same for everyone: on other networks the
         * estimate can come closer to the exact gradient than a tolerance can tell apart.
         */
        GRADIENT_CHECK(false),
        /** A number of layers. */
        LAYERS(true),
        /** Chapter 7's landscape: η and the start w0, b0. */
        DESCENT_STEP(true),
        /** Chapter 7's landscape: η, the start w0, b0, and a loss level. */
        DESCENT_RUN(true);

        private final boolean perLearner;

        Example(boolean perLearner) {
            this.perLearner = perLearner;
        }

        /** Whether learners may get numbers of their own ({@code variant: learner}). */
        public boolean perLearner() {
            return perLearner;
        }
    }

    private final String manifestName;
    private final Example example;
    private final Set<String> mistakes;

    Computation(String manifestName, Example example, Set<String> mistakes) {
        this.manifestName = manifestName;
        this.example = example;
        this.mistakes = mistakes;
    }

    /** The kind of numbers this computation takes. */
    public Example example() {
        return example;
    }

    public String manifestName() {
        return manifestName;
    }

    /** The mistake names this computation knows how to recognise. */
    public Set<String> mistakes() {
        return mistakes;
    }

    public static Optional<Computation> of(String name) {
        for (Computation c : values()) {
            if (c.manifestName.equals(name)) return Optional.of(c);
        }
        return Optional.empty();
    }
}
