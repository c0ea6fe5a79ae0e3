package org.dlf.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The course's real exercise manifests, read the way the content loader reads them. */
public final class ManifestFixture {

    private ManifestFixture() {}

    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, Object>>> manifests() {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("content/exercises"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".yaml", "");
                Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
                all.put(name, (List<Map<String, Object>>) parsed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static List<ExerciseSpec> specs() {
        return ExerciseSpecParser.parse(manifests());
    }

    static ExerciseSpec spec(String id) {
        return specs().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** The goal of a train-goal exercise as the course defines it (for the trainers' own tests). */
    public static Map<String, Object> goal(String id) {
        return spec(id).goal();
    }
}
