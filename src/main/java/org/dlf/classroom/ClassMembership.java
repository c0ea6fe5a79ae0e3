package org.dlf.classroom;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dlf.security.ClientAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The learner's side of classroom mode: which classes the learner is in, under which name and with which
 * personal resume code; leaving one; and resuming as a member on another device with that code. Leaving
 * removes the membership only: the learner's progress stays theirs, and the class's dashboard and CSV stop
 * showing them.
 */
@Service
public class ClassMembership {

    /** A class the learner belongs to; {@code resumeCode} as people read it (ABCD-EFGH-JKMN). */
    public record Joined(long classId, String className, String displayName, boolean open, String resumeCode) {}

    /** What became of a resume code: {@code learner} and {@code joined} are set when it was right. */
    public record Resumption(
            Outcome outcome,
            @Nullable UUID learner,
            @Nullable Joined joined) {
        public enum Outcome {
            RESUMED,
            UNKNOWN_CODE,
            TOO_MANY_ATTEMPTS
        }
    }

    private final MemberRepository members;
    private final ClassroomRepository classes;
    private final ClassroomActivity activity;
    private final JoinLimits limits;
    private final TransactionTemplate tx;

    ClassMembership(
            MemberRepository members,
            ClassroomRepository classes,
            ClassroomActivity activity,
            JoinLimits limits,
            PlatformTransactionManager transactions) {
        this.members = members;
        this.classes = classes;
        this.activity = activity;
        this.limits = limits;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The learner's classes, in the order they joined them. */
    public List<Joined> classesOf(UUID learner) {
        return members.findByLearnerIdOrderByJoinedAt(learner).stream()
                .flatMap(m -> joined(m).stream())
                .toList();
    }

    /** The learner leaves this class; false when they were not in it (nothing changes then). */
    public boolean leave(UUID learner, long classId) {
        Long removed = tx.execute(s -> members.deleteByClassroomIdAndLearnerId(classId, learner));
        boolean left = removed != null && removed > 0;
        if (left) activity.changed();
        return left;
    }

    /**
     * The member whose resume code this is, so that this browser can continue as them. Resume codes are long
     * enough that a right one is always let in; wrong ones count against the address's budget of wrong codes
     * ({@link JoinLimits}), and once it is spent the answer no longer says whether a code exists.
     */
    public Resumption resume(String typedCode, String address) {
        String code = JoinCodes.normalise(typedCode);
        if (!JoinCodes.wellFormedResume(code)) return new Resumption(Resumption.Outcome.UNKNOWN_CODE, null, null);
        Optional<Member> member = members.findByResumeCode(code);
        if (member.isPresent()) {
            Optional<Joined> joined = joined(member.get());
            if (joined.isPresent())
                return new Resumption(Resumption.Outcome.RESUMED, member.get().learnerId(), joined.get());
        }
        String from = ClientAddress.key(address);
        if (limits.guessing(from)) return new Resumption(Resumption.Outcome.TOO_MANY_ATTEMPTS, null, null);
        limits.wrong(from);
        return new Resumption(Resumption.Outcome.UNKNOWN_CODE, null, null);
    }

    private Optional<Joined> joined(Member m) {
        return classes.findById(m.classroomId())
                .map(c -> new Joined(c.id(), c.name(), m.displayName(), c.open(), JoinCodes.grouped(m.resumeCode())));
    }
}
