package org.dlf.chapters.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {

    /** x² + y² sampled on a 21 × 21 lattice over [−1, 1]². */
    private static double[] bowl(int size) {
        double[] v = new double[size * size];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                double x = -1 + 2.0 * col / (size - 1), y = -1 + 2.0 * row / (size - 1);
                v[row * size + col] = x * x + y * y;
            }
        }
        return v;
    }

    @Test
    void a_circle_inside_the_lattice_is_one_closed_line_on_its_radius() {
        List<List<double[]>> lines = Contours.lines(bowl(21), 21, 0.25);
        assertThat(lines).hasSize(1);
        List<double[]> ring = lines.get(0);
        assertThat(ring.get(0)).containsExactly(ring.get(ring.size() - 1));
        for (double[] p : ring) {
            double x = -1 + p[0] / 10, y = -1 + p[1] / 10;
            assertThat(Math.hypot(x, y)).isCloseTo(0.5, within(0.02));
        }
    }

    @Test
    void a_level_cut_by_the_edge_gives_open_lines_and_an_absent_level_none() {
        assertThat(Contours.lines(bowl(21), 21, 1.5)).hasSize(4).allSatisfy(line -> assertThat(line.get(0))
                .isNotEqualTo(line.get(line.size() - 1)));
        assertThat(Contours.lines(bowl(21), 21, 5)).isEmpty();
    }

    @Test
    void all_lines_come_as_one_polyline_with_gaps_in_data_coordinates() {
        Contours.Lines lines = Contours.of(bowl(21), 21, -1, -1, 0.1, 0.1, new double[] {0.25, 0.64});
        long gaps = java.util.Arrays.stream(lines.ys()).filter(Double::isNaN).count();
        assertThat(gaps).isEqualTo(1);
        for (int i = 0; i < lines.xs().length; i++) {
            assertThat(lines.xs()[i]).isFinite();
            if (!Double.isNaN(lines.ys()[i])) {
                double r = Math.hypot(lines.xs()[i], lines.ys()[i]);
                assertThat(r).satisfiesAnyOf(v -> assertThat(v).isCloseTo(0.5, within(0.02)), v -> assertThat(v)
                        .isCloseTo(0.8, within(0.02)));
            }
        }
    }
}
