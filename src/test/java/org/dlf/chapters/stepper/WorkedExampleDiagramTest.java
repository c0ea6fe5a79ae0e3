package org.dlf.chapters.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WorkedExampleDiagramTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & \"";
    private static final String ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;";

    @Test
    void every_text_and_the_accessible_name_are_escaped_in_both_layouts() {
        WorkedExampleDiagram.Labels labels = new WorkedExampleDiagram.Labels(
                Map.of("h1", List.of(HOSTILE), "b1", List.of(HOSTILE)),
                // split before the arrow in the tall layout: both halves are escaped
                Map.of("w5", HOSTILE + " → " + HOSTILE, "w1", HOSTILE),
                HOSTILE);

        String svg =
                WorkedExampleDiagram.svg(labels, Set.of("w5"), "h1", HOSTILE).html();

        assertThat(svg).doesNotContain("<script", "\" &");
        assertThat(count(svg, "aria-label=\"" + ESCAPED + "\"")).isEqualTo(2);
        assertThat(count(svg, "<title>" + ESCAPED + "</title>")).isEqualTo(2);
        assertThat(svg).contains(">" + ESCAPED + "<tspan").contains("dy=\"16\">→ " + ESCAPED + "</tspan>");
        // the error line, h1's and b1's lines and w1's label, in both layouts
        assertThat(count(svg, ">" + ESCAPED + "</text>")).isEqualTo(2 * 4);
        assertThat(svg).contains(">" + ESCAPED + " → " + ESCAPED + "</text>");
    }

    @Test
    void shapes_without_content_close_themselves_and_coordinates_keep_at_most_two_decimals() {
        String svg = WorkedExampleDiagram.svg(
                        new WorkedExampleDiagram.Labels(Map.of(), Map.of(), "E"), Set.of(), "", "net")
                .html();

        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 440\" class=\"net-diagram"
                        + " net-wide\" role=\"img\" aria-label=\"net\"><title>net</title>")
                .contains("<line class=\"link bias-link\" data-part=\"b1-h1\" x1=\"225\" y1=\"405\" x2=\"360\""
                        + " y2=\"150\"/>")
                .contains("<g class=\"node\" data-part=\"i1\"><circle cx=\"90\" cy=\"150\" r=\"28\"/>"
                        + "<text class=\"name\" x=\"90\" y=\"156\" text-anchor=\"middle\">i<tspan class=\"sub\""
                        + " dy=\"5\">1</tspan></text></g>")
                .endsWith("<text class=\"err\" x=\"240\" y=\"34\" text-anchor=\"middle\">E</text></svg>");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
