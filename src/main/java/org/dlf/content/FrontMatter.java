package org.dlf.content;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The {@code ---}-delimited header of a chapter file: title, summary and minutes, all required. */
record FrontMatter(String title, String summary, int minutes, String body) {

    static final int MAX_MINUTES = 120;

    /** Splits and checks the header; problems are added to {@code problems} with the file name. */
    static FrontMatter parse(String file, String text, List<String> problems) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith("---\n")) {
            problems.add(file + ": missing front matter (the file must start with a line '---')");
            return new FrontMatter("", "", 0, normalized);
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.add(file + ": front matter is not closed by a line '---'");
            return new FrontMatter("", "", 0, normalized);
        }
        String header = normalized.substring(4, end);
        String body = normalized.substring(end + 5);
        Map<?, ?> map;
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(header);
            map = parsed instanceof Map<?, ?> m ? m : Map.of();
        } catch (RuntimeException e) {
            problems.add(file + ": front matter is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
            return new FrontMatter("", "", 0, body);
        }
        String title = text(map.get("title"));
        String summary = text(map.get("summary"));
        if (title.isBlank()) {
            problems.add(file + ": front matter has no 'title'");
        }
        if (summary.isBlank()) {
            problems.add(file + ": front matter has no 'summary'");
        }
        int minutes = 0;
        Object rawMinutes = map.get("minutes");
        if (rawMinutes instanceof Integer i && i >= 1 && i <= MAX_MINUTES) {
            minutes = i;
        } else {
            problems.add(file + ": front matter 'minutes' must be a whole number from 1 to " + MAX_MINUTES + " (got "
                    + rawMinutes + ")");
        }
        return new FrontMatter(title, summary, minutes, body);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
