package org.dlf.classroom;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The members that exist before V8: their names cleaned and keyed as {@link DisplayNames} does now, and a
 * personal resume code each. Two members whose names now fold to one key both stay (the later one's key
 * gets its id appended), so no one is lost; new joins with either name are refused as taken. Java because
 * the folding is Java's (NFKC, the look-alike table).
 */
@Component
class V8_1__FoldMemberNames extends BaseJavaMigration {

    private record Row(long id, long classroom, String name) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Row> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rs =
                        select.executeQuery("SELECT id, classroom_id, display_name FROM class_member ORDER BY id")) {
            while (rs.next()) rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3)));
        }
        try (PreparedStatement free =
                connection.prepareStatement("UPDATE class_member SET name_key = ? WHERE id = ?")) {
            for (Row row : rows) { // first out of each other's way: the unique key is (class, name key)
                free.setString(1, "#" + row.id());
                free.setLong(2, row.id());
                free.executeUpdate();
            }
        }
        JoinCodes codes = new JoinCodes();
        Set<String> keys = new HashSet<>();
        Set<String> resumeCodes = new HashSet<>();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE class_member SET display_name = ?, name_key = ?, resume_code = ? WHERE id = ?")) {
            for (Row row : rows) {
                String clean = DisplayNames.clean(row.name());
                String name = clean == null ? row.name() : clean;
                String key = DisplayNames.key(name);
                if (!keys.add(row.classroom() + ":" + key)) key = key + "#" + row.id();
                String code;
                do code = codes.nextResume();
                while (!resumeCodes.add(code));
                update.setString(1, name);
                update.setString(2, key);
                update.setString(3, code);
                update.setLong(4, row.id());
                update.executeUpdate();
            }
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE class_member ALTER COLUMN resume_code SET NOT NULL");
        }
    }
}
