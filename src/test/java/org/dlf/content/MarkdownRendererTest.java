package org.dlf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final List<String> problems = new ArrayList<>();

    private String html(String markdown) {
        MarkdownRenderer.Result result = MarkdownRenderer.render("t.md", markdown, Language.EN, problems);
        return result.blocks().stream()
                .filter(ChapterBlock.Html.class::isInstance)
                .map(b -> ((ChapterBlock.Html) b).html())
                .reduce("", String::concat);
    }

    @Test
    void latex_survives_the_markdown_parser_intact() {
        String tex = "a_1 * b_2 \\, c \\\\ d*e_f";
        String html =
                html("Inline $" + tex + "$ and display:\n\n$$\n\\frac{\\partial E}{\\partial w_5} = a_1 * b_1\n$$\n");
        assertThat(html).contains("tex=\"a_1 * b_2 \\, c \\\\ d*e_f\"");
        assertThat(html)
                .contains(
                        "<div class=\"math-display\"><dlf-math display=\"\" tex=\"\\frac{\\partial E}{\\partial w_5} = a_1 * b_1\">");
        assertThat(html).doesNotContain("<em>").doesNotContain("DLFMATH");
        assertThat(problems).isEmpty();
    }

    @Test
    void math_inside_a_table_cell_does_not_split_the_row() {
        String html = html("| f | f′ |\n|---|---|\n| $\\max(0,x)$ | $x \\mid y$ |\n");
        assertThat(html).contains("<td><dlf-math tex=\"\\max(0,x)\"></dlf-math></td>");
        assertThat(html).contains("tex=\"x \\mid y\"");
    }

    @Test
    void code_spans_and_escaped_dollars_are_not_math() {
        String html = html("Costs \\$5, and `$x$` is code.");
        assertThat(html).contains("Costs $5").contains("<code>$x$</code>").doesNotContain("dlf-math");
    }

    @Test
    void an_unclosed_formula_is_a_problem_with_its_line() {
        html("line one\n\nprice $5 only");
        assertThat(problems).singleElement().asString().contains("t.md:3").contains("never closed");
    }

    @Test
    void widget_and_exercise_blocks_split_the_text_in_order() {
        MarkdownRenderer.Result result = MarkdownRenderer.render(
                "t.md",
                "## One\n\ntext\n\n```widget perceptron-trainer\ndataset: OR\nlearningRate: 0.1\n```\n\nmore\n\n"
                        + "```exercise or-goal\n```\n",
                Language.ZH,
                problems);
        assertThat(result.blocks()).hasSize(4);
        assertThat(result.blocks().get(1))
                .isEqualTo(new ChapterBlock.Widget(
                        "perceptron-trainer", java.util.Map.of("dataset", "OR", "learningRate", "0.1")));
        assertThat(result.blocks().get(3)).isEqualTo(new ChapterBlock.Exercise("or-goal"));
        assertThat(((ChapterBlock.Html) result.blocks().get(0)).html()).contains("<h2 id=\"one\">One</h2>");
    }

    @Test
    void erratum_callouts_become_labelled_boxes_in_the_chapter_language() {
        MarkdownRenderer.Result zh =
                MarkdownRenderer.render("t.md", "> [!ERRATUM]\n> 原文写 0.298371109。\n", Language.ZH, problems);
        String html = ((ChapterBlock.Html) zh.blocks().getFirst()).html();
        assertThat(html)
                .contains("<div role=\"note\" class=\"callout callout-erratum\"><p class=\"callout-title\">勘误</p>")
                .contains("原文写 0.298371109。")
                .doesNotContain("[!ERRATUM]");
    }

    @Test
    void raw_html_and_scripts_never_reach_the_page() {
        String html = html("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:");
    }

    @Test
    void figures_get_a_caption_from_their_alt_text_and_are_collected() {
        MarkdownRenderer.Result result =
                MarkdownRenderer.render("t.md", "![A neuron](figures/neuron.svg)\n", Language.EN, problems);
        assertThat(result.figures()).containsExactly("figures/neuron.svg");
        assertThat(((ChapterBlock.Html) result.blocks().getFirst()).html())
                .contains("<figure class=\"figure\"><img src=\"figures/neuron.svg\" alt=\"A neuron\"")
                .contains("<figcaption>A neuron</figcaption>");
    }
}
