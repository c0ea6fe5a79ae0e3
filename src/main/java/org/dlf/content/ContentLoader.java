package org.dlf.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the files of {@code content/} (given as relative path → text) into a {@link Course} and validates
 * all of it. Any problem — missing front matter, an unknown widget, a chapter in one language only, a bad
 * formula, a missing figure or exercise — ends in one {@link ContentException} listing every problem.
 */
public final class ContentLoader {

    private static final Pattern CHAPTER_FILE =
            Pattern.compile("(zh|en)/((\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*))/chapter\\.md");
    private static final Pattern NOTATION_FILE = Pattern.compile("(zh|en)/notation\\.md");

    private ContentLoader() {}

    public static Course load(Map<String, String> files, WidgetCatalog widgets) {
        List<String> problems = new ArrayList<>();
        Map<Language, Map<String, Chapter>> byLanguage = new EnumMap<>(Language.class);
        Map<Language, String> notation = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byLanguage.put(language, new TreeMap<>());
        }
        for (var file : new TreeMap<>(files).entrySet()) {
            String path = file.getKey();
            Matcher m = CHAPTER_FILE.matcher(path);
            Matcher n = NOTATION_FILE.matcher(path);
            if (n.matches()) {
                Language language = Language.fromCode(n.group(1)).orElseThrow();
                notation.put(language, notation(path, file.getValue(), language, problems));
            } else if (m.matches()) {
                Language language = Language.fromCode(m.group(1)).orElseThrow();
                Chapter chapter =
                        chapter(path, file.getValue(), language, Integer.parseInt(m.group(3)), m.group(4), problems);
                byLanguage.get(language).put(m.group(2), chapter);
            } else if (path.endsWith(".md") && !path.startsWith("README")) {
                problems.add(path + ": a chapter must be content/<zh|en>/NN-slug/chapter.md");
            }
        }
        Map<String, List<Map<String, Object>>> manifests = exerciseManifests(files, problems);
        ContentChecks checks = new ContentChecks(files.keySet(), widgets, manifests, problems);
        checks.sameChaptersInBothLanguages(byLanguage);
        byLanguage.forEach((language, chapters) -> chapters.forEach((dir, chapter) -> checks.chapter(dir, chapter)));
        checks.exercisesDefinedOnce(manifests);
        List<GlossaryEntry> glossary = glossary(files, problems);
        for (Language language : Language.values()) {
            if (!notation.containsKey(language)) {
                problems.add(language.code() + "/notation.md is missing (the glossary's notation table)");
            }
        }
        if (byLanguage.get(Language.ZH).isEmpty()) {
            problems.add("content/zh has no chapters");
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Map<Language, List<Chapter>> chapters = new EnumMap<>(Language.class);
        byLanguage.forEach((language, map) -> chapters.put(
                language,
                map.values().stream().map(c -> ChapterLinks.link(c, glossary)).toList()));
        return new Course(chapters, glossary, notation, manifests);
    }

    /** The notation table shown on the glossary page: markdown with formulas, no widgets, exercises or figures. */
    private static String notation(String path, String text, Language language, List<String> problems) {
        MarkdownRenderer.Result body = MarkdownRenderer.render(path, text, language, problems);
        lint(path, body.formulas(), problems);
        StringBuilder html = new StringBuilder();
        for (ChapterBlock block : body.blocks()) {
            if (block instanceof ChapterBlock.Html h) {
                html.append(h.html());
            } else {
                problems.add(path + ": the notation table takes no widgets or exercises");
            }
        }
        if (!body.figures().isEmpty()) {
            problems.add(path + ": the notation table takes no figures");
        }
        return html.toString();
    }

    private static void lint(String path, List<MathProtector.Formula> formulas, List<String> problems) {
        for (MathProtector.Formula formula : formulas) {
            TexLint.check(formula.tex())
                    .ifPresent(p -> problems.add(path + ": formula '" + abbreviate(formula.tex()) + "' near body line "
                            + formula.line() + ": " + p));
        }
    }

    private static Chapter chapter(
            String path, String text, Language language, int number, String slug, List<String> problems) {
        FrontMatter front = FrontMatter.parse(path, text, problems);
        MarkdownRenderer.Result body = MarkdownRenderer.render(path, front.body(), language, problems);
        lint(path, body.formulas(), problems);
        return new Chapter(
                language, number, slug, front.title(), front.summary(), front.minutes(), body.blocks(), body.figures());
    }

    private static Map<String, List<Map<String, Object>>> exerciseManifests(
            Map<String, String> files, List<String> problems) {
        Map<String, List<Map<String, Object>>> manifests = new LinkedHashMap<>();
        for (var file : new TreeMap<>(files).entrySet()) {
            if (!file.getKey().startsWith("exercises/") || !file.getKey().endsWith(".yaml")) {
                continue;
            }
            String dir =
                    file.getKey().substring("exercises/".length(), file.getKey().length() - ".yaml".length());
            List<Map<String, Object>> list = new ArrayList<>();
            for (Object item : yamlList(file.getKey(), file.getValue(), problems)) {
                if (item instanceof Map<?, ?> map) {
                    Map<String, Object> exercise = new LinkedHashMap<>();
                    map.forEach((k, v) -> exercise.put(String.valueOf(k), v));
                    list.add(exercise);
                } else {
                    problems.add(file.getKey() + ": every exercise must be a map with an 'id'");
                }
            }
            manifests.put(dir, list);
        }
        return manifests;
    }

    private static List<GlossaryEntry> glossary(Map<String, String> files, List<String> problems) {
        String text = files.get("glossary.yaml");
        if (text == null) {
            problems.add("glossary.yaml is missing");
            return List.of();
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object item : yamlList("glossary.yaml", text, problems)) {
            if (!(item instanceof Map<?, ?> map) || !(map.get("definition") instanceof Map<?, ?> def)) {
                problems.add("glossary.yaml: every entry needs zh, en and definition {zh, en}");
                continue;
            }
            GlossaryEntry entry =
                    new GlossaryEntry(str(map.get("zh")), str(map.get("en")), str(def.get("zh")), str(def.get("en")));
            if (entry.zh().isBlank()
                    || entry.en().isBlank()
                    || entry.definitionZh().isBlank()
                    || entry.definitionEn().isBlank()) {
                problems.add("glossary.yaml: entry '" + entry.zh() + "/" + entry.en() + "' is incomplete");
            } else if (!seen.add(entry.en().toLowerCase(java.util.Locale.ROOT))) {
                problems.add("glossary.yaml: '" + entry.en() + "' appears twice");
            } else {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static List<?> yamlList(String file, String text, List<String> problems) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (parsed instanceof List<?> list) {
                return list;
            }
            problems.add(file + ": must be a YAML list");
        } catch (RuntimeException e) {
            problems.add(file + ": not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        return List.of();
    }

    static String str(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static String abbreviate(String tex) {
        return tex.length() > 40 ? tex.substring(0, 40) + "…" : tex;
    }
}
