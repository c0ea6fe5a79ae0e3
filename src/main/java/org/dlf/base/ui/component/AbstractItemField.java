package org.dlf.base.ui.component;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A one-node field whose value is one of a few fixed items, known to the browser only by its key (its position,
 * {@link ItemKeys}) in the element's {@code value} property. A key that names no item (a tampered request)
 * changes nothing: the browser is shown the server's value again. Read-only refuses the browser's changes
 * (Flow's field support). Subclasses send the items to their web component.
 *
 * @param <C> the field type
 * @param <T> the item type; items are compared with {@code equals}
 */
public abstract class AbstractItemField<C extends AbstractItemField<C, T>, T>
        extends AbstractSinglePropertyField<C, T> {

    private ItemKeys<T> keys = new ItemKeys<>(List.of());
    private ItemLabelGenerator<T> labels = String::valueOf;

    protected AbstractItemField() {
        super("value", null, String.class, AbstractItemField::toModel, AbstractItemField::toPresentation);
    }

    /** Replaces the items; the value stays if it is one of them, otherwise the field becomes empty. */
    public void setItems(List<T> items) {
        T value = getValue();
        keys = new ItemKeys<>(items);
        writeItems();
        if (value != null && !keys.contains(value)) {
            clear();
        } else {
            setPresentationValue(value);
        }
    }

    @SafeVarargs
    public final void setItems(T... items) {
        setItems(Arrays.asList(items));
    }

    public List<T> getItems() {
        return keys.items();
    }

    /** How an item is shown (called for every item now and at every later change of items). */
    public void setItemLabelGenerator(ItemLabelGenerator<T> generator) {
        labels = Objects.requireNonNull(generator, "The item label generator cannot be null");
        writeItems();
    }

    /** The browser's value is taken only when it is the key of an item (or the field's own empty key). */
    @Override
    protected boolean hasValidValue() {
        String key = getElement().getProperty("value", "");
        if (keys.item(key).isPresent() || isOfferedEmptyKey(key)) {
            return true;
        }
        setPresentationValue(getValue()); // refused: the browser shows the server's value again
        return false;
    }

    /** The browser's value while nothing is chosen. */
    protected String emptyKey() {
        return "";
    }

    /** Whether the browser may choose "no value" with this key (an option offered for it). */
    protected boolean isOfferedEmptyKey(String key) {
        return false;
    }

    /** Sends the items with their keys and labels to the web component. */
    protected abstract void writeItems();

    protected List<T> items() {
        return keys.items();
    }

    protected String label(T item) {
        return Objects.toString(labels.apply(item), "");
    }

    protected ItemLabelGenerator<T> labels() {
        return labels;
    }

    private static <T> T toModel(AbstractItemField<?, T> field, String key) {
        return field.keys.item(key).orElse(null);
    }

    private static <T> String toPresentation(AbstractItemField<?, T> field, T item) {
        if (item == null) {
            return field.emptyKey();
        }
        return field.keys.key(item).orElseThrow(() -> new IllegalArgumentException("Not one of the items: " + item));
    }
}
