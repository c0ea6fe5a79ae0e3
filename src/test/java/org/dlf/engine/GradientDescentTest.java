package org.dlf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Gradient descent on the chapter's linear neuron, against the theory of a quadratic bowl: with Hessian H
 * (here the mean of [x², x; x, 1]) and its largest eigenvalue λ, full-batch steps never reverse for
 * η < 1/λ, zig-zag but converge for 1/λ < η < 2/λ, and diverge for η > 2/λ.
 */
class GradientDescentTest {

    /** The largest eigenvalue of the example's Hessian, computed from the data (not from the engine). */
    static double largestCurvature() {
        double[] x = DescentExample.xs();
        double xx = 0, x1 = 0;
        for (double v : x) {
            xx += v * v / x.length;
            x1 += v / x.length;
        }
        double half = (xx + 1) / 2, det = xx - x1 * x1;
        return half + Math.sqrt(half * half - det);
    }

    @Test
    void one_full_batch_step_moves_against_the_gradient_by_eta_times_it() {
        GradientDescent d = DescentExample.descent(0.1);
        GradientDescent.Point start = d.current();
        GradientDescent.Point next = d.step();
        assertThat(next.step()).isEqualTo(1);
        assertThat(next.a()).isCloseTo(start.a() - 0.1 * start.gradientA(), within(1e-15));
        assertThat(next.b()).isCloseTo(start.b() - 0.1 * start.gradientB(), within(1e-15));
        assertThat(next.batchLoss()).isCloseTo(start.loss(), within(1e-15));
        assertThat(next.loss()).isLessThan(start.loss());
    }

    @Test
    void a_good_learning_rate_reaches_the_least_squares_fit() {
        GradientDescent d = DescentExample.descent(0.4);
        for (int i = 0; i < 200; i++) d.step();
        assertThat(d.current().a()).isCloseTo(0.475, within(1e-9));
        assertThat(d.current().b()).isCloseTo(1.025, within(1e-9));
        assertThat(d.current().loss()).isCloseTo(0.0087890625, within(1e-12));
    }

    @Test
    void below_one_over_lambda_no_step_turns_back() {
        double eta = 0.98 / largestCurvature();
        GradientDescent d = DescentExample.descent(eta);
        assertThat(reversals(d, 60)).isZero();
    }

    @Test
    void between_one_and_two_over_lambda_the_steps_zig_zag_but_converge() {
        double lambda = largestCurvature();
        GradientDescent d = DescentExample.descent(1.85 / lambda);
        assertThat(reversals(d, 40)).isGreaterThan(10);
        for (int i = 0; i < 2000; i++) d.step();
        assertThat(d.current().loss()).isCloseTo(0.0087890625, within(1e-9));
    }

    @Test
    void above_two_over_lambda_the_loss_grows_until_the_descent_diverges() {
        double lambda = largestCurvature();
        assertThat(2 / lambda).isCloseTo(0.8674, within(1e-4));
        GradientDescent below = DescentExample.descent(0.99 * 2 / lambda);
        GradientDescent above = DescentExample.descent(1.01 * 2 / lambda);
        double start = above.current().loss();
        for (int i = 0; i < 100; i++) {
            below.step();
            above.step();
        }
        assertThat(below.current().loss()).isLessThan(start);
        assertThat(above.current().loss()).isGreaterThan(start);
        while (!above.diverged() && above.steps() < 5000) above.step();
        assertThat(above.diverged()).isTrue();
        int steps = above.steps();
        assertThat(above.step().step()).as("no step after diverging").isEqualTo(steps);
        assertThat(above.current().loss()).isGreaterThan(GradientDescent.LOSS_LIMIT);
    }

    @Test
    void online_steps_use_one_shuffled_point_each_and_repeat_with_the_seed() {
        GradientDescent a = DescentExample.descent(0.1, 1, -1.5, 3);
        GradientDescent b = DescentExample.descent(0.1, 1, -1.5, 3);
        GradientDescent batch = DescentExample.descent(0.1, 8, -1.5, 3);
        for (int i = 0; i < 16; i++) {
            assertThat(a.step()).isEqualTo(b.step());
        }
        assertThat(batch.step().a())
                .isNotEqualTo(DescentExample.descent(0.1, 1, -1.5, 3).step().a());
        for (int i = 0; i < 400; i++) a.step();
        assertThat(a.current().loss()).as("near the bottom, jittering").isLessThan(0.02);
    }

    @Test
    void bad_settings_are_refused() {
        LossLandscape l = DescentExample.landscape();
        assertThatThrownBy(() -> new GradientDescent(l, 0, 8, 1, 0, 0)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> new GradientDescent(l, Double.NaN, 8, 1, 0, 0)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> new GradientDescent(l, 0.1, 0, 1, 0, 0)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> new GradientDescent(l, 0.1, 9, 1, 0, 0)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> new GradientDescent(l, 0.1, 8, 1, Double.NaN, 0))
                .isInstanceOf(ConfigException.class);
    }

    /** How often a step points back against the one before it (negative dot product) in {@code steps} steps. */
    private static int reversals(GradientDescent d, int steps) {
        int count = 0;
        double pa = Double.NaN, pb = Double.NaN;
        for (int i = 0; i < steps; i++) {
            GradientDescent.Point from = d.current(), to = d.step();
            double da = to.a() - from.a(), db = to.b() - from.b();
            if (da * pa + db * pb < 0) count++;
            pa = da;
            pb = db;
        }
        return count;
    }
}
