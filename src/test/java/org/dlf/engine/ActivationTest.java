package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void fast_tanh_agrees_with_math_tanh_to_about_one_ulp_relative() {
        SplittableRandom rng = new SplittableRandom(1);
        double worst = 0;
        for (int k = 0; k < 2_000_000; k++) {
            double x = k % 2 == 0 ? rng.nextDouble(-20, 20) : rng.nextDouble(-1, 1) * Math.pow(10, -rng.nextInt(12));
            double expected = Math.tanh(x);
            worst = Math.max(worst, Math.abs(Activation.tanh(x) - expected) / Math.abs(expected == 0 ? 1 : expected));
        }
        assertTrue(worst < 1.2e-15, "worst relative error " + worst);
    }

    @Test
    void fast_tanh_handles_extremes_without_overflow() {
        assertEquals(1.0, Activation.tanh(1e6), 0.0);
        assertEquals(-1.0, Activation.tanh(-800), 0.0);
        assertEquals(1.0, Activation.tanh(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(-1.0, Activation.tanh(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(0.0, Activation.tanh(0.0), 0.0);
        assertEquals(1e-300, Activation.tanh(1e-300), 0.0);
        assertTrue(Double.isNaN(Activation.tanh(Double.NaN)));
    }

    @Test
    void step_and_sign_map_non_negative_input_to_one() {
        assertEquals(1.0, Activation.STEP.apply(0.0));
        assertEquals(0.0, Activation.STEP.apply(-1e-9));
        assertEquals(1.0, Activation.SIGN.apply(0.0));
        assertEquals(-1.0, Activation.SIGN.apply(-3));
        assertFalse(Activation.STEP.isDifferentiable());
        assertFalse(Activation.SIGN.isDifferentiable());
    }

    @Test
    void derivatives_match_central_differences_away_from_kinks() {
        double h = 1e-6;
        for (Activation a : Activation.values()) {
            if (!a.isDifferentiable()) continue;
            for (double x = -4.05; x < 4; x += 0.1) {
                double numeric = (a.apply(x + h) - a.apply(x - h)) / (2 * h);
                assertEquals(numeric, a.derivative(x), 1e-8, a + " at " + x);
            }
        }
    }

    @Test
    void derivative_from_cached_output_equals_derivative_from_net_input() {
        for (Activation a : Activation.values()) {
            for (double x = -3.05; x < 3; x += 0.5) {
                assertEquals(a.derivative(x), a.derivative(x, a.apply(x)), 0.0, a + " at " + x);
            }
        }
    }

    @Test
    void relu_derivative_at_the_kink_is_zero_and_sigmoid_is_half_at_zero() {
        assertEquals(0.0, Activation.RELU.derivative(0.0));
        assertEquals(0.5, Activation.SIGMOID.apply(0.0));
        assertEquals(0.25, Activation.SIGMOID.derivative(0.0));
        assertEquals(1.0, Activation.TANH.derivative(0.0));
    }
}
