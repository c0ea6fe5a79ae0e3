package org.dlf.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TexLintTest {

    @Test
    void well_formed_formulas_pass() {
        assertThat(TexLint.check("\\frac{\\partial E_{total}}{\\partial w_5} = \\left( a \\right) \\{x\\}"))
                .isEmpty();
        assertThat(TexLint.check("\\begin{cases} 1 & x \\ge 0 \\\\ 0 & x < 0 \\end{cases}"))
                .isEmpty();
    }

    @Test
    void unbalanced_braces_environments_and_delimiters_fail() {
        assertThat(TexLint.check("\\frac{1}{2")).contains("1 '{' never closed");
        assertThat(TexLint.check("a}")).contains("'}' without a matching '{'");
        assertThat(TexLint.check("\\begin{cases} x \\end{aligned}"))
                .hasValueSatisfying(p -> assertThat(p).contains("aligned"));
        assertThat(TexLint.check("\\left( x"))
                .hasValueSatisfying(p -> assertThat(p).contains("\\left and \\right"));
    }
}
