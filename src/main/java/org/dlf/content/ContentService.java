package org.dlf.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The course content, loaded and validated once at start-up: invalid content stops the application with a
 * message listing every problem. Content comes from the classpath ({@code content/} is packaged into the
 * jar) or, when {@code dlf.content.dir} is set, from that folder.
 */
@Service
public class ContentService {

    private final Course course;

    public ContentService(WidgetCatalog widgets, @Value("${dlf.content.dir:}") @Nullable String contentDir) {
        Map<String, String> files =
                contentDir == null || contentDir.isBlank() ? fromClasspath() : fromFolder(Path.of(contentDir));
        this.course = ContentLoader.load(files, widgets);
    }

    public Course course() {
        return course;
    }

    static Map<String, String> fromClasspath() {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            String root = resolver.getResource("classpath:content/").getURL().toString();
            Map<String, String> files = new LinkedHashMap<>();
            for (Resource resource : resolver.getResources("classpath*:content/**/*.*")) {
                String url = resource.getURL().toString();
                if (url.startsWith(root) && resource.isReadable()) {
                    files.put(url.substring(root.length()), resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the course content from the classpath", e);
        }
    }

    public static Map<String, String> fromFolder(Path root) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the course content from " + root.toAbsolutePath(), e);
        }
    }
}
