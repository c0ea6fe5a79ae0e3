package org.dlf.classroom;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    List<Member> findByClassroomIdOrderByDisplayName(long classroomId);

    Optional<Member> findByClassroomIdAndLearnerId(long classroomId, UUID learnerId);

    boolean existsByClassroomIdAndNameKey(long classroomId, String nameKey);

    long deleteByClassroomIdAndLearnerId(long classroomId, UUID learnerId);

    List<Member> findByLearnerIdOrderByJoinedAt(UUID learnerId);

    Optional<Member> findByResumeCode(String resumeCode);

    boolean existsByResumeCode(String resumeCode);

    long countByClassroomId(long classroomId);
}
