package org.dlf.assignment;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The assignment settings of a class, which are the rules for its members.
 *
 * @param closedChapters slugs of the chapters the teacher has not opened (every other chapter is open, so
 *                       a chapter added to the course later starts open)
 * @param showSolutions  whether worked explanations and "show the solution" are offered
 * @param locks          widget name → its locked parameters (parameter → canonical value)
 */
public record AssignmentRules(
        Set<String> closedChapters, boolean showSolutions, Map<String, Map<String, String>> locks) {

    /** No restrictions: every chapter open, solutions shown, nothing locked. */
    public static final AssignmentRules NONE = new AssignmentRules(Set.of(), true, Map.of());

    public AssignmentRules {
        closedChapters = Set.copyOf(new TreeSet<>(closedChapters));
        Map<String, Map<String, String>> copy = new TreeMap<>();
        locks.forEach((widget, values) -> {
            if (!values.isEmpty()) copy.put(widget, Map.copyOf(values));
        });
        locks = Map.copyOf(copy);
    }

    public boolean chapterOpen(String slug) {
        return !closedChapters.contains(slug);
    }

    public ParameterLocks locks(String widget) {
        Map<String, String> values = locks.get(widget);
        return values == null ? ParameterLocks.NONE : new ParameterLocks(values);
    }

    public boolean restricts() {
        return !closedChapters.isEmpty() || !showSolutions || !locks.isEmpty();
    }
}
