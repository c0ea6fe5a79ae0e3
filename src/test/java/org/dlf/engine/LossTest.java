package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {

    @Test
    void half_squared_error_is_the_sources_e_total() {
        assertEquals(
                0.2983711087600027,
                Loss.HALF_SQUARED_ERROR.value(
                        new double[] {0.7513650695523157, 0.7729284653214625}, new double[] {0.01, 0.99}),
                1e-15);
    }

    @Test
    void mean_squared_error_averages_over_outputs() {
        assertEquals(
                (0.25 + 1.0) / 2, Loss.MEAN_SQUARED_ERROR.value(new double[] {0.5, 2}, new double[] {0, 1}), 1e-15);
    }

    @Test
    void binary_cross_entropy_is_ln2_at_one_half_and_finite_when_saturated() {
        assertEquals(Math.log(2), Loss.BINARY_CROSS_ENTROPY.value(new double[] {0.5}, new double[] {1}), 1e-15);
        double saturated = Loss.BINARY_CROSS_ENTROPY.value(new double[] {0.0}, new double[] {1});
        assertTrue(Double.isFinite(saturated) && saturated > 30);
    }

    @Test
    void derivatives_match_central_differences() {
        double h = 1e-7;
        double[] targets = {0, 0.3, 1};
        for (Loss loss : Loss.values()) {
            for (double t : targets) {
                for (double o = 0.05; o < 1; o += 0.1) {
                    double numeric = (loss.term(o + h, t, 2) - loss.term(o - h, t, 2)) / (2 * h);
                    assertEquals(numeric, loss.derivative(o, t, 2), 1e-6, loss + " o=" + o + " t=" + t);
                }
            }
        }
    }

    @Test
    void mismatched_target_length_is_rejected_with_the_sizes() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Loss.MEAN_SQUARED_ERROR.value(new double[2], new double[3]));
        assertEquals("expected 2 targets, got 3", e.getMessage());
    }
}
