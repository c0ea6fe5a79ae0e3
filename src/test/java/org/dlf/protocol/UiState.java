package org.dlf.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * What the browser's Flow client keeps of one UI, reduced to what a protocol client needs: the last server
 * sync id and the next client id, the CSRF and push ids, the constant pool (listener settings), element ids,
 * tags, children, texts, properties and event listeners by state node, and the heatmap frames the server
 * asked a chart to draw ({@code <dlf-chart>.setHeatmap}), with the time each arrived. Fed every UIDL message, whether it came in an XHR response or over push. Thread-safe.
 */
public final class UiState {

    private final AtomicLong heatmapFrames = new AtomicLong();
    /** When each heatmap frame arrived ({@link System#nanoTime()}), in order. */
    private final List<Long> heatmapTimes = new ArrayList<>();

    private int lastSyncId = -1;
    private int nextClientId;
    private String csrfToken = "init";
    private String pushId;
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final Map<String, Integer> byElementId = new HashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, Map<String, JsonNode>> properties = new HashMap<>();
    private final Map<Integer, Map<String, String>> attributes = new HashMap<>();
    private final Map<Integer, Map<String, String>> listeners = new HashMap<>();
    private final Map<String, String> cookies = new HashMap<>();
    private volatile Consumer<JsonNode> executeHook = call -> {};

    /** The state of the tab's next page: nothing of this UI, only the cookies this page's scripts wrote. */
    synchronized UiState nextPage() {
        UiState next = new UiState();
        next.cookies.putAll(cookies);
        return next;
    }

