package org.dlf.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    List<Classroom> findByTeacherIdOrderByIdDesc(long teacherId);

    Optional<Classroom> findByCode(String code);

    boolean existsByCode(String code);
}
