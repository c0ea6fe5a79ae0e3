package org.dlf.chapters.aimap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dlf.content.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rings (AI, ML, DL) and items of chapter 2's nested diagram, read and checked from
 * {@code widgets/ai-ml-dl-map.yaml}: each ring with its definition and examples, each item with the ring it
 * sits in and a one-line explanation, all in both languages.
 */
final class MapData {

    static final String RESOURCE = "/widgets/ai-ml-dl-map.yaml";

    /** A text in Chinese and English. */
    record Text(String zh, String en) {
        String in(Language language) {
            return language == Language.ZH ? zh : en;
        }
    }

    /** Where an item sits; BOUNDARY is the edge between ML and DL (the neural network). */
    enum Place {
        AI,
        ML,
        BOUNDARY,
        DL
    }

    record Ring(Place place, Text name, Text definition, Text examples) {}

    record Item(String id, Place place, Text label, Text line) {}

    static final List<Ring> RINGS;
    static final List<Item> ITEMS;

    static {
        try (InputStream in = MapData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Map<String, List<Map<String, Object>>> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            RINGS = root.get("rings").stream()
                    .map(r -> new Ring(place(r.get("id")), text(r, "name"), text(r, "definition"), text(r, "examples")))
                    .toList();
            ITEMS = root.get("items").stream()
                    .map(i -> new Item((String) i.get("id"), place(i.get("ring")), text(i, "label"), text(i, "line")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MapData() {}

    static List<Item> itemsIn(Place place) {
        return ITEMS.stream().filter(i -> i.place() == place).toList();
    }

    static Ring ring(Place place) {
        return RINGS.stream().filter(r -> r.place() == place).findFirst().orElseThrow();
    }

    private static Place place(Object id) {
        return Place.valueOf(String.valueOf(id).toUpperCase(java.util.Locale.ROOT));
    }

    private static Text text(Map<String, Object> row, String key) {
        if (!(row.get(key) instanceof Map<?, ?> map)
                || !(map.get("zh") instanceof String zh)
                || !(map.get("en") instanceof String en)
                || zh.isBlank()
                || en.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": " + row.get("id") + "." + key + " needs zh and en");
        }
        return new Text(zh, en);
    }
}
