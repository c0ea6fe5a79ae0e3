package org.dlf.chapters.history;

import org.dlf.content.Language;

/**
 * One milestone of chapter 1: when, in which phase, who, what, and why it mattered, in both languages.
 * {@code yearLabel} is how the year is written (e.g. "1957/1958"); {@code year} places it on the axis.
 */
public record Milestone(
        String id, int year, String yearLabel, Phase phase, Text label, Text title, Text people, Text what, Text why) {

    /** The three phases of the chapter, with the years each spans on the axis. */
    public enum Phase {
        ORIGINS(1943, 1969),
        DEVELOPMENT(1982, 2005),
        EXPLOSION(2006, 2017);

        private final int from;
        private final int to;

        Phase(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public int from() {
            return from;
        }

        public int to() {
            return to;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A text in Chinese and English. */
    public record Text(String zh, String en) {
        public String in(Language language) {
            return language == Language.ZH ? zh : en;
        }
    }
}
