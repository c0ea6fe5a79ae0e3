package org.dlf.chapters.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dlf.engine.Activation;
import org.junit.jupiter.api.Test;

class NeuronPlaygroundModelTest {

    @Test
    void starts_at_the_chapters_worked_example() {
        NeuronPlaygroundModel model = new NeuronPlaygroundModel();
        assertEquals(2, model.inputs());
        assertEquals(0.2, model.z(), 1e-12);
        assertEquals(0.549834, model.y(), 1e-6);
        assertEquals("0.549834", NeuronPlaygroundModel.show(model.y(), 6));
    }

    @Test
    void other_activations_give_the_chapters_values_for_z_of_0_2() {
        NeuronPlaygroundModel model = new NeuronPlaygroundModel();
        model.setActivation(Activation.STEP);
        assertEquals(1.0, model.y());
        model.setActivation(Activation.LINEAR);
        assertEquals(0.2, model.y(), 1e-12);
        model.setActivation(Activation.TANH);
        assertEquals(0.197375, model.y(), 1e-6);
        model.setActivation(Activation.RELU);
        assertEquals(0.2, model.y(), 1e-12);
    }

    @Test
    void moving_w1_to_1_gives_z_0_8_and_sigmoid_0_689974() {
        NeuronPlaygroundModel model = new NeuronPlaygroundModel();
        assertEquals(Optional.empty(), model.setW(0, 1.0));
        assertEquals(0.8, model.z(), 1e-12);
        assertEquals(0.689974, model.y(), 1e-6);
    }

    @Test
    void a_third_input_adds_its_product_only_while_it_is_used() {
        NeuronPlaygroundModel model = new NeuronPlaygroundModel();
        model.setW(2, 2.0);
        model.setX(2, -1.5);
        assertEquals(0.2, model.z(), 1e-12);
        assertEquals(Optional.empty(), model.setInputs(3));
        assertEquals(-2.8, model.z(), 1e-12);
        model.setInputs(1);
        assertEquals(0.5, model.z(), 1e-12);
    }

    @Test
    void values_outside_minus_5_to_5_or_not_numbers_are_refused_and_the_old_value_kept() {
        NeuronPlaygroundModel model = new NeuronPlaygroundModel();
        assertEquals(Optional.of(NeuronPlaygroundModel.RANGE), model.setW(0, 5.01));
        assertEquals(Optional.of(NeuronPlaygroundModel.RANGE), model.setX(1, -100));
        assertEquals(Optional.of(NeuronPlaygroundModel.NOT_A_NUMBER), model.setBias(Double.NaN));
        assertEquals(Optional.of(NeuronPlaygroundModel.NOT_A_NUMBER), model.setBias(Double.POSITIVE_INFINITY));
        assertEquals(Optional.of(NeuronPlaygroundModel.INPUT_COUNT), model.setW(3, 1));
        assertEquals(0.4, model.w(0));
        assertEquals(0.5, model.x(1));
        assertEquals(0.1, model.bias());
        assertEquals(Optional.empty(), model.setW(0, 5.0));
        assertEquals(Optional.empty(), model.setW(0, -5.0));
    }

    @Test
    void input_counts_other_than_1_to_3_and_unknown_functions_are_refused() {
        NeuronPlaygroundModel model = new NeuronPlaygroundModel();
        assertEquals(Optional.of(NeuronPlaygroundModel.INPUT_COUNT), model.setInputs(0));
        assertEquals(Optional.of(NeuronPlaygroundModel.INPUT_COUNT), model.setInputs(4));
        assertEquals(Optional.of(NeuronPlaygroundModel.FUNCTION), model.setActivation(Activation.SIGN));
        assertEquals(Optional.of(NeuronPlaygroundModel.FUNCTION), model.setActivation(null));
        assertEquals(2, model.inputs());
        assertEquals(Activation.SIGMOID, model.activation());
    }

    @Test
    void parse_accepts_plain_numbers_only() {
        assertEquals(Optional.of(-0.6), NeuronPlaygroundModel.parse("-0.6"));
        assertEquals(Optional.of(0.5), NeuronPlaygroundModel.parse(".5"));
        assertEquals(Optional.empty(), NeuronPlaygroundModel.parse("NaN"));
        assertEquals(Optional.empty(), NeuronPlaygroundModel.parse("Infinity"));
        assertEquals(Optional.empty(), NeuronPlaygroundModel.parse("1,5"));
        assertEquals(Optional.empty(), NeuronPlaygroundModel.parse(null));
    }

    @Test
    void formula_plugs_in_the_numbers_of_the_worked_example() {
        String tex = new NeuronPlaygroundModel().formula();
        assertTrue(tex.contains("z &= 0.4 \\times 1.0 + (-0.6) \\times 0.5 + 0.1 \\\\ &= 0.2 \\\\ y &= "), tex);
        assertTrue(tex.contains("\\sigma(0.2) \\approx 0.549834"), tex);
    }

    @Test
    void diagram_draws_negative_weights_dashed_and_thicker_for_larger_weights() {
        NeuronPlaygroundModel model = new NeuronPlaygroundModel();
        String svg = NeuronDiagram.render(model, "a neuron").html();
        assertTrue(
                svg.contains(
                        "np-link np-positive\" x1=\"58\" y1=\"42\" x2=\"196\" y2=\"122\" " + "stroke-width=\"1.64\""),
                svg);
        assertTrue(
                svg.contains(
                        "np-link np-negative\" x1=\"58\" y1=\"202\" x2=\"196\" y2=\"122\" " + "stroke-width=\"1.96\""),
                svg);
        assertTrue(svg.contains("aria-label=\"a neuron\""));
    }
}
