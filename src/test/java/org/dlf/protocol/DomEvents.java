package org.dlf.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The RPC invocations Flow's client sends for a DOM event on an element, as Chromium sends them. */
final class DomEvents {

    private DomEvents() {}

    /**
     * The invocations the client sends for one DOM event: an {@code mSync} for each property the listener
     * synchronises ({@code }name} expressions; value from {@code given}), then the event with the value of
     * each data expression (from {@code given}, or what a browser reports for a plain mouse click).
     */
    static List<ObjectNode> of(UiState ui, int node, String event, Map<String, String> given) {
        JsonNode expressions = ui.listener(node, event);
        List<ObjectNode> rpc = new ArrayList<>();
        ObjectNode data = FlowSession.JSON.createObjectNode();
        for (String expression : expressions.propertyNames()) {
            if (expression.startsWith("}")) {
                String property = expression.substring(1);
                ObjectNode sync = FlowSession.JSON.createObjectNode();
                sync.put("type", "mSync").put("node", node).put("feature", 1).put("property", property);
                String value = given.getOrDefault(property, ui.attributeOrProperty(node, property));
                sync.put("value", value);
                rpc.add(sync);
            } else if (given.containsKey(expression)) {
                data.put(expression, given.get(expression));
            } else if (expression.startsWith("event.")) {
                data.set(expression, mouse(expression));
            } else {
                data.putNull(expression); // e.g. history.state of a fresh tab
            }
        }
        ObjectNode call = FlowSession.JSON.createObjectNode();
        call.put("type", "event").put("node", node).put("event", event);
        call.set("data", data);
        rpc.add(call);
        return rpc;
    }

    /** What a browser reports for a plain left click in the middle of a button. */
    private static JsonNode mouse(String expression) {
        return switch (expression) {
            case "event.button" -> FlowSession.JSON.getNodeFactory().numberNode(0);
            case "event.detail" -> FlowSession.JSON.getNodeFactory().numberNode(1);
            case "event.clientX", "event.screenX" ->
                FlowSession.JSON.getNodeFactory().numberNode(640);
            case "event.clientY", "event.screenY" ->
                FlowSession.JSON.getNodeFactory().numberNode(360);
            default -> FlowSession.JSON.getNodeFactory().booleanNode(false);
        };
    }
}
