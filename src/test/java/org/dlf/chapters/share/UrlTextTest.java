package org.dlf.chapters.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.dlf.engine.Activation;
import org.junit.jupiter.api.Test;

class UrlTextTest {

    @Test
    void every_finite_number_reads_back_bit_for_bit() {
        qt().forAll(doubles().any()).assuming(Double::isFinite).checkAssert(d -> {
            String text = UrlText.number(d);
            assertThat(text.length()).isLessThanOrEqualTo(UrlText.MAX_NUMBER);
            assertThat(UrlText.parseNumber(text)).hasValue(d == 0 ? 0.0 : d);
        });
        assertThat(UrlText.number(0.1)).isEqualTo("0.1");
        assertThat(UrlText.number(-0.0)).isEqualTo("0");
        assertThat(UrlText.number(2)).isEqualTo("2");
        assertThat(UrlText.number(1e-9)).isEqualTo("0.000000001");
        assertThat(UrlText.number(-1.5e-300)).isEqualTo("-1.5E-300");
    }

    @Test
    void anything_but_a_plain_finite_number_is_refused() {
        for (String forged : List.of(
                "",
                "NaN",
                "Infinity",
                "-Infinity",
                "1e999",
                "0x10",
                " 1",
                "1 ",
                "1,5",
                "１",
                "+1",
                "1e",
                "--1",
                "1.2.3",
                "9".repeat(40))) {
            assertThat(UrlText.parseNumber(forged)).as(forged).isEmpty();
        }
        assertThat(UrlText.parseInteger("2147483648")).isEmpty();
        assertThat(UrlText.parseInteger("4294967297")).as("never narrowed to 1").isEmpty();
        assertThat(UrlText.parseInteger("1.0")).isEmpty();
        assertThat(UrlText.parseInteger("-7")).hasValue(-7L);
    }

    @Test
    void words_and_flags_are_case_insensitive_and_closed() {
        assertThat(UrlText.word(Activation.SIGMOID)).isEqualTo("sigmoid");
        assertThat(UrlText.parseWord("TanH", List.of(Activation.TANH))).hasValue(Activation.TANH);
        assertThat(UrlText.parseWord("sign", List.of(Activation.TANH, Activation.RELU)))
                .as("only the choices the control offers")
                .isEmpty();
        assertThat(UrlText.parseFlag("on")).hasValue(true);
        assertThat(UrlText.parseFlag("true")).isEmpty();
    }
}
