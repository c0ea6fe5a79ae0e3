package org.dlf.exercises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One recorded answer to one exercise; unique per learner, exercise and answer. */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;

    @Column(name = "exercise_id", nullable = false, length = 100)
    private String exerciseId;

    @Column(name = "answer_hash", nullable = false, length = 64)
    private String answerHash;

    @Column(nullable = false, length = 500)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Verdict.Outcome outcome;

    @Column(nullable = false, length = 60)
    private String feedback;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attempt() {
        this(UUID.randomUUID(), "", "", "", Verdict.Outcome.WRONG, "");
    }

    Attempt(
            UUID learnerId,
            String exerciseId,
            String answerHash,
            String answer,
            Verdict.Outcome outcome,
            String feedback) {
        this.learnerId = learnerId;
        this.exerciseId = exerciseId;
        this.answerHash = answerHash;
        this.answer = answer.length() > 500 ? answer.substring(0, 500) : answer;
        this.outcome = outcome;
        this.feedback = feedback.length() > 60 ? feedback.substring(0, 60) : feedback;
        this.createdAt = Instant.now();
    }

    public Verdict.Outcome outcome() {
        return outcome;
    }

    public String feedback() {
        return feedback;
    }
}