    /** Applies one UIDL message; returns the state nodes it changed. */
    synchronized List<Integer> apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            lastSyncId = Math.max(lastSyncId, uidl.get("syncId").asInt());
        }
        if (uidl.has("clientId")) {
            nextClientId = uidl.get("clientId").asInt();
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("Vaadin-Push-ID")) {
            pushId = uidl.get("Vaadin-Push-ID").asString();
        }
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        List<Integer> changed = new ArrayList<>();
        for (JsonNode c : uidl.path("changes")) {
            int node = c.path("node").asInt();
            changed.add(node);
            change(node, c);
        }
        for (JsonNode call : uidl.path("execute")) {
            executeHook.accept(call);
            String script = call.get(call.size() - 1).asString();
            if (script.contains(".setHeatmap(")) {
                heatmapFrames.incrementAndGet();
                heatmapTimes.add(System.nanoTime());
            } else if (script.startsWith("document.cookie = $0 + '=' + $1")) {
                // the page remembers a value in a cookie, as the browser would
                cookies.put(call.get(0).asString(), call.get(1).asString());
            }
        }
        return changed;
    }

    private void change(int node, JsonNode c) {
        String type = c.path("type").asString();
        int feat = c.path("feat").asInt(-1);
        String key = c.path("key").asString("");
        if (type.equals("put") && feat == 0 && key.equals("tag")) {
            tags.put(node, c.path("value").asString());
        } else if (type.equals("put") && feat == 1) {
            properties.computeIfAbsent(node, n -> new HashMap<>()).put(key, c.path("value"));
        } else if (type.equals("put") && feat == 3) {
            JsonNode value = c.path("value"); // a string, or an object for a resource's URL
            String text = value.isString() ? value.asString() : value.toString();
            attributes.computeIfAbsent(node, n -> new HashMap<>()).put(key, text);
            if (key.equals("id")) byElementId.put(text, node);
        } else if (type.equals("remove") && feat == 3) {
            attributes.getOrDefault(node, Map.of()).remove(key);
        } else if (type.equals("put") && feat == 4) {
            listeners
                    .computeIfAbsent(node, n -> new HashMap<>())
                    .put(key, c.path("value").asString());
        } else if (type.equals("remove") && feat == 4) {
            listeners.getOrDefault(node, Map.of()).remove(key);
        } else if (type.equals("put") && feat == 7 && key.equals("text")) {
            texts.put(node, c.path("value").asString());
        } else if (feat == 2 && (type.equals("splice") || type.equals("clear"))) {
            List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
            if (type.equals("clear")) {
                list.clear();
                return;
            }
            int index = c.path("index").asInt();
            int remove = c.path("remove").asInt(0);
            for (int i = 0; i < remove && index < list.size(); i++) {
                list.remove(index);
            }
            List<Integer> add = new ArrayList<>();
            c.path("addNodes").forEach(n -> add.add(n.asInt()));
            list.addAll(Math.min(index, list.size()), add);
        }
    }

    /**
     * Hears every JavaScript call the server asks for ({@code [arguments…, script]}, arguments that are elements
     * as {@code {"@v-node": id}}), as the message that carries it is applied: e.g. a grid's new rows.
     */
    public void onExecute(Consumer<JsonNode> hook) {
        executeHook = hook;
    }

    /** Arrival times of the heatmap frames received between {@code from} and {@code to} (nanoTime). */
    /** How many heatmap frames ({@code <dlf-chart>.setHeatmap}) the server has sent this UI. */
    public long heatmapFrames() {
        return heatmapFrames.get();
    }

    public synchronized List<Long> heatmapTimes(long from, long to) {
        return heatmapTimes.stream().filter(t -> t >= from && t <= to).toList();
    }

    public synchronized boolean has(String elementId) {
        return byElementId.containsKey(elementId);
    }

    public synchronized int node(String elementId) {
        Integer n = byElementId.get(elementId);
        if (n == null) {
            throw new IllegalStateException("No element with id " + elementId + " in the UI");
        }
        return n;
    }

    public synchronized List<Integer> children(int node) {
        return List.copyOf(children.getOrDefault(node, List.of()));
    }

    /** The text of a node: its own text, or its children's, concatenated. */
    public synchronized String text(int node) {
        String own = texts.get(node);
        if (own != null) {
            return own;
        }
        StringBuilder sb = new StringBuilder();
        for (int child : children.getOrDefault(node, List.of())) {
            sb.append(text(child));
        }
        return sb.toString();
    }

    /** An attribute of a node's element as the server last set it (null when it has none). */
    public synchronized String attribute(int node, String name) {
        return attributes.getOrDefault(node, Map.of()).get(name);
    }

    public synchronized String attributeOrProperty(int node, String name) {
        JsonNode v = properties.getOrDefault(node, Map.of()).get(name);
        return v == null ? null : v.asString();
    }

    /** A property of a node as the server last sent it (a JSON value); a missing node when it sent none. */
    public synchronized JsonNode property(int node, String name) {
        return properties
                .getOrDefault(node, Map.of())
                .getOrDefault(name, tools.jackson.databind.node.MissingNode.getInstance());
    }

    /** The event data expressions the server asked for with a listener of this event on this node. */
    synchronized JsonNode listener(int node, String event) {
        String id = listeners.getOrDefault(node, Map.of()).get(event);
        if (id == null) {
            throw new IllegalStateException("Node " + node + " has no " + event + " listener");
        }
        return constants.get(id);
    }

    /** Nodes and events of every listener for a property-change event ({@code *-changed}), in node order. */
    synchronized List<Map.Entry<Integer, String>> propertyChangeListeners() {
        List<Map.Entry<Integer, String>> out = new ArrayList<>();
        listeners.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue().keySet().stream()
                .filter(event -> event.endsWith("-changed"))
                .sorted()
                .forEach(event -> out.add(Map.entry(e.getKey(), event))));
        return out;
    }

    synchronized int lastSyncId() {
        return lastSyncId;
    }

    synchronized int takeClientId() {
        return nextClientId++;
    }

    synchronized String csrfToken() {
        return csrfToken;
    }

    synchronized String pushId() {
        return pushId;
    }

    synchronized Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }
}
