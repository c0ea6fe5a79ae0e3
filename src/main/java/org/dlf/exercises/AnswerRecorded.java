package org.dlf.exercises;

import java.util.UUID;

/**
 * A learner's new answer was stored (its transaction committed): published by {@link ExerciseService} for
 * whoever shows answers live, e.g. a teacher's dashboard on this server.
 */
public record AnswerRecorded(UUID learner) {}
