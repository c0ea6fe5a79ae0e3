package org.dlf.chapters.backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlf.chapters.stepper.NetworkStep;
import org.dlf.chapters.stepper.WorkedValues.Param;
import org.junit.jupiter.api.Test;

class BackpropStepperModelTest {

    private static final double TOL = 1e-9;
    private final BackpropStepperModel model = new BackpropStepperModel();

    @Test
    void w5_is_walked_through_its_three_chain_rule_factors() {
        List<NetworkStep> s = model.all();
        assertEquals(0.7413650695523157, s.get(0).value(), TOL);
        assertEquals(0.18681560180895948, s.get(1).value(), TOL);
        assertEquals(0.5932699921071872, s.get(2).value(), TOL);
        assertEquals(0.08216704056423077, s.get(3).value(), TOL);
        assertEquals(
                s.get(0).value() * s.get(1).value() * s.get(2).value(), s.get(3).value(), 1e-15);
        assertEquals(0.35891647971788465, s.get(4).value(), TOL);
        assertTrue(
                s.get(4).tex().endsWith("= 0.4 - 0.5 \\times 0.0821670406 = 0.35891648"),
                s.get(4).tex());
    }

    @Test
    void w1_goes_through_the_sum_over_both_outputs() {
        List<NetworkStep> s = model.all();
        assertEquals(0.0363503064, s.get(5).value(), 1e-10);
        assertEquals(0.241300709, s.get(6).value(), 1e-9);
        assertEquals(0.05, s.get(7).value(), TOL);
        assertEquals(0.000438567734, s.get(8).value(), 1e-12);
        assertEquals(0.1497807161327628, s.get(9).value(), TOL);
        assertEquals(Set.of("E", "o1", "o2", "w5", "w7", "h1"), s.get(5).highlight());
        assertTrue(
                s.get(5).tex().contains("0.138498562 \\times 0.4 + (-0.0380982365) \\times 0.5"),
                s.get(5).tex());
    }

    @Test
    void the_last_step_updates_all_eight_weights_from_the_original_ones() {
        double[] expected = {
            0.1497807161327628,
            0.19956143226552567,
            0.24975114363236958,
            0.29950228726473915,
            0.35891647971788465,
            0.4086661860762334,
            0.5113012702387375,
            0.5613701211079891
        };
        List<BackpropStepperModel.WeightRow> rows = model.weights();
        for (int k = 0; k < 8; k++) {
            assertEquals("w" + (k + 1), rows.get(k).name());
            assertEquals(expected[k], rows.get(k).after(), TOL);
        }
        assertEquals(0.29102777369359933, model.all().get(10).value(), TOL);
        assertEquals(0.2983711087600027, model.lossBefore(), TOL);
    }

    @Test
    void the_source_figure_comes_from_the_engine_mistake_variant() {
        BackpropStepperModel.Mistake m = BackpropStepperModel.mistake();
        assertEquals(0.29102777369359933, m.correctLoss(), TOL);
        assertEquals(0.291027924, m.mistakeLoss(), 5e-10);
        assertTrue(m.mistakeTex().contains("w_5^{+}"));
        assertTrue(m.correctTex().endsWith("= 0.0363503064"), m.correctTex());
    }

    @Test
    void updated_weights_appear_in_the_diagram_once_computed() {
        assertEquals("w5 = 0.4", model.labels().linkLabels().get("w5"));
        for (int i = 0; i < 5; i++) {
            model.next();
        }
        assertEquals("w5 = 0.4 → 0.35891648", model.labels().linkLabels().get("w5"));
        assertEquals("w1 = 0.15", model.labels().linkLabels().get("w1"));
        for (int i = 0; i < 20; i++) {
            model.next();
        }
        assertEquals(11, model.step());
        assertEquals("w8 = 0.55 → 0.561370121", model.labels().linkLabels().get("w8"));
        assertEquals("E_total = 0.298371109 → 0.291027774", model.labels().errorLine());
    }

    @Test
    void changed_numbers_recompute_every_step_and_reset_returns_to_the_worked_example() {
        model.goTo(5);
        assertTrue(model.set(Param.W5, -0.3).isEmpty());
        assertTrue(model.set(Param.ETA, 1.0).isEmpty());
        assertTrue(model.set(Param.I1, 0.7).isEmpty());
        assertTrue(model.set(Param.T1, 0.5).isEmpty());
        List<NetworkStep> s = model.all();
        // the chain rule's product is the gradient the engine finds by finite differences
        double h = 1e-6;
        double numeric = (loss(Param.W5, -0.3 + h) - loss(Param.W5, -0.3 - h)) / (2 * h);
        assertEquals(numeric, s.get(3).value(), 1e-8);
        assertEquals(
                s.get(0).value() * s.get(1).value() * s.get(2).value(), s.get(3).value(), 1e-15);
        assertEquals(-0.3 - 1.0 * s.get(3).value(), s.get(4).value(), 1e-15);
        assertEquals(0.7, s.get(7).value(), 0); // ∂z_h1/∂w1 = i1
        assertTrue(s.get(4).tex().contains("= -0.3 - 1 \\times "), s.get(4).tex());
        assertEquals(5, model.step());
        assertTrue(model.labels().linkLabels().get("w5").startsWith("w5 = -0.3 → "));

        model.reset();
        assertTrue(model.values().isCourse());
        assertEquals(5, model.step());
        assertEquals(0.35891647971788465, model.all().get(4).value(), TOL);
        assertEquals(0.29102777369359933, model.all().get(10).value(), TOL);
    }

    @Test
    void numbers_out_of_bounds_are_refused_and_change_nothing() {
        assertEquals("stepper.rate-range", model.set(Param.ETA, 10.5).orElseThrow());
        assertEquals("stepper.rate-range", model.set(Param.ETA, -0.1).orElseThrow());
        assertEquals("stepper.target-range", model.set(Param.T2, 1.01).orElseThrow());
        assertEquals(
                "stepper.range", model.set(Param.B1, Double.POSITIVE_INFINITY).orElseThrow());
        assertEquals("stepper.range", model.set(Param.W8, Double.NaN).orElseThrow());
        assertEquals("stepper.step-range", model.goTo(12).orElseThrow());
        assertTrue(model.setAll(Map.of(Param.W1, 1.0, Param.W2, 11.0)).isPresent());
        assertTrue(model.values().isCourse(), "all or nothing");
        assertEquals(0.29102777369359933, model.all().get(10).value(), TOL);
    }

    @Test
    void train_n_steps_starts_from_the_numbers_the_stepper_shows() {
        model.set(Param.W7, 2.0);
        model.set(Param.ETA, 0.25);
        BackpropTraining training = BackpropTraining.of(1, model.values()).orElseThrow();
        training.advance(System.nanoTime() + 1_000_000_000L, 1);
        assertEquals(model.all().get(10).value(), training.frame().error(), 1e-15);
        assertEquals("backprop.train.range", model.setTrainSteps(0).orElseThrow());
        assertTrue(model.setTrainSteps(250).isEmpty());
        assertEquals(250, model.trainSteps());
    }

    private static double loss(Param p, double value) {
        BackpropStepperModel m = new BackpropStepperModel();
        m.set(Param.ETA, 1.0);
        m.set(Param.I1, 0.7);
        m.set(Param.T1, 0.5);
        m.set(Param.W5, -0.3);
        m.set(p, value);
        return m.lossBefore();
    }
}
