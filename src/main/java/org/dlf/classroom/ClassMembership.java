package org.dlf.classroom;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The learner's side of classroom mode: which classes the learner is in and under which name, and leaving
 * one. Leaving removes the membership only: the learner's progress stays theirs, and the class's dashboard
 * and CSV stop showing them.
 */
@Service
public class ClassMembership {

    /** A class the learner belongs to. */
    public record Joined(long classId, String className, String displayName, boolean open) {}

    private final MemberRepository members;
    private final ClassroomRepository classes;
    private final ClassroomActivity activity;
    private final TransactionTemplate tx;

    ClassMembership(
            MemberRepository members,
            ClassroomRepository classes,
            ClassroomActivity activity,
            PlatformTransactionManager transactions) {
        this.members = members;
        this.classes = classes;
        this.activity = activity;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The learner's classes, in the order they joined them. */
    public List<Joined> classesOf(UUID learner) {
        return members.findByLearnerIdOrderByJoinedAt(learner).stream()
                .flatMap(m -> classes.findById(m.classroomId()).stream()
                        .map(c -> new Joined(c.id(), c.name(), m.displayName(), c.open())))
                .toList();
    }

    /** The learner leaves this class; false when they were not in it (nothing changes then). */
    public boolean leave(UUID learner, long classId) {
        Long removed = tx.execute(s -> members.deleteByClassroomIdAndLearnerId(classId, learner));
        boolean left = removed != null && removed > 0;
        if (left) activity.changed();
        return left;
    }
}
