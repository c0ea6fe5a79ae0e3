package org.dlf.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The course example's numbers, against /work/shared/reference/worked-example-2-2-2.md. */
class ComputationsTest {

    private static NumericTarget example(Computation c) {
        return Computations.evaluate(c, Variant.example(c));
    }

    @Test
    void out_o1_of_the_example_and_its_copied_typo() {
        NumericTarget t = example(Computation.FORWARD_OUT_O1);
        assertThat(t.answer()).isCloseTo(0.7513650695523157, within(1e-12));
        assertThat(t.mistakes().get("copied-typo")).containsExactly(0.75136079);
        assertThat(t.mistakes().get("no-activation").get(0)).isCloseTo(1.10590596705977, within(1e-12));
        assertThat(t.exampleAnswer()).isNull();
    }

    @Test
    void e_total_and_its_mistakes() {
        NumericTarget t = example(Computation.FORWARD_E_TOTAL);
        assertThat(t.answer()).isCloseTo(0.2983711087600027, within(1e-12));
        assertThat(t.mistakes().get("e-o1-as-total").get(0)).isCloseTo(0.274811083176155, within(1e-12));
        assertThat(t.mistakes().get("missing-half").get(0)).isCloseTo(2 * 0.2983711087600027, within(1e-12));
    }

    @Test
    void de_dw5_and_the_dropped_sigmoid_derivative() {
        NumericTarget t = example(Computation.BACKWARD_DE_DW5);
        assertThat(t.answer()).isCloseTo(0.08216704056423077, within(1e-12));
        assertThat(t.mistakes().get("dropped-sigmoid-derivative").get(0))
                .isCloseTo(0.741365069552316 * 0.5932699921071872, within(1e-9));
        assertThat(t.mistakes().get("sign-error").get(0)).isCloseTo(-0.08216704056423077, within(1e-12));
    }

    @Test
    void w1_after_one_step_and_the_updated_output_weights_mistake() {
        NumericTarget t = example(Computation.BACKWARD_W1_NEW);
        assertThat(t.answer()).isCloseTo(0.1497807161327628, within(1e-12));
        assertThat(t.mistakes().get("updated-output-weights").get(0)).isNotCloseTo(t.answer(), within(1e-9));
    }

    @Test
    void loss_after_one_step_is_0_291027774_and_the_source_figure_is_the_known_mistake() {
        NumericTarget t = example(Computation.TRAINING_E_AFTER_1);
        assertThat(t.answer()).isCloseTo(0.29102777369359933, within(1e-12));
        assertThat(t.mistakes().get("updated-output-weights").get(0)).isCloseTo(0.291027924, within(1e-9));
    }

    @Test
    void the_neuron_of_chapter_3_gives_0_549834() {
        NumericTarget t = example(Computation.NEURON_OUTPUT);
        assertThat(t.answer()).isCloseTo(0.549834, within(1e-6));
        assertThat(t.mistakes().get("no-activation").get(0)).isCloseTo(0.2, within(1e-12));
        assertThat(t.mistakes().get("forgot-bias").get(0)).isCloseTo(1 / (1 + Math.exp(-0.1)), within(1e-12));
        assertThat(t.mistakes().get("wrong-sign").get(0)).isCloseTo(1 - 0.549834, within(1e-6));
    }
}
