package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codes_have_six_unambiguous_characters_and_rarely_repeat() {
        JoinCodes codes = new JoinCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = codes.next();
            assertThat(JoinCodes.wellFormed(code)).isTrue();
            assertThat(code).doesNotContain("0", "O", "1", "I", "L");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(995);
    }

    @Test
    void typed_codes_are_normalised() {
        assertThat(JoinCodes.normalise(" abc-def ")).isEqualTo("ABCDEF");
        assertThat(JoinCodes.wellFormed("ABC0EF")).isFalse();
    }

    @Test
    void csv_cells_are_quoted_and_never_formulas() {
        assertThat(ClassCsv.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(ClassCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
