package org.dlf.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A learner in a class under a display name that is unique in the class (ignoring case). */
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

    @Column(name = "name_key", nullable = false, length = 40)
    private String nameKey;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Member() {
        this(0, UUID.randomUUID(), "");
    }

    Member(long classroomId, UUID learnerId, String displayName) {
        this.classroomId = classroomId;
        this.learnerId = learnerId;
        this.displayName = displayName;
        this.nameKey = key(displayName);
        this.joinedAt = Instant.now();
    }

    static String key(String displayName) {
        return displayName.toLowerCase(Locale.ROOT);
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
}
