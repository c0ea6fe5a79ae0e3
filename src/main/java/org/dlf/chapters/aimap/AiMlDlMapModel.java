package org.dlf.chapters.aimap;

import java.util.List;
import java.util.Optional;

/**
 * State of the AI ⊃ ML ⊃ DL map: which ring or item is selected. Keys are {@code ring:ai|ml|dl} and
 * {@code item:ID}; anything else (a tampered request) is refused with a message key and the selection stays.
 * Plain Java: no Vaadin components.
 */
public class AiMlDlMapModel {

    /** What is selected: a ring, or an item of the diagram (exactly one of the two is present). */
    public record Selection(Optional<MapData.Ring> ring, Optional<MapData.Item> item) {}

    static final String UNKNOWN = "aimap.error.unknown";

    private String key = ringKey(MapData.Place.AI);

    static String ringKey(MapData.Place place) {
        return "ring:" + place.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String itemKey(MapData.Item item) {
        return "item:" + item.id();
    }

    public String key() {
        return key;
    }

    public Optional<String> select(String candidate) {
        if (candidate == null || find(candidate).isEmpty()) {
            return Optional.of(UNKNOWN);
        }
        key = candidate;
        return Optional.empty();
    }

    public Selection selection() {
        return find(key).orElseThrow();
    }

    /** Every key in reading order (rings and their items from the outside in). */
    public static List<String> keys() {
        return java.util.stream.Stream.concat(
                        MapData.RINGS.stream().map(r -> ringKey(r.place())),
                        MapData.ITEMS.stream().map(AiMlDlMapModel::itemKey))
                .toList();
    }

    private static Optional<Selection> find(String candidate) {
        for (MapData.Ring ring : MapData.RINGS) {
            if (ringKey(ring.place()).equals(candidate)) {
                return Optional.of(new Selection(Optional.of(ring), Optional.empty()));
            }
        }
        return MapData.ITEMS.stream()
                .filter(i -> itemKey(i).equals(candidate))
                .findFirst()
                .map(i -> new Selection(Optional.empty(), Optional.of(i)));
    }
}
