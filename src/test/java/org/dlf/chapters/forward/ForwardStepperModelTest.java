package org.dlf.chapters.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dlf.chapters.stepper.NetworkStep;
import org.dlf.chapters.stepper.StepTex;
import org.dlf.chapters.stepper.WorkedExampleDiagram;
import org.dlf.chapters.stepper.WorkedValues.Param;
import org.junit.jupiter.api.Test;

class ForwardStepperModelTest {

    private static final double TOL = 1e-9;

    @Test
    void the_eleven_steps_match_the_reference_values_in_order() {
        ForwardStepperModel model = new ForwardStepperModel();
        List<NetworkStep> steps = model.all();
        assertEquals(
                List.of("z_h1", "y_h1", "z_h2", "y_h2", "z_o1", "y_o1", "z_o2", "y_o2", "E_o1", "E_o2", "E_total"),
                steps.stream().map(NetworkStep::symbol).toList());
        assertEquals(0.3775, steps.get(0).value(), TOL);
        assertEquals(0.5932699921071872, steps.get(1).value(), TOL);
        assertEquals(0.3925, steps.get(2).value(), TOL);
        assertEquals(0.596884378259767, steps.get(3).value(), TOL);
        assertEquals(1.10590596705977, steps.get(4).value(), TOL);
        assertEquals(0.7513650695523157, steps.get(5).value(), TOL);
        assertEquals(0.7729284653214625, steps.get(7).value(), TOL);
        assertEquals(0.274811083176155, steps.get(8).value(), TOL);
        assertEquals(0.023560025583847746, steps.get(9).value(), TOL);
        assertEquals(0.2983711087600027, steps.get(10).value(), TOL);
    }

    @Test
    void the_first_formula_plugs_in_the_numbers() {
        NetworkStep first = new ForwardStepperModel().all().get(0);
        assertEquals(
                "z_{h1} = w_1 i_1 + w_2 i_2 + b_1 = 0.15 \\times 0.05 + 0.2 \\times 0.1 + 0.35 = 0.3775", first.tex());
        assertTrue(new ForwardStepperModel().all().get(10).tex().endsWith("= 0.298371109"));
    }

    @Test
    void each_step_highlights_what_feeds_its_quantity() {
        List<NetworkStep> steps = new ForwardStepperModel().all();
        assertEquals(
                Set.of("i1", "i2", "w1", "w2", "b1", "b1-h1", "h1"),
                steps.get(0).highlight());
        assertEquals(
                Set.of("h1", "h2", "w7", "w8", "b2", "b2-o2", "o2"),
                steps.get(6).highlight());
        assertEquals("E", steps.get(10).focus());
    }

    @Test
    void next_and_previous_stay_within_zero_and_eleven() {
        ForwardStepperModel model = new ForwardStepperModel();
        assertTrue(model.current().isEmpty());
        model.previous();
        assertEquals(0, model.step());
        for (int i = 0; i < 20; i++) {
            model.next();
        }
        assertEquals(11, model.step());
        assertFalse(model.hasNext());
        assertEquals("E_total", model.current().orElseThrow().symbol());
        assertEquals(11, model.done().size());
    }

    @Test
    void values_out_of_bounds_are_refused_with_a_message() {
        ForwardStepperModel model = new ForwardStepperModel();
        assertEquals("stepper.range", model.set(Param.W1, 10.5).orElseThrow());
        assertEquals("stepper.range", model.set(Param.I1, Double.NaN).orElseThrow());
        assertEquals("stepper.target-range", model.set(Param.T1, 1.5).orElseThrow());
        assertEquals("stepper.target-range", model.set(Param.T2, -0.1).orElseThrow());
        assertEquals(0.15, model.value(Param.W1));
        assertTrue(model.isCourseValues());
    }

    @Test
    void a_changed_weight_changes_the_numbers_and_reset_restores_them() {
        ForwardStepperModel model = new ForwardStepperModel();
        assertTrue(model.set(Param.W1, -0.15).isEmpty());
        NetworkStep net = model.all().get(0);
        assertEquals(-0.15 * 0.05 + 0.2 * 0.1 + 0.35, net.value(), TOL);
        assertTrue(net.tex().contains("(-0.15) \\times 0.05"));
        model.reset();
        assertTrue(model.isCourseValues());
        assertEquals(0.2983711087600027, model.all().get(10).value(), TOL);
    }

    @Test
    void the_diagram_shows_values_only_once_computed() {
        ForwardStepperModel model = new ForwardStepperModel();
        assertEquals(List.of("z = ?", "y = ?"), model.labels().nodeLines().get("h1"));
        model.next();
        model.next();
        assertEquals(
                List.of("z = 0.3775", "y = 0.593269992"),
                model.labels().nodeLines().get("h1"));
        assertEquals("w5 = 0.4", model.labels().linkLabels().get("w5"));
        String svg = WorkedExampleDiagram.svg(
                        model.labels(), model.current().orElseThrow().highlight(), "h1", "a <net>")
                .html();
        assertTrue(svg.contains("aria-label=\"a &lt;net&gt;\""));
        assertTrue(svg.contains("class=\"node on focus\" data-part=\"h1\""));
    }

    @Test
    void long_formulas_are_set_on_two_lines() {
        assertEquals("\\begin{aligned}a &= b \\\\ &= 1 = 2\\end{aligned}", StepTex.aligned("a = b = 1 = 2"));
        assertEquals("a = 2", StepTex.aligned("a = 2"));
        assertEquals("3.51018778 \\times 10^{-5}", StepTex.num(3.510187782978859e-05));
        assertEquals("(-0.5)", StepTex.factor(-0.5));
    }
}
