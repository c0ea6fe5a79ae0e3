package org.dlf.chapters.share;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One widget's part of the page URL: the parameters a link gave it, and what it says now. A factory calls
 * {@link #restore} once, after the content's configuration and the teacher's locks (so a lock wins over the
 * link), and the widget calls {@link #changed} after every change of its settings.
 */
public final class WidgetLink {

    private final String namespace;
    private final Map<String, String> given;
    private final Runnable onChange;
    private List<Refusal> refusals = List.of();
    private Supplier<Map<String, String>> encoder = Map::of;
    private Map<String, String> baseline = Map.of();
    private boolean restored;

    WidgetLink(String namespace, Map<String, String> given, Runnable onChange) {
        this.namespace = namespace;
        this.given = Map.copyOf(given);
        this.onChange = onChange;
    }

    /** A link that is part of no page (a widget made outside a chapter, e.g. in a test). */
    public static WidgetLink none() {
        return new WidgetLink("", Map.of(), () -> {});
    }

    /**
     * Applies the link's parameters to {@code model} and shares its state from now on. Only settings that
     * differ from {@code baseline} (the model as the content configured it, before any lock) go into the URL.
     */
    public <M> void restore(StateCodec<M> codec, M model, Map<String, String> baseline) {
        this.refusals = List.copyOf(codec.apply(model, given));
        this.encoder = () -> codec.encode(model);
        this.baseline = Map.copyOf(baseline);
        this.restored = true;
    }

    /** The widget's settings changed: the page writes its URL again. */
    public void changed() {
        onChange.run();
    }

    public String namespace() {
        return namespace;
    }

    /** Whether the widget shares its state (it called {@link #restore}). */
    public boolean shared() {
        return restored;
    }

    /** Whether a link gave this widget any parameter. */
    public boolean linked() {
        return !given.isEmpty();
    }

    /** The link's parameters that were not used. */
    public List<Refusal> refusals() {
        return refusals;
    }

    /** The settings that differ from the widget's start, by parameter name (without the namespace). */
    public Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        encoder.get().forEach((name, value) -> {
            if (!value.equals(baseline.get(name))) {
                state.put(name, value);
            }
        });
        return state;
    }
}
