package org.dlf.classroom;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the teacher narrows the dashboard to: students whose name contains some text, one chapter's exercises,
 * and only the students who need help (stuck on an exercise or with a diverged training run).
 *
 * @param name      part of a display name, any case; blank for everyone
 * @param chapter   a chapter slug, or null for every chapter
 * @param needsHelp only students who are stuck (in that chapter) or whose run diverged
 */
public record ResultsFilter(String name, @Nullable String chapter, boolean needsHelp) {

    public static final ResultsFilter NONE = new ResultsFilter("", null, false);
    /** The longest name text kept (display names have at most 40 characters). */
    static final int MAX_NAME = 40;

    public ResultsFilter {
        name = name == null ? "" : name.strip();
        if (name.length() > MAX_NAME) name = name.substring(0, MAX_NAME);
    }

    /**
     * The results narrowed by this filter; {@code chapterOf} gives an exercise's chapter slug (null for an
     * exercise the course no longer has). The class-wide tables (exercises, mistakes) follow the chapter only.
     */
    public ClassResults apply(ClassResults r, Function<String, @Nullable String> chapterOf) {
        String needle = name.toLowerCase(Locale.ROOT);
        Predicate<String> inChapter = id -> chapter == null || chapter.equals(chapterOf.apply(id));
        Predicate<String> named = n -> n.toLowerCase(Locale.ROOT).contains(needle);
        Set<String> needHelp = Stream.concat(
                        r.stuck().stream()
                                .filter(s -> inChapter.test(s.exerciseId()))
                                .map(ClassResults.Stuck::name),
                        r.diverged().stream().map(ClassResults.Diverged::name))
                .collect(Collectors.toSet());
        return new ClassResults(
                r.summary(),
                r.chapters(),
                r.students().stream()
                        .filter(s -> named.test(s.name()) && (!needsHelp || needHelp.contains(s.name())))
                        .toList(),
                r.exercises().stream()
                        .filter(e -> inChapter.test(e.exerciseId()))
                        .toList(),
                r.mistakes().stream()
                        .filter(m -> inChapter.test(m.exerciseId()))
                        .toList(),
                r.stuck().stream()
                        .filter(s -> named.test(s.name()) && inChapter.test(s.exerciseId()))
                        .toList(),
                r.diverged().stream().filter(d -> named.test(d.name())).toList());
    }
}
