package org.dlf.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentLoaderTest {

    private static final WidgetCatalog WIDGETS =
            name -> name.equals("activation-explorer") ? Optional.of(Set.of("function")) : Optional.empty();

    private static String chapter(String title, String body) {
        return "---\ntitle: " + title + "\nsummary: S\nminutes: 10\n---\n" + body;
    }

    private static Map<String, String> valid() {
        Map<String, String> files = new HashMap<>();
        files.put(
                "zh/01-neuron/chapter.md",
                chapter(
                        "神经元",
                        "## 概览\n\n$f(x)$\n\n```widget activation-explorer\n```\n\n"
                                + "```exercise q1\n```\n\n![图](figures/n.svg)\n"));
        files.put(
                "en/01-neuron/chapter.md",
                chapter(
                        "Neuron",
                        "## Overview\n\n$f(x)$\n\n```widget activation-explorer\n```\n\n"
                                + "```exercise q1\n```\n\n![Figure](figures/n.svg)\n"));
        files.put("zh/02-mlp/chapter.md", chapter("多层感知机", "## 概览\n"));
        files.put("en/02-mlp/chapter.md", chapter("MLP", "## Overview\n"));
        files.put("figures/n.svg", "<svg/>");
        files.put("exercises/01-neuron.yaml", "- id: q1\n  type: single\n  prompt: {zh: 问, en: Q}\n");
        files.put("glossary.yaml", "- zh: 神经元\n  en: neuron\n  definition: {zh: 定义, en: definition}\n");
        files.put("zh/notation.md", "| 量 | 记号 |\n|---|---|\n| 净输入 | $z = \\sum_i w_i x_i + b$ |\n");
        files.put("en/notation.md", "| Quantity | Symbol |\n|---|---|\n| net input | $z = \\sum_i w_i x_i + b$ |\n");
        return files;
    }

    private static String problems(Map<String, String> files) {
        return assertThatThrownBy(() -> ContentLoader.load(files, WIDGETS))
                .isInstanceOf(ContentException.class)
                .actual()
                .getMessage();
    }

    @Test
    void valid_content_loads_in_course_order_with_neighbours() {
        Course course = ContentLoader.load(valid(), WIDGETS);
        assertThat(course.chapters(Language.EN)).extracting(Chapter::slug).containsExactly("neuron", "mlp");
        Chapter first = course.chapter(Language.ZH, "neuron").orElseThrow();
        assertThat(first.title()).isEqualTo("神经元");
        assertThat(course.next(first)).map(Chapter::slug).contains("mlp");
        assertThat(course.previous(first)).isEmpty();
        assertThat(course.glossary())
                .singleElement()
                .extracting(GlossaryEntry::en)
                .isEqualTo("neuron");
    }

    @Test
    void missing_front_matter_fails() {
        Map<String, String> files = valid();
        files.put("en/02-mlp/chapter.md", "## Overview\n");
        assertThat(problems(files)).contains("en/02-mlp/chapter.md: missing front matter");
    }

    @Test
    void a_front_matter_without_summary_or_with_bad_minutes_fails() {
        Map<String, String> files = valid();
        files.put("en/02-mlp/chapter.md", "---\ntitle: MLP\nminutes: lots\n---\n");
        assertThat(problems(files)).contains("has no 'summary'").contains("'minutes' must be a whole number");
    }

    @Test
    void an_unknown_widget_fails() {
        Map<String, String> files = valid();
        files.put("zh/02-mlp/chapter.md", chapter("多层感知机", "```widget mlp-trainr\n```\n"));
        files.put("en/02-mlp/chapter.md", chapter("MLP", "```widget mlp-trainr\n```\n"));
        assertThat(problems(files)).contains("zh/02-mlp/chapter.md: unknown widget 'mlp-trainr'");
    }

    @Test
    void an_unknown_widget_setting_fails() {
        Map<String, String> files = valid();
        files.put(
                "en/01-neuron/chapter.md",
                files.get("en/01-neuron/chapter.md")
                        .replace("```widget activation-explorer\n", "```widget activation-explorer\ncolour: red\n"));
        assertThat(problems(files)).contains("widget activation-explorer has no setting 'colour'");
    }

    @Test
    void a_chapter_in_one_language_only_fails() {
        Map<String, String> files = valid();
        files.remove("en/02-mlp/chapter.md");
        assertThat(problems(files)).contains("en/02-mlp/chapter.md is missing (zh/02-mlp exists)");
    }

    @Test
    void different_widgets_in_the_two_languages_fail() {
        Map<String, String> files = valid();
        files.put("en/02-mlp/chapter.md", chapter("MLP", "```widget activation-explorer\n```\n"));
        assertThat(problems(files)).contains("02-mlp: the widget blocks differ");
    }

    @Test
    void a_bad_formula_fails_with_its_file() {
        Map<String, String> files = valid();
        files.put("zh/02-mlp/chapter.md", chapter("多层感知机", "$$\\frac{1}{2$$\n"));
        assertThat(problems(files))
                .contains("zh/02-mlp/chapter.md: formula '\\frac{1}{2'")
                .contains("never closed");
    }

    @Test
    void the_notation_table_is_html_with_its_formulas_in_each_language() {
        Course course = ContentLoader.load(valid(), WIDGETS);
        assertThat(course.notation(Language.EN))
                .contains("<table>")
                .contains("<td>net input</td>")
                .contains("<dlf-math tex=\"z = \\sum_i w_i x_i + b\"></dlf-math>");
        assertThat(course.notation(Language.ZH)).contains("<td>净输入</td>");
    }

    @Test
    void a_notation_table_in_one_language_only_or_with_a_bad_formula_or_a_widget_fails() {
        Map<String, String> files = valid();
        files.remove("zh/notation.md");
        files.put("en/notation.md", "$\\frac{1}{2$\n\n```widget activation-explorer\n```\n");
        assertThat(problems(files))
                .contains("zh/notation.md is missing")
                .contains("en/notation.md: formula '\\frac{1}{2'")
                .contains("en/notation.md: the notation table takes no widgets or exercises");
    }

    @Test
    void a_missing_figure_or_exercise_fails() {
        Map<String, String> files = valid();
        files.remove("figures/n.svg");
        files.put("exercises/01-neuron.yaml", "- id: q2\n  prompt: {zh: 问, en: Q}\n");
        assertThat(problems(files))
                .contains("figure 'figures/n.svg' does not exist")
                .contains("exercise 'q1' is not defined in exercises/01-neuron.yaml");
    }

    @Test
    void every_problem_is_reported_at_once() {
        Map<String, String> files = valid();
        files.put("en/02-mlp/chapter.md", "no front matter");
        files.remove("glossary.yaml");
        assertThat(problems(files)).contains("missing front matter").contains("glossary.yaml is missing");
    }
}
