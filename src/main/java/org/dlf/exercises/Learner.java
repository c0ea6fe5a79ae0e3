package org.dlf.exercises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A learner: anonymous (a random id kept in a cookie) with an optional display name. */
@Entity
@Table(name = "learner")
public class Learner {

    @Id
    private UUID id;

    @Column(name = "display_name", length = 60)
    private @Nullable String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Learner() {
        this(UUID.randomUUID());
    }

    Learner(UUID id) {
        this.id = id;
        this.createdAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public @Nullable String displayName() {
        return displayName;
    }

    void rename(@Nullable String name) {
        this.displayName = name;
    }
}
