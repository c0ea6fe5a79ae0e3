package org.dlf.content;

/** One term of the course glossary (术语表), in both languages. */
public record GlossaryEntry(String zh, String en, String definitionZh, String definitionEn) {

    public String term(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** The entry's element id on the glossary page, from its English term: "term-artificial-intelligence-ai". */
    public String id() {
        return "term-"
                + en.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
    }

    public String definition(Language language) {
        return language == Language.ZH ? definitionZh : definitionEn;
    }
}
