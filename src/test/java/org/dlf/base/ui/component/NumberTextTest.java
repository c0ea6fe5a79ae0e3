package org.dlf.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dlf.base.ui.component.NumberText.Kind;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void numbers_as_a_number_input_writes_them_are_read() {
        assertThat(NumberText.parse("0.1", false).value()).isEqualTo(0.1);
        assertThat(NumberText.parse("-2.5", false).value()).isEqualTo(-2.5);
        assertThat(NumberText.parse(".5", false).value()).isEqualTo(0.5);
        assertThat(NumberText.parse("5.", false).value()).isEqualTo(5.0);
        assertThat(NumberText.parse("1e-3", false).value()).isEqualTo(0.001);
        assertThat(NumberText.parse("2E+2", false).value()).isEqualTo(200.0);
        assertThat(NumberText.parse("42", true).value()).isEqualTo(42.0);
        assertThat(NumberText.parse("-7", true).value()).isEqualTo(-7.0);
    }

    @Test
    void minus_zero_is_zero() {
        assertThat(Double.doubleToRawLongBits(NumberText.parse("-0", false).value()))
                .isZero();
        assertThat(Double.doubleToRawLongBits(NumberText.parse("-0.0", false).value()))
                .isZero();
        assertThat(Double.doubleToRawLongBits(NumberText.parse("-0", true).value()))
                .isZero();
    }

    @Test
    void an_empty_text_is_empty_and_is_no_number() {
        assertThat(NumberText.parse("", false).kind()).isEqualTo(Kind.EMPTY);
        assertThat(NumberText.parse(null, true).kind()).isEqualTo(Kind.EMPTY);
    }

    @Test
    void what_java_would_read_but_no_number_input_writes_is_unparsable() {
        for (String forged : new String[] {
            "abc",
            "NaN",
            "-NaN",
            "Infinity",
            "-Infinity",
            "1e999",
            "-1e999",
            "0x10",
            "0x1p3",
            "1d",
            "2f",
            " 1",
            "1 ",
            "1,5",
            "1_000",
            "+1",
            "--1",
            "1e",
            "e5",
            ".",
            "-",
            "1.2.3",
            "١",
            "1e99999",
            "9".repeat(41)
        }) {
            assertThat(NumberText.parse(forged, false).kind()).as(forged).isEqualTo(Kind.UNPARSABLE);
        }
    }

    @Test
    void an_integer_input_reads_only_whole_numbers_that_fit_an_int() {
        for (String forged : new String[] {"1.5", "1.0", "1e2", "2147483648", "-2147483649", "99999999999", "abc"}) {
            assertThat(NumberText.parse(forged, true).kind()).as(forged).isEqualTo(Kind.UNPARSABLE);
        }
        assertThat(NumberText.parse("2147483647", true).value()).isEqualTo(Integer.MAX_VALUE);
        assertThat(NumberText.parse("-2147483648", true).value()).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void numbers_are_written_plainly_without_trailing_zeros_or_minus_zero() {
        assertThat(NumberText.format(0.1)).isEqualTo("0.1");
        assertThat(NumberText.format(3.0)).isEqualTo("3");
        assertThat(NumberText.format(0.0001)).isEqualTo("0.0001");
        assertThat(NumberText.format(-0.0)).isEqualTo("0");
        assertThat(NumberText.format(1e7)).isEqualTo("10000000");
        assertThat(NumberText.format(-2.5)).isEqualTo("-2.5");
        assertThatThrownBy(() -> NumberText.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
