package org.dlf.exercises;

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
 * A learner's state on one exercise: attempts so far, solved, solution revealed (gave up). The solution is only
 * shown to a learner who has not solved the exercise, so {@code revealed} means "seen before solving"; a correct
 * answer after that is an attempt, not a solve.
 */
@Entity
@Table(name = "exercise_progress")
public class Progress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;

    @Column(name = "exercise_id", nullable = false, length = 100)
    private String exerciseId;

    @Column(nullable = false, length = 100)
    private String chapter;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private boolean solved;

    @Column(nullable = false)
    private boolean revealed;

    @Column(name = "solved_at")
    private @Nullable Instant solvedAt;

    protected Progress() {
        this(UUID.randomUUID(), "", "");
    }

    Progress(UUID learnerId, String exerciseId, String chapter) {
        this.learnerId = learnerId;
        this.exerciseId = exerciseId;
        this.chapter = chapter;
    }

    void recordAttempt(boolean correct) {
        attempts++;
        if (correct && !solved && !revealed) {
            solved = true;
            solvedAt = Instant.now();
        }
    }

    void reveal() {
        revealed = true;
    }

    String chapter() {
        return chapter;
    }

    public String exerciseId() {
        return exerciseId;
    }

    public int attempts() {
        return attempts;
    }

    public boolean solved() {
        return solved;
    }

    public boolean revealed() {
        return revealed;
    }
}
