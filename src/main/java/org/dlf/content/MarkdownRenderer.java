package org.dlf.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Turns a chapter body into blocks: sanitised HTML with math, and the widget/exercise directives between. */
final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    private static final Pattern BLOCK_MARKER = Pattern.compile("<p>DLFBLOCK(\\d+)X</p>");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The rendered chapter body and what validation needs to know about it. */
    record Result(List<ChapterBlock> blocks, List<String> figures, List<MathProtector.Formula> formulas) {}

    private MarkdownRenderer() {}

    static Result render(String file, String markdown, Language language, List<String> problems) {
        MathProtector math = new MathProtector();
        String protectedText = math.protect(markdown, file, problems);
        Node document = PARSER.parse(protectedText);
        List<ChapterBlock> directives = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; ) {
            Node next = node.getNext();
            if (node instanceof FencedCodeBlock code && isDirective(code.getInfo())) {
                ChapterBlock directive = directive(file, code, problems);
                Paragraph marker = new Paragraph();
                marker.appendChild(new Text("DLFBLOCK" + directives.size() + "X"));
                directives.add(directive);
                node.insertBefore(marker);
                node.unlink();
            }
            node = next;
        }
        String html = math.restore(RENDERER.render(document));
        List<String> figures = new ArrayList<>();
        List<ChapterBlock> blocks = new ArrayList<>();
        Matcher m = BLOCK_MARKER.matcher(html);
        int last = 0;
        while (m.find()) {
            addHtml(blocks, html.substring(last, m.start()), language, figures);
            blocks.add(directives.get(Integer.parseInt(m.group(1))));
            last = m.end();
        }
        addHtml(blocks, html.substring(last), language, figures);
        return new Result(blocks, figures, math.formulas());
    }

    private static boolean isDirective(String info) {
        return info.startsWith("widget") || info.startsWith("exercise");
    }

    private static ChapterBlock directive(String file, FencedCodeBlock code, List<String> problems) {
        String[] words = code.getInfo().strip().split("\\s+");
        String kind = words[0];
        String name = words.length > 1 ? words[1] : "";
        if (!kind.equals("widget") && !kind.equals("exercise")) {
            problems.add(file + ": unknown directive '" + code.getInfo() + "' (use 'widget NAME' or 'exercise ID')");
        }
        if (!ID.matcher(name).matches()) {
            problems.add(file + ": '" + kind + "' needs a kebab-case name (got '" + name + "')");
        }
        if (kind.equals("exercise")) {
            if (!code.getLiteral().isBlank()) {
                problems.add(file + ": exercise " + name + " takes no body; define it in content/exercises/");
            }
            return new ChapterBlock.Exercise(name);
        }
        return new ChapterBlock.Widget(name, config(file, name, code.getLiteral(), problems));
    }

    private static Map<String, String> config(String file, String widget, String body, List<String> problems) {
        if (body.isBlank()) {
            return Map.of();
        }
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(body);
            if (!(parsed instanceof Map<?, ?> map)) {
                problems.add(file + ": widget " + widget + " body must be 'key: value' lines");
                return Map.of();
            }
            Map<String, String> config = new LinkedHashMap<>();
            map.forEach((k, v) -> config.put(String.valueOf(k), String.valueOf(v)));
            return config;
        } catch (RuntimeException e) {
            problems.add(file + ": widget " + widget + " body is not valid YAML");
            return Map.of();
        }
    }

    private static void addHtml(List<ChapterBlock> blocks, String html, Language language, List<String> figures) {
        if (html.isBlank()) {
            return;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element quote : doc.select("blockquote")) {
            Element first = quote.firstElementChild();
            if (first == null || !first.tagName().equals("p")) {
                continue;
            }
            Callout.marker(first.text()).ifPresent(callout -> {
                first.html(first.html().replaceFirst("^\\s*\\[!" + callout.name() + "]\\s*", ""));
                if (first.text().isBlank() && first.children().isEmpty()) {
                    first.remove();
                }
                // a note in the text, not a landmark (a chapter's many errata would be landmarks of one name)
                quote.tagName("div").attr("role", "note").addClass(callout.cssClass());
                quote.prependElement("p").addClass("callout-title").text(callout.label(language));
            });
        }
        for (Element img : doc.select("img")) {
            figures.add(img.attr("src"));
            img.attr("loading", "lazy");
            Element parent = img.parent();
            if (parent != null
                    && parent.tagName().equals("p")
                    && parent.childrenSize() == 1
                    && parent.ownText().isBlank()) {
                parent.tagName("figure").addClass("figure");
                if (!img.attr("alt").isBlank()) {
                    parent.appendElement("figcaption").text(img.attr("alt"));
                }
            }
        }
        for (Element table : doc.select("table")) {
            // a table wider than a phone scrolls sideways: focusable, so that the keyboard can scroll it too
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\"></div>");
        }
        blocks.add(new ChapterBlock.Html(typeset(HtmlSanitizer.clean(doc.body().html()))));
    }

    /**
     * Puts KaTeX's HTML, rendered ahead of time ({@link MathCache}), into every formula the cache knows, marked
     * {@code rendered}; the browser typesets the others. After sanitising: the cache is generated by our build.
     */
    private static String typeset(String html) {
        MathCache cache = MathCache.shared();
        if (cache.size() == 0 || !html.contains("<dlf-math")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element math : doc.select("dlf-math")) {
            cache.html(math.attr("tex"), math.hasAttr("display")).ifPresent(typeset -> {
                math.attr("rendered", true);
                math.html(typeset);
            });
        }
        return doc.body().html();
    }
}
