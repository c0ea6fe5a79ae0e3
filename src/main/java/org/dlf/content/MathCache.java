package org.dlf.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * KaTeX's HTML for formulas, rendered ahead of time by {@code .ci/render-formulas} (Node and the KaTeX version the
 * browser uses) and committed as {@value #RESOURCE}: the server sends a formula already typeset, so the browser
 * neither downloads nor runs KaTeX for it. A formula that is not in the file (new text, a number a learner typed)
 * is typeset in the browser as before. {@code MathCacheTest} fails while a formula of the course is missing.
 */
public final class MathCache {

    public static final String RESOURCE = "math/katex.json";
    private static final MathCache SHARED = load();

    private final String katexVersion;
    private final Map<String, String> inline;
    private final Map<String, String> display;

    private MathCache(String katexVersion, Map<String, String> inline, Map<String, String> display) {
        this.katexVersion = katexVersion;
        this.inline = inline;
        this.display = display;
    }

    /** The cache packaged with the app (empty if the file is missing). */
    public static MathCache shared() {
        return SHARED;
    }

    /** KaTeX's HTML (with MathML for screen readers) of this formula, if it was rendered ahead of time. */
    public Optional<String> html(String tex, boolean displayMode) {
        return Optional.ofNullable((displayMode ? display : inline).get(tex));
    }

    /** The KaTeX version the formulas were rendered with. */
    public String katexVersion() {
        return katexVersion;
    }

    public int size() {
        return inline.size() + display.size();
    }

    private static MathCache load() {
        try (InputStream in = MathCache.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new MathCache("", Map.of(), Map.of());
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return new MathCache(root.path("katex").asString(""), map(root.path("inline")), map(root.path("display")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> map = new HashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return Map.copyOf(map);
    }
}
