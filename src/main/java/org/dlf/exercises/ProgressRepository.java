package org.dlf.exercises;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressRepository extends JpaRepository<Progress, Long> {

    Optional<Progress> findByLearnerIdAndExerciseId(UUID learnerId, String exerciseId);

    List<Progress> findByLearnerId(UUID learnerId);

    List<Progress> findByLearnerIdAndChapter(UUID learnerId, String chapter);
}
