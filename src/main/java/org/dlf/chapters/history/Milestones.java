package org.dlf.chapters.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads and checks the milestones of chapter 1 from {@code widgets/history-milestones.yaml}. */
final class Milestones {

    static final String RESOURCE = "/widgets/history-milestones.yaml";
    static final int FIRST_YEAR = 1943;
    static final int LAST_YEAR = 2017;
    private static final List<Milestone> ALL = load();

    private Milestones() {}

    /** All milestones in time order (ties keep file order). */
    static List<Milestone> all() {
        return ALL;
    }

    private static List<Milestone> load() {
        try (InputStream in = Milestones.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            List<Map<String, Object>> rows = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Milestone> milestones = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Map<String, Object> row : rows) {
                Milestone m = milestone(row);
                if (!ids.add(m.id()) || m.year() < FIRST_YEAR || m.year() > LAST_YEAR) {
                    throw new IllegalStateException(RESOURCE + ": duplicate id or year out of range: " + m.id());
                }
                milestones.add(m);
            }
            milestones.sort(Comparator.comparingInt(Milestone::year));
            return List.copyOf(milestones);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Milestone milestone(Map<String, Object> row) {
        String id = string(row, "id");
        int year = (Integer) row.get("year");
        Object label = row.get("yearLabel");
        return new Milestone(
                id,
                year,
                label == null ? String.valueOf(year) : label.toString(),
                Milestone.Phase.valueOf(string(row, "phase").toUpperCase(Locale.ROOT)),
                text(row, "label", id),
                text(row, "title", id),
                text(row, "people", id),
                text(row, "what", id),
                text(row, "why", id));
    }

    private static Milestone.Text text(Map<String, Object> row, String key, String id) {
        if (!(row.get(key) instanceof Map<?, ?> map)
                || !(map.get("zh") instanceof String zh)
                || !(map.get("en") instanceof String en)
                || zh.isBlank()
                || en.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": " + id + "." + key + " needs zh and en");
        }
        return new Milestone.Text(zh, en);
    }

    private static String string(Map<String, Object> row, String key) {
        if (!(row.get(key) instanceof String value)) {
            throw new IllegalStateException(RESOURCE + ": missing " + key + " in " + row);
        }
        return value;
    }
}
