package org.dlf.classroom;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.dlf.exercises.ExerciseCatalog;
import org.dlf.security.TeacherAccounts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The classroom feature's API. Every teacher operation names the signed-in teacher and is refused (with
 * {@link AccessDeniedException}) for a class of another teacher or one that does not exist.
 */
@Service
public class ClassroomService {

    static final int MAX_NAME = 40;
    /** Diverged runs the dashboard lists (the newest). */
    static final int MAX_DIVERGED = 20;

    private final ClassroomRepository classes;
    private final MemberRepository members;
    private final TeacherAccounts teachers;
    private final ResultsQueries queries;
    private final ContentService content;
    private final ExerciseCatalog catalog;
    private final ClassroomActivity activity;
    private final TransactionTemplate tx;
    private final JoinCodes codes = new JoinCodes();
    private final JoinLimiter perSession = new JoinLimiter(10, Clock.systemUTC());
    private final JoinLimiter perAddress = new JoinLimiter(300, Clock.systemUTC());

    ClassroomService(
            ClassroomRepository classes,
            MemberRepository members,
            TeacherAccounts teachers,
            ResultsQueries queries,
            ContentService content,
            ExerciseCatalog catalog,
            ClassroomActivity activity,
            PlatformTransactionManager transactions) {
        this.classes = classes;
        this.members = members;
        this.teachers = teachers;
        this.queries = queries;
        this.content = content;
        this.catalog = catalog;
        this.activity = activity;
        this.tx = new TransactionTemplate(transactions);
    }

    public ClassSummary create(String teacher, String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 80)
            throw new IllegalArgumentException("A class name has 1-80 characters");
        long teacherId = teacherId(teacher);
        return tx.execute(s -> summary(classes.saveAndFlush(new Classroom(teacherId, clean, freshCode()))));
    }

    public List<ClassSummary> classes(String teacher) {
        long teacherId = teacherId(teacher);
        return classes.findByTeacherIdOrderByIdDesc(teacherId).stream()
                .map(this::summary)
                .toList();
    }

    public ClassSummary summary(String teacher, long classId) {
        return summary(owned(teacher, classId));
    }

    public ClassSummary resetCode(String teacher, long classId) {
        return tx.execute(s -> {
            Classroom c = owned(teacher, classId);
            c.newCode(freshCode());
            ClassSummary changed = summary(classes.saveAndFlush(c));
            activity.changed(); // the projector page shows the new code
            return changed;
        });
    }

    public ClassSummary close(String teacher, long classId) {
        return tx.execute(s -> {
            Classroom c = owned(teacher, classId);
            c.close();
            ClassSummary changed = summary(classes.saveAndFlush(c));
            activity.changed();
            return changed;
        });
    }

    public void removeStudent(String teacher, long classId, UUID learner) {
        tx.executeWithoutResult(s ->
                members.deleteByClassroomIdAndLearnerId(owned(teacher, classId).id(), learner));
        activity.changed();
    }

    /**
     * A learner joins the class with this code under a display name (1–40 characters, unique in the class
     * ignoring case). {@code session} and {@code address} key the rate limits; the progress the learner
     * already has stays theirs and shows in the class results.
     */
    public JoinResult join(String code, UUID learner, String displayName, String session, String address) {
        if (!perSession.tryAcquire(session) || !perAddress.tryAcquire(address)) return JoinResult.TOO_MANY_ATTEMPTS;
        String normal = JoinCodes.normalise(code);
        if (!JoinCodes.wellFormed(normal)) return JoinResult.UNKNOWN_CODE;
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl))
            return JoinResult.INVALID_NAME;
        try {
            JoinResult result = tx.execute(s -> {
                Classroom c = classes.findByCode(normal).orElse(null);
                if (c == null) return JoinResult.UNKNOWN_CODE;
                if (!c.open()) return JoinResult.CLOSED;
                if (members.findByClassroomIdAndLearnerId(c.id(), learner).isPresent())
                    return JoinResult.ALREADY_MEMBER;
                if (members.existsByClassroomIdAndNameKey(c.id(), Member.key(name))) return JoinResult.NAME_TAKEN;
                members.saveAndFlush(new Member(c.id(), learner, name));
                return JoinResult.JOINED;
            });
            if (result == JoinResult.JOINED) activity.changed();
            return result;
        } catch (DataIntegrityViolationException raced) {
            return JoinResult.NAME_TAKEN; // another learner took the name (or this one joined twice) just now
        }
    }

    public ClassResults results(String teacher, long classId) {
        Classroom c = owned(teacher, classId);
        Map<String, Integer> chapters = new LinkedHashMap<>();
        content.course()
                .chapters(Language.EN)
                .forEach(
                        ch -> chapters.put(ch.slug(), catalog.chapter(ch.slug()).size()));
        ResultsQueries.Tallies tallies = queries.tallies(c.id());
        List<ClassResults.Student> students = members.findByClassroomIdOrderByDisplayName(c.id()).stream()
                .map(m -> {
                    Map<String, Integer> solved = tallies.solved().getOrDefault(m.learnerId(), Map.of());
                    int all =
                            solved.values().stream().mapToInt(Integer::intValue).sum();
                    return new ClassResults.Student(
                            m.learnerId(),
                            m.displayName(),
                            solved,
                            all,
                            tallies.attempts().getOrDefault(m.learnerId(), 0));
                })
                .toList();
        return new ClassResults(
                summary(c),
                chapters,
                students,
                queries.exercises(c.id()),
                queries.mistakes(c.id(), 10),
                queries.stuck(c.id()),
                queries.diverged(c.id(), MAX_DIVERGED));
    }

    /** The results as CSV (UTF-8, a row per student). */
    public String csv(String teacher, long classId) {
        return ClassCsv.of(results(teacher, classId));
    }

    private Classroom owned(String teacher, long classId) {
        long teacherId = teacherId(teacher);
        return classes.findById(classId)
                .filter(c -> c.teacherId() == teacherId)
                .orElseThrow(() -> new AccessDeniedException("Not a class of " + teacher));
    }

    private long teacherId(String teacher) {
        return teachers.find(teacher)
                .orElseThrow(() -> new AccessDeniedException("Not a teacher"))
                .id();
    }

    private String freshCode() {
        for (int i = 0; i < 20; i++) {
            String code = codes.next();
            if (!classes.existsByCode(code)) return code;
        }
        throw new IllegalStateException("No free join code found");
    }

    private ClassSummary summary(Classroom c) {
        int count = members.findByClassroomIdOrderByDisplayName(c.id()).size();
        return new ClassSummary(c.id(), c.name(), c.code(), c.open(), count);
    }
}
