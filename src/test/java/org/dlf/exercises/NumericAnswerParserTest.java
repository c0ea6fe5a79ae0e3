package org.dlf.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlf.exercises.NumericAnswerParser.Accepted;
import org.dlf.exercises.NumericAnswerParser.Reason;
import org.dlf.exercises.NumericAnswerParser.Rejected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericAnswerParserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.5",
                "0,5",
                ".5",
                ",5",
                "5e-1",
                "5E-1",
                "０.５",
                "０．５",
                " 0.5 ",
                "\t0.5\u3000",
                "+0.5",
                "0.50",
                "5.0e-1",
                "0.5."
            })
    void kind_spellings_of_one_half_are_accepted(String input) {
        if (input.equals("0.5.")) {
            assertThat(NumericAnswerParser.parse(input)).isEqualTo(new Rejected(Reason.AMBIGUOUS_SEPARATOR));
            return;
        }
        assertThat(NumericAnswerParser.parse(input)).isEqualTo(new Accepted(0.5));
    }

    @ParameterizedTest
    @CsvSource({"−0.25,-0.25", "-0.25,-0.25", "－0.25,-0.25", "3,3", "5.,5", "1e3,1000", "0.291027774,0.291027774"})
    void signs_integers_and_exponents(String input, double expected) {
        assertThat(NumericAnswerParser.parse(input)).isEqualTo(new Accepted(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "NaN,NOT_FINITE",
        "Infinity,NOT_FINITE",
        "-inf,NOT_FINITE",
        "0x1A,NOT_A_NUMBER",
        "1.5d,NOT_A_NUMBER",
        "1.5f,NOT_A_NUMBER",
        "1/2,NOT_A_NUMBER",
        "abc,NOT_A_NUMBER",
        "'1,234.5',AMBIGUOUS_SEPARATOR",
        "'1.234,5',AMBIGUOUS_SEPARATOR",
        "'1,234',AMBIGUOUS_SEPARATOR",
        "1e999,OUT_OF_RANGE",
        "1e1000,NOT_A_NUMBER",
        "'   ',EMPTY"
    })
    void rejected_inputs_carry_a_reason(String input, Reason reason) {
        assertThat(NumericAnswerParser.parse(input)).isEqualTo(new Rejected(reason));
    }

    @org.junit.jupiter.api.Test
    void over_long_input_is_rejected() {
        assertThat(NumericAnswerParser.parse("0." + "1".repeat(60))).isEqualTo(new Rejected(Reason.TOO_LONG));
        assertThat(NumericAnswerParser.parse(" ".repeat(500))).isEqualTo(new Rejected(Reason.TOO_LONG));
        assertThat(NumericAnswerParser.parse(null)).isEqualTo(new Rejected(Reason.EMPTY));
    }
}
