package org.dlf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LossLandscapeTest {

    private final LossLandscape example = DescentExample.landscape();
    private final double[] x = DescentExample.xs();
    private final double[] t = DescentExample.targets();

    /** E(w, b) = (1/N) Σ ½(t − wx − b)², written out. */
    private double closedForm(double w, double b) {
        double sum = 0;
        for (int n = 0; n < x.length; n++) sum += 0.5 * Math.pow(t[n] - w * x[n] - b, 2);
        return sum / x.length;
    }

    @Test
    void the_loss_of_the_linear_neuron_is_the_mean_half_squared_error() {
        for (double[] p : new double[][] {{0, 0}, {-1.5, 3}, {0.475, 1.025}, {3, -2}}) {
            assertThat(example.loss(p[0], p[1])).isCloseTo(closedForm(p[0], p[1]), within(1e-14));
        }
    }

    @Test
    void the_gradient_is_the_analytic_one_of_the_linear_neuron() {
        double w = -1.5, b = 3;
        double dw = 0, db = 0;
        for (int n = 0; n < x.length; n++) {
            double e = t[n] - (w * x[n] + b);
            dw += -e * x[n] / x.length;
            db += -e / x.length;
        }
        assertThat(example.gradient(w, b)).containsExactly(new double[] {dw, db}, within(1e-14));
    }

    @Test
    void the_lowest_point_is_the_least_squares_fit() {
        assertThat(DescentExample.lowestPoint()).containsExactly(new double[] {0.475, 1.025}, within(1e-14));
        double[] g = example.gradient(0.475, 1.025);
        assertThat(Math.hypot(g[0], g[1])).isLessThan(1e-14);
        assertThat(example.loss(0.475, 1.025)).isCloseTo(0.0087890625, within(1e-15));
    }

    @Test
    void the_gradient_of_two_weights_of_the_worked_example_matches_central_differences() {
        Network net = WorkedExample.networkWithTrainableBiases();
        LossLandscape w5w1 = new LossLandscape(
                net,
                new double[][] {WorkedExample.input()},
                new double[][] {WorkedExample.target()},
                WorkedExample.LOSS,
                LossLandscape.Parameter.weight(1, 0, 0),
                LossLandscape.Parameter.bias(0, 1));
        double a = 0.40, b = 0.35, h = 1e-6;
        double[] g = w5w1.gradient(a, b);
        assertThat(g[0]).isCloseTo((w5w1.loss(a + h, b) - w5w1.loss(a - h, b)) / (2 * h), within(1e-9));
        assertThat(g[1]).isCloseTo((w5w1.loss(a, b + h) - w5w1.loss(a, b - h)) / (2 * h), within(1e-9));
        assertThat(g[0]).isCloseTo(0.08216704056423077, within(1e-15));
        assertThat(w5w1.loss(a, b)).isCloseTo(0.2983711087600027, within(1e-15));
    }

    @Test
    void the_landscape_works_on_a_copy_of_the_network() {
        Network net = WorkedExample.network();
        LossLandscape l = new LossLandscape(
                net,
                new double[][] {WorkedExample.input()},
                new double[][] {WorkedExample.target()},
                WorkedExample.LOSS,
                LossLandscape.Parameter.weight(1, 0, 0),
                LossLandscape.Parameter.weight(1, 0, 1));
        l.loss(5, 5);
        assertThat(net.layer(1).weight(0, 0)).isEqualTo(0.40);
    }

    @Test
    void the_grid_holds_the_loss_at_cell_centres_with_row_zero_at_the_bottom() {
        Range r = new Range(-2, 2, 0, 4);
        double[] g = example.grid(r, 4);
        assertThat(g).hasSize(16);
        assertThat(g[0]).isCloseTo(closedForm(-1.5, 0.5), within(1e-14));
        assertThat(g[3]).isCloseTo(closedForm(1.5, 0.5), within(1e-14));
        assertThat(g[12]).isCloseTo(closedForm(-1.5, 3.5), within(1e-14));
    }

    @Test
    void bad_arguments_are_refused_with_their_name() {
        assertThatThrownBy(() -> example.loss(Double.NaN, 0)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> example.gradient(0, Double.POSITIVE_INFINITY)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> example.grid(DescentExample.window(), 1)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> example.grid(DescentExample.window(), LossLandscape.MAX_GRID + 1))
                .isInstanceOf(ConfigException.class);
        Network net = DescentExample.network();
        double[][] in = {{1}}, out = {{1}};
        var w = LossLandscape.Parameter.weight(0, 0, 0);
        var b = LossLandscape.Parameter.bias(0, 0);
        assertThatThrownBy(() -> new LossLandscape(net, in, out, Loss.HALF_SQUARED_ERROR, w, w))
                .hasMessageContaining("same");
        assertThatThrownBy(() -> new LossLandscape(
                        net, in, out, Loss.HALF_SQUARED_ERROR, w, LossLandscape.Parameter.weight(0, 0, 1)))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(
                        () -> new LossLandscape(net, new double[][] {{Double.NaN}}, out, Loss.HALF_SQUARED_ERROR, w, b))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> new LossLandscape(net, new double[][] {{1, 2}}, out, Loss.HALF_SQUARED_ERROR, w, b))
                .hasMessageContaining("needs 1 inputs");
        assertThatThrownBy(
                        () -> new LossLandscape(net, new double[0][], new double[0][], Loss.HALF_SQUARED_ERROR, w, b))
                .isInstanceOf(ConfigException.class);
        Network frozen = WorkedExample.network();
        assertThatThrownBy(() -> new LossLandscape(
                        frozen,
                        new double[][] {WorkedExample.input()},
                        new double[][] {WorkedExample.target()},
                        Loss.HALF_SQUARED_ERROR,
                        LossLandscape.Parameter.weight(1, 0, 0),
                        LossLandscape.Parameter.bias(1, 0)))
                .hasMessageContaining("frozen");
    }
}
