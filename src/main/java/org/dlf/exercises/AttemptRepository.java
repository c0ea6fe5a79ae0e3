package org.dlf.exercises;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    Optional<Attempt> findByLearnerIdAndExerciseIdAndAnswerHash(UUID learnerId, String exerciseId, String answerHash);

    long countByLearnerIdAndExerciseId(UUID learnerId, String exerciseId);
}
