package org.dlf.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A teacher's class: a name, a join code, open for joining or closed. */
@Entity
@Table(name = "classroom")
class Classroom {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 12, unique = true)
    private String code;

    @Column(nullable = false)
    private boolean open;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Classroom() {
        this(0, "", "");
    }

    Classroom(long teacherId, String name, String code) {
        this.teacherId = teacherId;
        this.name = name;
        this.code = code;
        this.open = true;
        this.createdAt = Instant.now();
    }

    long id() {
        if (id == null) throw new IllegalStateException("Class not saved yet");
        return id;
    }

    long teacherId() {
        return teacherId;
    }

    String name() {
        return name;
    }

    String code() {
        return code;
    }

    boolean open() {
        return open;
    }

    void newCode(String code) {
        this.code = code;
    }

    void close() {
        this.open = false;
    }
}
