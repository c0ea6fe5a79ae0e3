package org.dlf.classroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.dlf.exercises.ExerciseCatalog;
import org.dlf.security.ClientAddress;
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

    /** Members a class takes at most. */
    static final int MAX_MEMBERS = 500;
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
    private final JoinLimits limits;
    private final JoinCodes codes = new JoinCodes();

    ClassroomService(
            ClassroomRepository classes,
            MemberRepository members,
            TeacherAccounts teachers,
            ResultsQueries queries,
            ContentService content,
            ExerciseCatalog catalog,
            ClassroomActivity activity,
            JoinLimits limits,
            PlatformTransactionManager transactions) {
        this.limits = limits;
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
     * A learner joins the class with this code under a display name (see {@link DisplayNames}: unique in
     * the class once case, look-alike letters and invisible characters are folded). {@code address} (the
     * client's) keys the {@link JoinLimits}; the progress the learner already has stays theirs and shows in
     * the class results.
     */
    public JoinResult join(String code, UUID learner, String displayName, String address) {
        String name = DisplayNames.clean(displayName);
        if (name == null) return JoinResult.INVALID_NAME;
        String normal = JoinCodes.normalise(code);
        if (!JoinCodes.wellFormed(normal)) return JoinResult.UNKNOWN_CODE; // nobody's code: tells nothing
        String from = ClientAddress.key(address);
        Long classId = classes.findByCode(normal).map(Classroom::id).orElse(null);
        boolean anchored = limits.anchored(classId == null ? -1 : classId, from);
        if (limits.guessing(from) && !anchored) return JoinResult.TOO_MANY_ATTEMPTS;
        if (classId == null) {
            limits.wrong(from);
            return JoinResult.UNKNOWN_CODE;
        }
        if (!limits.rightCode(classId, from)) return JoinResult.TOO_MANY_ATTEMPTS;
        JoinResult result;
        try {
            result = tx.execute(s -> {
                Classroom c = classes.findById(classId).orElseThrow();
                if (!c.open()) return JoinResult.CLOSED;
                if (members.findByClassroomIdAndLearnerId(c.id(), learner).isPresent())
                    return JoinResult.ALREADY_MEMBER;
                if (members.existsByClassroomIdAndNameKey(c.id(), DisplayNames.key(name))) return JoinResult.NAME_TAKEN;
                if (members.countByClassroomId(c.id()) >= MAX_MEMBERS) return JoinResult.FULL;
                members.saveAndFlush(new Member(c.id(), learner, name, freshResumeCode()));
                return JoinResult.JOINED;
            });
        } catch (DataIntegrityViolationException raced) {
            return JoinResult.NAME_TAKEN; // another learner took the name (or this one joined twice) just now
        }
        if (result == JoinResult.JOINED) {
            limits.anchor(classId, from);
            activity.changed();
        }
        return result;
    }

    /**
     * The teacher's dashboard or projector page is open from this address: students joining from the same
     * network can always join this class, however many wrong codes others there have tried.
     */
    public void openedFrom(String teacher, long classId, String address) {
        limits.anchor(owned(teacher, classId).id(), ClientAddress.key(address));
    }

    /** A member's personal resume code (ABCD-EFGH-JKMN), for the teacher to show them. */
    public String resumeCode(String teacher, long classId, UUID learner) {
        return JoinCodes.grouped(member(teacher, classId, learner).resumeCode());
    }

    /** Gives a member a new resume code; the old one stops working. */
    public String newResumeCode(String teacher, long classId, UUID learner) {
        String code = tx.execute(s -> {
            Member m = member(teacher, classId, learner);
            m.newResumeCode(freshResumeCode());
            return members.saveAndFlush(m).resumeCode();
        });
        return JoinCodes.grouped(code);
    }

    private Member member(String teacher, long classId, UUID learner) {
        return members.findByClassroomIdAndLearnerId(owned(teacher, classId).id(), learner)
                .orElseThrow(() -> new AccessDeniedException("Not a member of the class"));
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

    private String freshResumeCode() {
        for (int i = 0; i < 20; i++) {
            String code = codes.nextResume();
            if (!members.existsByResumeCode(code)) return code;
        }
        throw new IllegalStateException("No free resume code found");
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
