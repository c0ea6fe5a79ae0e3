package org.dlf.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Links inside a chapter, added once when the course is loaded (the strings are then shared by every reader):
 * each section heading becomes a link to itself ({@code chapter/SLUG#ID}, so it can be copied and shared), the
 * first bold mention of a glossary term links to its entry ({@code glossary#ID}), and the headings are
 * collected for the chapter's table of contents.
 */
final class ChapterLinks {

    private ChapterLinks() {}

    static Chapter link(Chapter chapter, List<GlossaryEntry> glossary) {
        Map<String, String> terms = terms(glossary, chapter.language());
        Set<String> linked = new HashSet<>();
        List<Chapter.Heading> headings = new ArrayList<>();
        List<ChapterBlock> blocks = new ArrayList<>();
        for (ChapterBlock block : chapter.blocks()) {
            if (block instanceof ChapterBlock.Html html) {
                blocks.add(new ChapterBlock.Html(link(html.html(), chapter.slug(), terms, linked, headings)));
            } else {
                blocks.add(block);
            }
        }
        return new Chapter(
                chapter.language(),
                chapter.number(),
                chapter.slug(),
                chapter.title(),
                chapter.summary(),
                chapter.minutes(),
                blocks,
                chapter.figures(),
                headings);
    }

    private static String link(
            String html, String slug, Map<String, String> terms, Set<String> linked, List<Chapter.Heading> headings) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element heading : doc.select("h2[id], h3[id]")) {
            int level = heading.tagName().equals("h2") ? 2 : 3;
            headings.add(new Chapter.Heading(level, heading.id(), heading.text()));
            Element a = new Element("a")
                    .attr("href", "chapter/" + slug + "#" + heading.id())
                    .addClass("heading-link");
            a.appendChildren(new ArrayList<>(heading.childNodes()));
            heading.appendChild(a);
        }
        for (Element strong : doc.select("strong")) {
            String id = terms.get(normalise(strong.text()));
            if (id != null && linked.add(id) && strong.closest("a, h1, h2, h3, h4, summary") == null) {
                strong.wrap("<a class=\"glossary-link\" href=\"glossary#" + id + "\"></a>");
            }
        }
        return doc.body().html();
    }

    /** Every way a term is written in the text (the term, without its bracketed abbreviation) → the entry's id. */
    static Map<String, String> terms(List<GlossaryEntry> glossary, Language language) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (GlossaryEntry entry : glossary) {
            String term = entry.term(language);
            terms.putIfAbsent(normalise(term), entry.id());
            String bare = term.replaceAll("\\s*[(（][^)）]*[)）]\\s*", " ").strip();
            terms.putIfAbsent(normalise(bare), entry.id());
        }
        return terms;
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
