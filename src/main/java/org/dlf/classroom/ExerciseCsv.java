package org.dlf.classroom;

import java.util.ArrayList;
import java.util.List;
import org.dlf.content.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A class's results per exercise as CSV, one row per student and exercise tried ("long" format, ready for
 * a spreadsheet's filters and pivot tables): the ids as columns a formula can use, the title beside them.
 */
@Component
public class ExerciseCsv {

    static final List<String> HEADER =
            List.of("student", "chapter", "exercise_id", "exercise_title", "solved", "attempts", "revealed");

    private final JdbcClient jdbc;
    private final ExerciseNames names;
    private final ClassroomService classrooms;

    ExerciseCsv(JdbcClient jdbc, ExerciseNames names, ClassroomService classrooms) {
        this.jdbc = jdbc;
        this.names = names;
        this.classrooms = classrooms;
    }

    /** The CSV of a class of this teacher (titles in this language); refused for another teacher's class. */
    public String of(String teacher, long classId, Language language) {
        classrooms.summary(teacher, classId); // throws AccessDeniedException unless the class is the teacher's
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        jdbc.sql("SELECT m.display_name, p.chapter, p.exercise_id, p.solved, p.attempts, p.revealed"
                        + " FROM exercise_progress p JOIN class_member m ON m.learner_id = p.learner_id"
                        + " WHERE m.classroom_id = :id ORDER BY m.name_key, p.chapter, p.exercise_id")
                .param("id", classId)
                .query((rs, n) -> rows.add(List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        names.title(rs.getString(3), language),
                        rs.getBoolean(4) ? "1" : "0",
                        String.valueOf(rs.getInt(5)),
                        rs.getBoolean(6) ? "1" : "0")))
                .list();
        StringBuilder out = new StringBuilder();
        rows.forEach(row -> ClassCsv.line(out, row));
        return out.toString();
    }
}
