package org.dlf.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    private static double[] smoothMap(int size) {
        double[] v = new double[size * size];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                v[row * size + col] = 1 / (1 + Math.exp(-(col - row) / 3.7));
            }
        }
        return v;
    }

    /** The old form: every value at three decimals in a JSON array. */
    private static int threeDecimalsLength(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(String.format(Locale.ROOT, "%.3f", v)).append(',');
        }
        return sb.length() + 1;
    }

    @Test
    void a_40_by_40_heatmap_frame_is_under_2_5_kb_a_quarter_of_the_three_decimal_form() {
        double[] values = smoothMap(40);
        String json = ChartJson.heatmap(values, 40, -1, 1, -1, 1);

        assertThat(json.length()).isLessThan(2_500);
        int oldForm = json.length() - ChartJson.quantise(values).length() + threeDecimalsLength(values);
        assertThat(oldForm).isGreaterThan(9_500);
        assertThat(json.length() * 4).isLessThan(oldForm);
    }

    @Test
    void each_cell_is_one_byte_within_half_a_step_of_255_of_its_value() {
        double[] values = smoothMap(40);
        byte[] cells = Base64.getDecoder().decode(ChartJson.quantise(values));

        assertThat(cells).hasSize(1600);
        for (int i = 0; i < values.length; i++) {
            double decoded = (cells[i] & 0xff) / 255.0;
            assertThat(Math.abs(decoded - values[i])).isLessThanOrEqualTo(0.5 / 255 + 1e-12);
        }
    }

    @Test
    void values_outside_0_1_are_clamped_and_nan_or_infinity_become_the_middle() {
        byte[] cells = Base64.getDecoder().decode(ChartJson.quantise(new double[] {
            -3, 0, 1, 7, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5
        }));

        assertThat(cells).containsExactly(0, 0, (byte) 255, (byte) 255, (byte) 128, (byte) 128, (byte) 128, (byte) 128);
    }

    @Test
    void the_heatmap_json_carries_size_window_colours_and_no_nan() {
        String json = ChartJson.heatmap(new double[] {Double.NaN, 1, 0, 0.25}, 2, 0, Double.NaN, -1, 1);

        assertThat(json)
                .startsWith("{\"size\":2,\"xMin\":0,\"xMax\":null,\"yMin\":-1,\"yMax\":1,")
                .contains("\"negativeColor\":\"var(--dlf-negative)\"")
                .endsWith(",\"bytes\":\"gP8AQA==\"}")
                .doesNotContain("NaN")
                .doesNotContain("Infinity");
    }

    @Test
    void a_heatmap_with_the_wrong_number_of_values_is_refused() {
        assertThatThrownBy(() -> ChartJson.heatmap(new double[3], 2, 0, 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size² = 4");
    }

    @Test
    void points_write_non_finite_numbers_as_gaps() {
        assertThat(ChartJson.points(new double[] {1, 2.5}, new double[] {Double.NaN, Double.NEGATIVE_INFINITY}))
                .isEqualTo("[{\"x\":1,\"y\":null},{\"x\":2.5,\"y\":null}]");
    }
}
