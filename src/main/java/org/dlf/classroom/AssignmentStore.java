package org.dlf.classroom;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dlf.assignment.AssignmentRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The assignment tables of V3 in plain SQL (H2 and PostgreSQL); the service owns the transactions. */
@Component
class AssignmentStore {

    /** A learner's class now and the revision of its settings (0: the class has none). */
    record Current(long classId, long revision) {}

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The class the learner joined most recently, if any (open or closed: closing only stops new members). */
    Optional<Current> current(UUID learner) {
        return jdbc.sql("SELECT m.classroom_id, COALESCE(a.revision, 0) FROM class_member m"
                        + " LEFT JOIN class_assignment a ON a.classroom_id = m.classroom_id"
                        + " WHERE m.learner_id = :learner"
                        + " ORDER BY m.joined_at DESC, m.id DESC FETCH FIRST 1 ROWS ONLY")
                .param("learner", learner)
                .query((rs, n) -> new Current(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    AssignmentRules load(long classId) {
        Optional<Boolean> show = jdbc.sql("SELECT show_solutions FROM class_assignment WHERE classroom_id = :id")
                .param("id", classId)
                .query(Boolean.class)
                .optional();
        if (show.isEmpty()) return AssignmentRules.NONE;
        Set<String> closed = new HashSet<>(jdbc.sql("SELECT chapter FROM class_closed_chapter WHERE classroom_id = :id")
                .param("id", classId)
                .query(String.class)
                .list());
        Map<String, Map<String, String>> locks = new HashMap<>();
        jdbc.sql("SELECT widget, parameter, locked_value FROM class_locked_parameter WHERE classroom_id = :id")
                .param("id", classId)
                .query((rs, n) -> locks.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        return new AssignmentRules(closed, show.get(), locks);
    }

    /** Replaces the class's settings (call inside a transaction). */
    void save(long classId, AssignmentRules rules) {
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE class_assignment SET show_solutions = :show, revision = revision + 1,"
                        + " updated_at = :now WHERE classroom_id = :id")
                .param("show", rules.showSolutions())
                .param("now", now)
                .param("id", classId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO class_assignment (classroom_id, show_solutions, revision, updated_at)"
                            + " VALUES (:id, :show, 1, :now)")
                    .param("id", classId)
                    .param("show", rules.showSolutions())
                    .param("now", now)
                    .update();
        }
        jdbc.sql("DELETE FROM class_closed_chapter WHERE classroom_id = :id")
                .param("id", classId)
                .update();
        for (String chapter : rules.closedChapters()) {
            jdbc.sql("INSERT INTO class_closed_chapter (classroom_id, chapter) VALUES (:id, :chapter)")
                    .param("id", classId)
                    .param("chapter", chapter)
                    .update();
        }
        jdbc.sql("DELETE FROM class_locked_parameter WHERE classroom_id = :id")
                .param("id", classId)
                .update();
        rules.locks()
                .forEach((widget, values) -> values.forEach((parameter, value) -> jdbc.sql(
                                "INSERT INTO class_locked_parameter (classroom_id, widget, parameter, locked_value)"
                                        + " VALUES (:id, :widget, :parameter, :value)")
                        .param("id", classId)
                        .param("widget", widget)
                        .param("parameter", parameter)
                        .param("value", value)
                        .update()));
    }
}
