package org.dlf.classroom;

import org.dlf.content.Language;
import org.dlf.exercises.ExerciseCatalog;
import org.dlf.exercises.ExerciseSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Exercise titles and named mistakes in words, from the exercise manifests, for the teacher's dashboard and
 * the CSV; an id the course no longer has (an old attempt) stays as it is.
 */
@Component
public class ExerciseNames {

    private final ExerciseCatalog catalog;

    ExerciseNames(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    public String title(String exerciseId, Language language) {
        return catalog.find(exerciseId).map(s -> s.title().in(language)).orElse(exerciseId);
    }

    /** The chapter slug of the exercise, or null for an id the course no longer has. */
    public @Nullable String chapter(String exerciseId) {
        return catalog.find(exerciseId).map(ExerciseSpec::chapter).orElse(null);
    }

    /** The mistake's short label, e.g. "Left out the bias". */
    public String mistake(String exerciseId, String mistake, Language language) {
        ExerciseSpec.Mistake m = mistakeOf(exerciseId, mistake);
        return m == null ? mistake : m.label().in(language);
    }

    /** What the learner was told when they made it (the longer explanation). */
    public String mistakeExplained(String exerciseId, String mistake, Language language) {
        ExerciseSpec.Mistake m = mistakeOf(exerciseId, mistake);
        return m == null ? mistake : m.text().in(language);
    }

    private ExerciseSpec.@Nullable Mistake mistakeOf(String exerciseId, String mistake) {
        return catalog.find(exerciseId).map(s -> s.mistake(mistake)).orElse(null);
    }
}
