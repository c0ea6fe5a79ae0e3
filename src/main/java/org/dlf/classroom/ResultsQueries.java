package org.dlf.classroom;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read-only aggregates of the members' rows in the exercise tables (plain SQL for H2 and PostgreSQL). */
@Component
class ResultsQueries {

    private static final String MEMBERS =
            " JOIN class_member m ON m.learner_id = p.learner_id WHERE m.classroom_id = :id ";

    private final JdbcClient jdbc;

    ResultsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Tallies(Map<UUID, Map<String, Integer>> solved, Map<UUID, Integer> attempts) {}

    Tallies tallies(long classId) {
        Map<UUID, Map<String, Integer>> solved = new HashMap<>();
        Map<UUID, Integer> attempts = new HashMap<>();
        jdbc.sql("SELECT p.learner_id, p.chapter, SUM(CASE WHEN p.solved THEN 1 ELSE 0 END), SUM(p.attempts)"
                        + " FROM exercise_progress p" + MEMBERS + "GROUP BY p.learner_id, p.chapter")
                .param("id", classId)
                .query((rs, n) -> {
                    UUID learner = rs.getObject(1, UUID.class);
                    solved.computeIfAbsent(learner, k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                    attempts.merge(learner, rs.getInt(4), Integer::sum);
                    return learner;
                })
                .list();
        return new Tallies(solved, attempts);
    }

    List<ClassResults.ExerciseStats> exercises(long classId) {
        return jdbc.sql("SELECT p.exercise_id, COUNT(*), SUM(CASE WHEN p.solved THEN 1 ELSE 0 END), SUM(p.attempts),"
                        + " SUM(CASE WHEN p.revealed THEN 1 ELSE 0 END) FROM exercise_progress p" + MEMBERS
                        + "AND p.attempts > 0 GROUP BY p.exercise_id"
                        + " ORDER BY p.exercise_id")
                .param("id", classId)
                .query((rs, n) -> new ClassResults.ExerciseStats(
                        rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    List<ClassResults.Mistake> mistakes(long classId, int limit) {
        return jdbc.sql("SELECT p.exercise_id, p.feedback, COUNT(*) AS n FROM attempt p" + MEMBERS
                        + "AND p.outcome = 'MISTAKE' GROUP BY p.exercise_id, p.feedback"
                        + " ORDER BY n DESC, p.exercise_id, p.feedback FETCH FIRST :limit ROWS ONLY")
                .param("id", classId)
                .param("limit", limit)
                .query((rs, n) -> new ClassResults.Mistake(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    List<ClassResults.Stuck> stuck(long classId) {
        return jdbc.sql("SELECT m.display_name, p.exercise_id, p.attempts FROM exercise_progress p" + MEMBERS
                        + "AND p.solved = FALSE AND p.attempts >= :stuck ORDER BY p.attempts DESC, m.display_name")
                .param("id", classId)
                .param("stuck", ClassResults.STUCK_AFTER)
                .query((rs, n) -> new ClassResults.Stuck(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** The members' latest diverged training runs, newest first. */
    List<ClassResults.Diverged> diverged(long classId, int limit) {
        return jdbc.sql(
                        "SELECT m.display_name, e.widget, e.dataset, e.epoch, e.occurred_at FROM training_event e"
                                + " JOIN class_member m ON m.learner_id = e.learner_id WHERE m.classroom_id = :id"
                                + " AND e.kind = 'DIVERGED' ORDER BY e.occurred_at DESC, e.id DESC FETCH FIRST :limit ROWS ONLY")
                .param("id", classId)
                .param("limit", limit)
                .query((rs, n) -> new ClassResults.Diverged(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * A number that grows whenever any learner's answer or training event is recorded (the sum of the highest
     * ids of both tables).
     */
    long activityMark() {
        return jdbc.sql("SELECT (SELECT COALESCE(MAX(id), 0) FROM attempt) + (SELECT COALESCE(MAX(id), 0) FROM"
                        + " training_event)")
                .query((rs, n) -> rs.getLong(1))
                .single();
    }
}
