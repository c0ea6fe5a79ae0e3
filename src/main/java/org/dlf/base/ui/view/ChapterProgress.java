package org.dlf.base.ui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;

/**
 * The visitor's progress per chapter, shown in the navigation and on the home page's chapter cards, as plain
 * data. Implemented by the exercises feature (which depends on this package, so the shell stays free of it).
 */
public interface ChapterProgress {

    /** Without the exercises feature: nothing to show. */
    ChapterProgress NONE = new ChapterProgress() {
        @Override
        public Map<String, Tally> tallies(List<String> chapterSlugs) {
            return Map.of();
        }

        @Override
        public Registration addChangeListener(UI ui, Runnable listener) {
            return () -> {};
        }
    };

    /** Solved and total exercises of the current visitor per chapter slug, in the order given. */
    Map<String, Tally> tallies(List<String> chapterSlugs);

    /** Calls {@code listener} whenever the visitor's progress changed in this UI. */
    Registration addChangeListener(UI ui, Runnable listener);

    /** Solved of total exercises in one chapter. */
    record Tally(int solved, int total) {

        /** Whether there is anything to show: a chapter without exercises shows no badge. */
        public boolean shown() {
            return total > 0;
        }

        public boolean complete() {
            return total > 0 && solved == total;
        }

        /** The badge text: "1/4", or "✓ 4/4" once every exercise is solved. */
        public String text() {
            return (complete() ? "✓ " : "") + solved + "/" + total;
        }
    }
}
