package org.dlf.content;

import java.util.List;

/**
 * One chapter in one language.
 *
 * @param number position in the course, from the folder prefix {@code NN-}
 * @param slug the URL name, the folder name without {@code NN-}
 * @param minutes estimated time to read and do the chapter
 * @param headings the section headings (level 2 and 3), in order, for the table of contents
 */
public record Chapter(
        Language language,
        int number,
        String slug,
        String title,
        String summary,
        int minutes,
        List<ChapterBlock> blocks,
        List<String> figures,
        List<Heading> headings) {

    /** A section heading: level 2 or 3, its element id and its text. */
    public record Heading(int level, String id, String text) {}

    public Chapter {
        blocks = List.copyOf(blocks);
        figures = List.copyOf(figures);
        headings = List.copyOf(headings);
    }

    /** A chapter whose headings are not collected yet. */
    public Chapter(
            Language language,
            int number,
            String slug,
            String title,
            String summary,
            int minutes,
            List<ChapterBlock> blocks,
            List<String> figures) {
        this(language, number, slug, title, summary, minutes, blocks, figures, List.of());
    }

    public List<ChapterBlock.Widget> widgets() {
        return blocks.stream()
                .filter(ChapterBlock.Widget.class::isInstance)
                .map(ChapterBlock.Widget.class::cast)
                .toList();
    }

    public List<ChapterBlock.Exercise> exercises() {
        return blocks.stream()
                .filter(ChapterBlock.Exercise.class::isInstance)
                .map(ChapterBlock.Exercise.class::cast)
                .toList();
    }
}
