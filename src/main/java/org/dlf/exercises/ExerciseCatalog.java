package org.dlf.exercises;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.content.ContentService;
import org.springframework.stereotype.Service;

/** Every exercise of the course, parsed once at start-up (an invalid manifest stops the application). */
@Service
public class ExerciseCatalog {

    private final Map<String, ExerciseSpec> byId = new LinkedHashMap<>();

    public ExerciseCatalog(ContentService content) {
        ExerciseSpecParser.parse(content.course().exerciseManifests()).forEach(s -> byId.put(s.id(), s));
    }

    public Optional<ExerciseSpec> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<ExerciseSpec> chapter(String slug) {
        return byId.values().stream().filter(s -> s.chapter().equals(slug)).toList();
    }
}
