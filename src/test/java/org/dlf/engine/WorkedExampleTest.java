package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WorkedExampleTest {
    private static final double TOL = 1e-12;

    private final StepTrace trace = WorkedExample.step(WorkedExample.network(), BackpropVariant.CORRECT);

    @Test
    void forward_pass_matches_every_reference_row() {
        LayerTrace h = trace.layer(0), o = trace.layer(1);
        assertEquals(0.3775, h.net()[0], TOL);
        assertEquals(0.5932699921071872, h.output()[0], TOL);
        assertEquals(0.596884378259767, h.output()[1], TOL);
        assertEquals(1.10590596705977, o.net()[0], TOL);
        assertEquals(0.7513650695523157, o.output()[0], TOL);
        assertEquals(0.7729284653214625, o.output()[1], TOL);
        assertEquals(0.274811083176155, trace.outputLoss(0), TOL);
        assertEquals(0.023560025583847746, trace.outputLoss(1), TOL);
        assertEquals(0.2983711087600027, trace.lossBefore(), TOL);
    }

    @Test
    void gradient_of_w5_is_the_product_of_its_three_chain_rule_factors() {
        StepTrace.ChainRule c = trace.chainRule(1, 0, 0);
        assertEquals(0.7513650695523157 - 0.01, c.dLossdOutput(), TOL);
        assertEquals(0.7513650695523157 * (1 - 0.7513650695523157), c.dOutputdNet(), TOL);
        assertEquals(0.5932699921071872, c.dNetdWeight(), TOL);
        assertEquals(0.08216704056423077, c.product(), TOL);
        assertEquals(0.08216704056423077, trace.layer(1).weightGradient(0, 0), TOL);
    }

    @Test
    void updated_weights_match_every_reference_row() {
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
        for (int w = 0; w < 8; w++) {
            double actual = trace.layer(w / 4).weightsAfter()[w % 4];
            assertEquals(expected[w], actual, TOL, "w" + (w + 1) + "+");
        }
    }

    @Test
    void frozen_shared_biases_do_not_move() {
        assertEquals(0.35, trace.layer(0).biasesAfter()[1], 0.0);
        assertEquals(0.60, trace.layer(1).biasesAfter()[0], 0.0);
    }

    @Test
    void loss_after_one_step_is_the_corrected_value() {
        assertEquals(0.29102777369359933, trace.lossAfter(), TOL);
    }

    @Test
    void loss_after_ten_thousand_steps_matches_reference() {
        assertEquals(3.510187782978859e-05, WorkedExample.train(WorkedExample.network(), 10_000), TOL);
    }

    @Test
    void fast_path_step_agrees_with_the_trace() {
        Network n = WorkedExample.network();
        assertEquals(0.29102777369359933, WorkedExample.train(n, 1), TOL);
        assertEquals(trace.layer(0).weightsAfter()[2], n.layer(0).weight(1, 0), 0.0);
    }

    @Test
    void mistake_of_propagating_through_updated_weights_gives_the_source_figure() {
        StepTrace wrong =
                WorkedExample.step(WorkedExample.network(), BackpropVariant.HIDDEN_DELTAS_FROM_UPDATED_WEIGHTS);
        assertEquals(0.291027924, wrong.lossAfter(), 5e-10);
        assertSame(BackpropVariant.HIDDEN_DELTAS_FROM_UPDATED_WEIGHTS, WorkedExample.identify(wrong.lossAfter()));
        assertSame(BackpropVariant.CORRECT, WorkedExample.identify(0.29102777369359933));
        assertNull(WorkedExample.identify(0.298371109));
    }

    @Test
    void repeating_the_one_step_mistake_ten_thousand_times_gives_the_sources_0_000035085() {
        Network wrong = WorkedExample.network();
        Network right = WorkedExample.network();
        double wrongLoss = 0;
        double rightLoss = 0;
        for (int step = 0; step < 10_000; step++) {
            wrongLoss = WorkedExample.step(wrong, BackpropVariant.HIDDEN_DELTAS_FROM_UPDATED_WEIGHTS)
                    .lossAfter();
            rightLoss = WorkedExample.step(right, BackpropVariant.CORRECT).lossAfter();
        }
        // the chapter's erratum: 3.50848e-05, which the source rounds to 0.000035085
        assertEquals(3.50848e-05, wrongLoss, 5e-11);
        assertEquals(0.000035085, wrongLoss, 5e-10);
        // the correct procedure, traced step by step, gives the course's 3.51019e-05 (as the fast path does)
        assertEquals(3.510187782978859e-05, rightLoss, TOL);
    }

    @Test
    void trainable_shared_biases_match_reference_after_one_step() {
        StepTrace t = WorkedExample.step(WorkedExample.networkWithTrainableBiases(), BackpropVariant.CORRECT);
        assertEquals(0.2857508866992965, t.lossAfter(), TOL);
        assertEquals(t.layer(1).biasesAfter()[0], t.layer(1).biasesAfter()[1], 0.0);
    }

    @Test
    void trainable_shared_biases_match_reference_after_ten_thousand_steps() {
        assertEquals(
                4.355321066163751e-06, WorkedExample.train(WorkedExample.networkWithTrainableBiases(), 10_000), TOL);
    }

    @Test
    void weight_names_follow_the_textbook() {
        assertEquals("w1", WorkedExample.weightName(0, 0, 0));
        assertEquals("w4", WorkedExample.weightName(0, 1, 1));
        assertEquals("w5", WorkedExample.weightName(1, 0, 0));
        assertEquals("w8", WorkedExample.weightName(1, 1, 1));
    }
}
