package org.dlf.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A learner in a class under a display name that is unique in the class ({@link DisplayNames#key}: case,
 * look-alike letters and invisible characters do not make a name different), with the personal resume code
 * that lets the learner continue on another device.
 */
@Entity
@Table(name = "class_member")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "classroom_id", nullable = false)
    private long classroomId;

    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;

    @Column(name = "display_name", nullable = false, length = 40)
    private String displayName;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "resume_code", nullable = false, length = 12, unique = true)
    private String resumeCode;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Member() {
        this(0, UUID.randomUUID(), "", "");
    }

    /** {@code displayName} as {@link DisplayNames#clean} left it. */
    Member(long classroomId, UUID learnerId, String displayName, String resumeCode) {
        this.classroomId = classroomId;
        this.learnerId = learnerId;
        this.displayName = displayName;
        this.nameKey = DisplayNames.key(displayName);
        this.resumeCode = resumeCode;
        this.joinedAt = Instant.now();
    }

    long classroomId() {
        return classroomId;
    }

    UUID learnerId() {
        return learnerId;
    }

    String displayName() {
        return displayName;
    }

    String resumeCode() {
        return resumeCode;
    }

    void newResumeCode(String code) {
        this.resumeCode = code;
    }
}
