package org.dlf.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole validated course: chapters per language in course order, the glossary, the notation table per
 * language (sanitised HTML with {@code <dlf-math>} formulas) and each chapter's exercise manifest (raw YAML
 * lists keyed by the chapter folder, e.g. {@code 04-perceptron}).
 */
public record Course(
        Map<Language, List<Chapter>> chapters,
        List<GlossaryEntry> glossary,
        Map<Language, String> notation,
        Map<String, List<Map<String, Object>>> exerciseManifests) {

    public Course {
        Map<Language, List<Chapter>> copy = new EnumMap<>(Language.class);
        chapters.forEach((language, list) -> copy.put(language, List.copyOf(list)));
        chapters = Map.copyOf(copy);
        glossary = List.copyOf(glossary);
        notation = Map.copyOf(notation);
        exerciseManifests = Map.copyOf(exerciseManifests);
    }

    /** The notation table in this language, as HTML; empty if there is none. */
    public String notation(Language language) {
        return notation.getOrDefault(language, "");
    }

    public List<Chapter> chapters(Language language) {
        return chapters.getOrDefault(language, List.of());
    }

    public Optional<Chapter> chapter(Language language, String slug) {
        return chapters(language).stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<Chapter> previous(Chapter chapter) {
        return neighbour(chapter, -1);
    }

    public Optional<Chapter> next(Chapter chapter) {
        return neighbour(chapter, +1);
    }

    private Optional<Chapter> neighbour(Chapter chapter, int offset) {
        List<Chapter> list = chapters(chapter.language());
        int i = list.indexOf(chapter) + offset;
        return i >= 0 && i < list.size() && list.indexOf(chapter) >= 0 ? Optional.of(list.get(i)) : Optional.empty();
    }
}
