package org.dlf.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Allow-list sanitiser for rendered chapter HTML: only the elements and attributes the course writes. */
final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("aside", "figure", "figcaption", "section", "details", "summary", "hr", "del", "dlf-math")
            .addAttributes(":all", "class", "id")
            .addAttributes("dlf-math", "tex", "display")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("img", "loading")
            .addAttributes("div", "tabindex", "role")
            .preserveRelativeLinks(true);

    /** Relative links resolve against this only to pass the protocol check; they are kept relative. */
    private static final String BASE = "https://course.invalid/";

    private HtmlSanitizer() {}

    static String clean(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, SAFELIST, settings);
    }
}
