package org.dlf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real content/ folder, validated against the real widget registry (the application context would not
 * start otherwise), and the course's structure rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentValidationIT {

    @Autowired
    ContentService content;

    @Test
    void the_course_has_its_eight_chapters_in_both_languages() {
        Course course = content.course();
        List<String> zh =
                course.chapters(Language.ZH).stream().map(Chapter::slug).toList();
        assertThat(zh)
                .containsExactly(
                        "history",
                        "ai-ml-dl",
                        "neuron",
                        "perceptron",
                        "mlp",
                        "forward-propagation",
                        "gradient-descent",
                        "backpropagation");
        assertThat(course.chapters(Language.EN).stream().map(Chapter::slug).toList())
                .isEqualTo(zh);
    }

    @Test
    void every_chapter_has_an_overview_a_summary_and_exercises() {
        for (Language language : Language.values()) {
            for (Chapter chapter : content.course().chapters(language)) {
                String html = chapter.blocks().stream()
                        .filter(ChapterBlock.Html.class::isInstance)
                        .map(b -> ((ChapterBlock.Html) b).html())
                        .reduce("", String::concat);
                List<String> headings = language == Language.ZH
                        ? List.of(">概览<", ">小结<", ">练习<")
                        : List.of(">Overview<", ">Summary<", ">Exercises<");
                headings.forEach(h ->
                        assertThat(html).as("%s %s", language, chapter.slug()).contains(h));
                assertThat(chapter.exercises())
                        .as("%s %s", language, chapter.slug())
                        .hasSizeGreaterThanOrEqualTo(2);
                assertThat(chapter.minutes()).isBetween(5, 120);
            }
        }
    }

    @Test
    void the_glossary_covers_the_course() {
        assertThat(content.course().glossary())
                .hasSizeGreaterThan(40)
                .extracting(GlossaryEntry::en)
                .contains("perceptron", "backpropagation", "learning rate");
    }
}
