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
    void the_heatmap_json_carries_size_window_and_values_but_no_colours_and_no_nan() {
        String json = ChartJson.heatmap(new double[] {Double.NaN, 1, 0, 0.25}, 2, 0, Double.NaN, -1, 1);

        assertThat(json)
                .startsWith("{\"size\":2,\"xMin\":0,\"xMax\":null,\"yMin\":-1,\"yMax\":1,")
                .doesNotContain("Color")
                .endsWith(",\"bytes\":\"gP8AQA==\"}")
                .doesNotContain("NaN")
                .doesNotContain("Infinity");
    }

    @Test
    void beginner_numbers_are_never_scientific_and_strings_are_escaped() {
        assertThat(ChartJson.plain(0.0000351018778, 3)).isEqualTo("0.0000351");
        assertThat(ChartJson.plain(1234567, 3)).isEqualTo("1230000");
        assertThat(ChartJson.plain(Double.NaN, 3)).isEqualTo("–");
        assertThat(ChartJson.string("a \"b\" \\ \n")).isEqualTo("\"a \\\"b\\\" \\\\ \\u000a\"");
    }

    @Test
    void the_theme_json_names_text_grid_font_and_every_colour_role() {
        String json = ChartTheme.DARK.toJson();
        assertThat(json)
                .startsWith("{\"text\":\"#d5dbe3\",")
                .contains("\"positive\":\"#6fa8e0\"", "\"series-5\":\"#f08196\"", "\"neutral\":\"#2a2f36\"");
        assertThat(ChartTheme.series(6)).isEqualTo("@series-2");
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

    @Test
    void numbers_keep_six_significant_digits_in_their_shortest_form() {
        assertThat(ChartJson.number(0.7630786921119187)).isEqualTo("0.763079");
        assertThat(ChartJson.number(-2.680803949940559)).isEqualTo("-2.6808");
        assertThat(ChartJson.number(3.5101878e-5)).isEqualTo("0.0000351019");
        assertThat(ChartJson.number(0.29102777369)).isEqualTo("0.291028");
        assertThat(ChartJson.number(1234567.89)).isEqualTo("1.23457E+6");
        assertThat(ChartJson.number(2.5)).isEqualTo("2.5");
        assertThat(ChartJson.number(6)).isEqualTo("6");
        assertThat(Double.parseDouble(ChartJson.number(1e-300))).isEqualTo(1e-300);
    }

    @Test
    void a_redraw_of_200_points_is_at_most_60_percent_as_long_as_with_full_doubles() {
        java.util.Random random = new java.util.Random(7);
        double[] xs = new double[200];
        double[] ys = new double[200];
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            xs[i] = random.nextGaussian() * 3;
            ys[i] = random.nextGaussian() * 3;
            full.append("{\"x\":").append(xs[i]).append(",\"y\":").append(ys[i]).append("},");
        }
        assertThat(ChartJson.points(xs, ys).length()).isLessThan(full.length() * 6 / 10);
    }

    @Test
    void configuration_json_is_ascii_with_escapes_that_json_reads_back_unchanged() throws Exception {
        String json = "{\"title\":\"x₁ 输入 ·\",\"n\":1}";
        String ascii = ChartJson.ascii(json);

        assertThat(ascii.chars()).allMatch(c -> c < 0x7F);
        assertThat(ascii).isEqualTo("{\"title\":\"x\\u2081 \\u8f93\\u5165 \\u00b7\",\"n\":1}");
        assertThat(new tools.jackson.databind.ObjectMapper()
                        .readTree(ascii)
                        .get("title")
                        .asString())
                .isEqualTo("x₁ 输入 ·");
        assertThat(ChartJson.ascii("{\"a\":1}")).isEqualTo("{\"a\":1}");
    }
}
