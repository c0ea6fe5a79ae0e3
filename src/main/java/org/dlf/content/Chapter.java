package org.dlf.content;

import java.util.List;

/**
 * One chapter in one language.
 *
 * @param number position in the course, from the folder prefix {@code NN-}
 * @param slug the URL name, the folder name without {@code NN-}
 * @param minutes estimated time to read and do the chapter
 */
public record Chapter(
        Language language,
        int number,
        String slug,
        String title,
        String summary,
        int minutes,
        List<ChapterBlock> blocks,
        List<String> figures) {

    public Chapter {
        blocks = List.copyOf(blocks);
        figures = List.copyOf(figures);
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
