package org.dlf.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeacherRepository extends JpaRepository<Teacher, Long> {

    Optional<Teacher> findByUsername(String username);

    Optional<Teacher> findByUsernameIgnoreCase(String username);
}
