package org.dlf.exercises;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerRepository extends JpaRepository<Learner, UUID> {}
