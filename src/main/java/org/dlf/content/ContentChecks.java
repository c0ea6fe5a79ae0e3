package org.dlf.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The cross-file rules of {@link ContentLoader}: parity of languages, known widgets, figures, exercises. */
final class ContentChecks {

    private final Set<String> files;
    private final WidgetCatalog widgets;
    private final Map<String, List<Map<String, Object>>> manifests;
    private final List<String> problems;

    ContentChecks(
            Set<String> files,
            WidgetCatalog widgets,
            Map<String, List<Map<String, Object>>> manifests,
            List<String> problems) {
        this.files = files;
        this.widgets = widgets;
        this.manifests = manifests;
        this.problems = problems;
    }

    void sameChaptersInBothLanguages(Map<Language, Map<String, Chapter>> byLanguage) {
        Map<String, Chapter> zh = byLanguage.get(Language.ZH);
        Map<String, Chapter> en = byLanguage.get(Language.EN);
        zh.keySet().stream()
                .filter(dir -> !en.containsKey(dir))
                .forEach(dir -> problems.add("en/" + dir + "/chapter.md is missing (zh/" + dir + " exists)"));
        en.keySet().stream()
                .filter(dir -> !zh.containsKey(dir))
                .forEach(dir -> problems.add("zh/" + dir + "/chapter.md is missing (en/" + dir + " exists)"));
        zh.forEach((dir, chinese) -> {
            Chapter english = en.get(dir);
            if (english == null) {
                return;
            }
            if (!Objects.equals(names(chinese.widgets()), names(english.widgets()))) {
                problems.add(dir + ": the widget blocks differ between zh " + names(chinese.widgets()) + " and en "
                        + names(english.widgets()));
            }
            List<String> zhExercises =
                    chinese.exercises().stream().map(ChapterBlock.Exercise::id).toList();
            List<String> enExercises =
                    english.exercises().stream().map(ChapterBlock.Exercise::id).toList();
            if (!zhExercises.equals(enExercises)) {
                problems.add(dir + ": the exercise blocks differ between zh " + zhExercises + " and en " + enExercises);
            }
        });
    }

    void chapter(String dir, Chapter chapter) {
        String file = chapter.language().code() + "/" + dir + "/chapter.md";
        for (ChapterBlock.Widget widget : chapter.widgets()) {
            widgets.configKeys(widget.name())
                    .ifPresentOrElse(
                            keys -> widget.config().keySet().stream()
                                    .filter(k -> !keys.contains(k))
                                    .forEach(k -> problems.add(file + ": widget " + widget.name() + " has no setting '"
                                            + k + "' (it takes " + keys + ")")),
                            () -> problems.add(file + ": unknown widget '" + widget.name() + "'"));
        }
        List<Map<String, Object>> manifest = manifests.getOrDefault(dir, List.of());
        for (ChapterBlock.Exercise exercise : chapter.exercises()) {
            if (manifest.stream().noneMatch(e -> exercise.id().equals(ContentLoader.str(e.get("id"))))) {
                problems.add(file + ": exercise '" + exercise.id() + "' is not defined in exercises/" + dir + ".yaml");
            }
        }
        for (String figure : chapter.figures()) {
            if (!figure.startsWith("figures/") || !files.contains(figure)) {
                problems.add(file + ": figure '" + figure + "' does not exist (figures live in content/figures/)");
            }
            String other = chapter.language() == Language.ZH ? ".en.svg" : ".zh.svg";
            if (figure.endsWith(other)) {
                problems.add(file + ": figure '" + figure + "' is for the other language");
            }
        }
    }

    void exercisesDefinedOnce(Map<String, List<Map<String, Object>>> all) {
        Map<String, String> seen = new HashMap<>();
        all.forEach((dir, list) -> list.forEach(exercise -> {
            String id = ContentLoader.str(exercise.get("id"));
            if (id.isBlank()) {
                problems.add("exercises/" + dir + ".yaml: an exercise has no id");
            } else if (seen.put(id, dir) != null) {
                problems.add("exercises/" + dir + ".yaml: exercise id '" + id + "' is used twice");
            }
            if (!(exercise.get("prompt") instanceof Map<?, ?> prompt)
                    || ContentLoader.str(prompt.get("zh")).isBlank()
                    || ContentLoader.str(prompt.get("en")).isBlank()) {
                problems.add("exercises/" + dir + ".yaml: exercise '" + id + "' needs a prompt in zh and en");
            }
        }));
    }

    private static List<String> names(List<ChapterBlock.Widget> widgets) {
        return widgets.stream().map(ChapterBlock.Widget::name).toList();
    }
}
