package org.dlf.classroom;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.dlf.assignment.AssignmentRules;
import org.dlf.assignment.LearnerRules;
import org.dlf.assignment.LockableParameter;
import org.dlf.assignment.LockableWidgets;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A class's assignment settings: the teacher reads and saves them (refused with {@link AccessDeniedException}
 * for another teacher's class, like every operation of {@link ClassroomService}); the course asks which rules
 * apply to a learner ({@link LearnerRules}: those of the class they joined most recently, whether or not it is
 * still open, since closing a class only stops new members; leaving or being removed ends them).
 *
 * <p>Every lookup reads the learner's class and its settings' revision from the database (one indexed query),
 * so a teacher's change applies on the learner's next page or action on every server; the settings themselves
 * are cached per class and revision.
 */
@Service
public class AssignmentService implements LearnerRules {

    private record Cached(long revision, AssignmentRules rules) {}

    private final ClassroomService classrooms;
    private final AssignmentStore store;
    private final LockableWidgets widgets;
    private final ContentService content;
    private final TransactionTemplate tx;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    AssignmentService(
            ClassroomService classrooms,
            AssignmentStore store,
            LockableWidgets widgets,
            ContentService content,
            PlatformTransactionManager transactions) {
        this.classrooms = classrooms;
        this.store = store;
        this.widgets = widgets;
        this.content = content;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The class's settings as its teacher sees them ({@link AssignmentRules#NONE} until first saved). */
    public AssignmentRules settings(String teacher, long classId) {
        classrooms.summary(teacher, classId); // refuses another teacher's class
        return store.load(classId);
    }

    /**
     * Validates and saves the class's settings; returns them as stored (lock values in canonical spelling).
     *
     * @throws IllegalArgumentException for an unknown chapter, widget or parameter or a value outside the
     *                                  widget's own bounds; nothing is changed then
     */
    public AssignmentRules save(String teacher, long classId, AssignmentRules wanted) {
        classrooms.summary(teacher, classId);
        AssignmentRules clean = validated(wanted);
        tx.executeWithoutResult(s -> store.save(classId, clean));
        cache.remove(classId);
        return clean;
    }

    @Override
    public AssignmentRules rulesFor(UUID learner) {
        return store.current(learner)
                .map(current -> current.revision() == 0 ? AssignmentRules.NONE : rules(current))
                .orElse(AssignmentRules.NONE);
    }

    private AssignmentRules rules(AssignmentStore.Current current) {
        Cached cached = cache.get(current.classId());
        if (cached == null || cached.revision() != current.revision()) {
            cached = new Cached(current.revision(), store.load(current.classId()));
            cache.put(current.classId(), cached);
        }
        return cached.rules();
    }

    private AssignmentRules validated(AssignmentRules wanted) {
        Set<String> chapters = content.course().chapters(Language.EN).stream()
                .map(Chapter::slug)
                .collect(Collectors.toSet());
        for (String slug : wanted.closedChapters()) {
            if (!chapters.contains(slug)) throw new IllegalArgumentException("No chapter '" + slug + "'");
        }
        Map<String, Map<String, String>> locks = new HashMap<>();
        wanted.locks()
                .forEach((widget, values) -> values.forEach((name, value) -> {
                    LockableParameter parameter = widgets.parameter(widget, name)
                            .orElseThrow(() -> new IllegalArgumentException("Cannot lock " + widget + "." + name));
                    String canonical = parameter
                            .normalise(value)
                            .orElseThrow(() ->
                                    new IllegalArgumentException("Invalid " + widget + "." + name + ": " + value));
                    locks.computeIfAbsent(widget, k -> new HashMap<>()).put(name, canonical);
                }));
        return new AssignmentRules(wanted.closedChapters(), wanted.showSolutions(), locks);
    }
}
