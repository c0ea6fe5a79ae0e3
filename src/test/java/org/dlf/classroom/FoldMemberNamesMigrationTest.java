package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V8_1 on a database with members from before it: names cleaned and keyed, nobody lost, codes for all. */
class FoldMemberNamesMigrationTest {

    private static final String URL = "jdbc:h2:mem:fold-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .javaMigrations(new V8_1__FoldMemberNames())
                .target(target)
                .load();
    }

    private static void execute(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void members_of_before_get_folded_names_and_resume_codes_and_look_alikes_both_stay() throws Exception {
        flyway("8").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            execute(c, "INSERT INTO teacher (id, username, password_hash, created_at) VALUES (1, 't', 'x', NOW())");
            execute(
                    c,
                    "INSERT INTO classroom (id, teacher_id, name, code, open, created_at)"
                            + " VALUES (1, 1, '3B', 'ABCDEF', TRUE, NOW())");
            String[][] members = {
                {"Ann", "ann"}, {"\u0410nn", "\u0430nn"}, {"Bo\u202E", "bo\u202E"}, {"Li\u200B Wei", "li\u200B wei"}
            };
            for (int i = 0; i < members.length; i++)
                execute(
                        c,
                        "INSERT INTO class_member (id, classroom_id, learner_id, display_name, name_key, joined_at)"
                                + " VALUES (" + (i + 1) + ", 1, RANDOM_UUID(), '" + members[i][0] + "', '"
                                + members[i][1]
                                + "', NOW())");
        }
        flyway("latest").migrate();
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT display_name, name_key, resume_code FROM class_member ORDER BY id")) {
            while (rs.next()) {
                assertThat(rs.getString(3)).matches("[" + JoinCodes.ALPHABET + "]{12}");
                rows.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        assertThat(rows).containsExactly("Ann|ann", "\u0410nn|ann#2", "Bo|bo", "Li Wei|li wei");
    }
}
