package org.dlf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChapterLinksTest {

    private static final List<GlossaryEntry> GLOSSARY = List.of(
            new GlossaryEntry("人工智能", "artificial intelligence (AI)", "…", "…"),
            new GlossaryEntry("激活函数", "activation function", "…", "…"));

    private static Chapter chapter(Language language, String html) {
        return new Chapter(language, 3, "neuron", "T", "S", 10, List.of(new ChapterBlock.Html(html)), List.of());
    }

    @Test
    void headings_link_to_themselves_and_become_the_contents() {
        Chapter linked = ChapterLinks.link(
                chapter(Language.EN, "<h2 id=\"overview\">Overview</h2><p>x</p><h3 id=\"a-b\">A &amp; b</h3>"),
                GLOSSARY);
        String html = ((ChapterBlock.Html) linked.blocks().getFirst()).html();
        assertThat(html)
                .contains(
                        "<h2 id=\"overview\"><a href=\"chapter/neuron#overview\" class=\"heading-link\">Overview</a></h2>");
        assertThat(linked.headings())
                .containsExactly(
                        new Chapter.Heading(2, "overview", "Overview"), new Chapter.Heading(3, "a-b", "A & b"));
    }

    @Test
    void the_first_bold_mention_of_a_glossary_term_links_to_its_entry_in_either_spelling() {
        String en = ((ChapterBlock.Html) ChapterLinks.link(
                                chapter(
                                        Language.EN,
                                        "<p><strong>Artificial intelligence</strong> and again"
                                                + " <strong>artificial intelligence</strong>, an"
                                                + " <strong>activation  function</strong>, <strong>bias</strong></p>"),
                                GLOSSARY)
                        .blocks()
                        .getFirst())
                .html();
        assertThat(en)
                .contains(
                        "<a class=\"glossary-link\" href=\"glossary#term-artificial-intelligence-ai\">"
                                + "<strong>Artificial intelligence</strong></a> and again <strong>artificial intelligence</strong>")
                .contains("href=\"glossary#term-activation-function\"")
                .contains("<strong>bias</strong></p>");
        String zh = ((ChapterBlock.Html)
                        ChapterLinks.link(chapter(Language.ZH, "<p><strong>人工智能</strong></p>"), GLOSSARY)
                                .blocks()
                                .getFirst())
                .html();
        assertThat(zh).contains("href=\"glossary#term-artificial-intelligence-ai\"");
    }
}
