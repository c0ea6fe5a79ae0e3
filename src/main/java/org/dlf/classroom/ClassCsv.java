package org.dlf.classroom;

import java.util.ArrayList;
import java.util.List;

/** A class's results as CSV: a row per student, a column per chapter (solved), then totals. */
final class ClassCsv {

    private ClassCsv() {}

    static String of(ClassResults results) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("student"));
        results.chapters().forEach((slug, total) -> header.add(slug + " (" + total + ")"));
        header.addAll(List.of("solved", "attempts"));
        line(out, header);
        for (ClassResults.Student s : results.students()) {
            List<String> row = new ArrayList<>(List.of(s.name()));
            results.chapters()
                    .keySet()
                    .forEach(slug -> row.add(String.valueOf(s.solvedByChapter().getOrDefault(slug, 0))));
            row.add(String.valueOf(s.solved()));
            row.add(String.valueOf(s.attempts()));
            line(out, row);
        }
        return out.toString();
    }

    static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quoted, and a leading = + - @ defused so a spreadsheet never runs a name as a formula. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
