package org.dlf.chapters.share;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shareable state of one chapter page: the parameters its URL gave, by widget, and the links of the
 * widgets it shows. Parameter names are {@code NAMESPACE.NAME}, the namespace a widget's name (the second
 * widget of the same name on a page: {@code NAME~2}). What a link may carry is bounded: at most
 * {@value #MAX_PARAMETERS} parameters, {@value #MAX_VALUE} characters a value, {@value #MAX_QUERY} characters
 * in all; a link beyond that, or a parameter of no widget on the page, is refused. Plain Java.
 */
public final class PageState {

    static final int MAX_PARAMETERS = 60;
    static final int MAX_VALUE = 2000;
    static final int MAX_QUERY = 6000;
    private static final Pattern NAME =
            Pattern.compile("([a-z][a-z0-9-]{0,39}(?:~[2-9])?)\\.([A-Za-z][A-Za-z0-9_-]{0,19})");

    /** What the URL or the last rendering gave each namespace. */
    private final Map<String, Map<String, String>> given = new LinkedHashMap<>();

    private final List<Refusal> refused = new ArrayList<>();
    private final Map<String, WidgetLink> links = new LinkedHashMap<>();
    private final Map<String, Integer> seen = new LinkedHashMap<>();
    private Runnable onChange = () -> {};

    private PageState() {}

    public static PageState empty() {
        return new PageState();
    }

    /**
     * Reads a URL's query parameters (name → values, the first value counts). Parameters not of the form
     * {@code NAMESPACE.NAME} (e.g. {@code utm_source}) are not ours and are dropped without a word.
     */
    public static PageState of(Map<String, List<String>> query) {
        PageState state = new PageState();
        int length = 0;
        for (var e : query.entrySet()) {
            length += e.getKey().length()
                    + 2
                    + e.getValue().stream().mapToInt(String::length).sum();
        }
        if (length > MAX_QUERY) {
            state.refused.add(new Refusal("", "", null, "share.error.too-long", List.of(MAX_QUERY)));
            return state;
        }
        int count = 0;
        for (var e : query.entrySet()) {
            var m = NAME.matcher(e.getKey());
            String value = e.getValue().isEmpty() ? "" : e.getValue().getFirst();
            if (!m.matches()) {
                continue;
            }
            if (++count > MAX_PARAMETERS) {
                state.refused.add(
                        new Refusal(e.getKey(), value, null, "share.error.too-many", List.of(MAX_PARAMETERS)));
            } else if (value.length() > MAX_VALUE) {
                state.refused.add(new Refusal(e.getKey(), value, null, "share.error.too-long", List.of(MAX_VALUE)));
            } else {
                state.given
                        .computeIfAbsent(m.group(1), k -> new LinkedHashMap<>())
                        .put(m.group(2), value);
            }
        }
        return state;
    }

    /** Called whenever a widget's settings change (the page writes its URL then). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /**
     * Starts a new rendering of the page (the first, or after a language switch): what the widgets shown so
     * far say becomes what the new ones start from.
     */
    public void startRender() {
        for (var e : links.entrySet()) {
            if (e.getValue().shared()) {
                given.put(e.getKey(), e.getValue().state());
            }
        }
        links.clear();
        seen.clear();
    }

    /** The link of the next widget named {@code widget} on the page. */
    public WidgetLink link(String widget) {
        int n = seen.merge(widget, 1, Integer::sum);
        String namespace = n == 1 ? widget : widget + "~" + n;
        WidgetLink link = new WidgetLink(namespace, given.getOrDefault(namespace, Map.of()), () -> onChange.run());
        links.put(namespace, link);
        return link;
    }

    /** The link's parameters no widget on the page took, and those refused as a whole; once per link. */
    public List<Refusal> unclaimed() {
        List<Refusal> all = new ArrayList<>(refused);
        given.forEach((namespace, params) -> {
            if (!links.containsKey(namespace) || !links.get(namespace).shared()) {
                params.forEach((name, value) -> all.add(Refusal.unknown(namespace + "." + name, value)));
            }
        });
        refused.clear();
        given.keySet().removeIf(namespace -> !links.containsKey(namespace));
        return all;
    }

    /** The query the page's URL should have now: every shared widget's settings that differ from its start. */
    public Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        links.forEach((namespace, link) -> {
            if (link.shared()) {
                link.state().forEach((name, value) -> query.put(namespace + "." + name, value));
            }
        });
        return query;
    }

    /** The query of a link to one widget's settings alone. */
    public Map<String, String> query(WidgetLink link) {
        Map<String, String> query = new LinkedHashMap<>();
        link.state().forEach((name, value) -> query.put(link.namespace() + "." + name, value));
        return query;
    }
}
