package org.dlf.base.ui.component;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The items of a select and the keys the browser knows them by: an item's key is its position ("0", "1", …),
 * never its label, so a label in another language or a forged label picks nothing. A key that is not one of
 * these (from a tampered request) finds no item.
 */
final class ItemKeys<T> implements Serializable {

    private final List<T> items;

    ItemKeys(List<T> items) {
        for (T item : items) {
            Objects.requireNonNull(item, "An item cannot be null");
        }
        this.items = List.copyOf(items);
    }

    List<T> items() {
        return items;
    }

    /** The item with this key; empty for a key that names none. */
    Optional<T> item(String key) {
        if (key == null || key.isEmpty() || key.length() > 9) return Optional.empty();
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') return Optional.empty();
        }
        if (key.length() > 1 && key.charAt(0) == '0') return Optional.empty(); // one spelling per key
        int index = Integer.parseInt(key);
        return index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }

    /** The key of this item; empty when it is not one of the items. */
    Optional<String> key(T item) {
        int index = item == null ? -1 : items.indexOf(item);
        return index < 0 ? Optional.empty() : Optional.of(key(index));
    }

    static String key(int index) {
        return Integer.toString(index);
    }

    boolean contains(T item) {
        return key(item).isPresent();
    }
}
