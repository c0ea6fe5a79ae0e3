package org.dlf.content;

/** One term of the course glossary (术语表), in both languages. */
public record GlossaryEntry(String zh, String en, String definitionZh, String definitionEn) {

    public String term(Language language) {
        return language == Language.ZH ? zh : en;
    }

    public String definition(Language language) {
        return language == Language.ZH ? definitionZh : definitionEn;
    }
}
