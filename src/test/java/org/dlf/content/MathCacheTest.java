package org.dlf.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dlf.base.ui.component.MathFormula;
import org.dlf.chapters.neuron.ActivationExplorerModel;
import org.dlf.engine.Activation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * Every formula of the course text is typeset ahead of time ({@link MathCache}), with the KaTeX version the browser
 * loads. Writes the list of formulas to {@code target/formulas.json}, which {@code .ci/render-formulas} typesets.
 */
class MathCacheTest {

    private static final Path CONTENT = Path.of("content");

    record Formula(String tex, boolean display) {}

    @Test
    void every_formula_of_the_course_is_typeset_ahead_of_time() throws IOException {
        List<Formula> formulas = courseFormulas();
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target/formulas.json"),
                new ObjectMapper().writeValueAsString(formulas),
                StandardCharsets.UTF_8);
        MathCache cache = MathCache.shared();
        List<String> missing = formulas.stream()
                .filter(f -> cache.html(f.tex(), f.display()).isEmpty())
                .map(f -> (f.display() ? "$$" : "$") + f.tex())
                .toList();
        assertThat(formulas).hasSizeGreaterThan(400);
        assertThat(missing)
                .as("formulas not typeset in %s: run .ci/render-formulas and commit the file", MathCache.RESOURCE)
                .isEmpty();
    }

    @Test
    void the_formulas_were_typeset_by_the_katex_the_browser_loads() {
        assertThat(MathCache.shared().katexVersion())
                .isEqualTo(MathFormula.class.getAnnotation(NpmPackage.class).version());
    }

    @Test
    void a_chapter_is_sent_with_its_formulas_typeset() {
        String html = MarkdownRenderer.render("t.md", "Weight $w_1$.", Language.EN, new ArrayList<>()).blocks().stream()
                .map(b -> ((ChapterBlock.Html) b).html())
                .findFirst()
                .orElseThrow();
        assertThat(html).contains("<dlf-math tex=\"w_1\" rendered><span class=\"katex\">");
        assertThat(html).contains("<annotation encoding=\"application/x-tex\">w_1</annotation>");
    }

    /**
     * Every formula of every chapter in both languages, and those of the activation explorer (it opens the neuron
     * chapter), each once, in a stable order.
     */
    static List<Formula> courseFormulas() throws IOException {
        TreeSet<Formula> formulas =
                new TreeSet<>(Comparator.comparing(Formula::display).thenComparing(Formula::tex));
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("chapter.md"))
                    .toList()) {
                List<String> problems = new ArrayList<>();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                FrontMatter front = FrontMatter.parse(file.toString(), text, problems);
                MarkdownRenderer.render(file.toString(), front.body(), Language.EN, problems)
                        .formulas()
                        .forEach(f -> formulas.add(new Formula(f.tex(), f.display())));
                assertThat(problems).as(file.toString()).isEmpty();
            }
        }
        ActivationExplorerModel explorer = new ActivationExplorerModel();
        for (Activation function : ActivationExplorerModel.FUNCTIONS) {
            explorer.setActivation(function);
            formulas.add(new Formula(explorer.formula(), true));
        }
        return List.copyOf(formulas);
    }
}
