package org.dlf.base.ui.component;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A checkbox group of a few fixed items that costs one state node (Flow's {@code CheckboxGroup} keeps a
 * checkbox component with its listeners per option): the options are the group's markup ({@link ChoiceMarkup}),
 * the value is the array of the checked options' keys, synchronised on {@code value-changed}. An array with a
 * key that names no item (a tampered request) changes nothing and the browser is shown the server's value
 * again; read-only refuses the browser's changes.
 *
 * @param <T> the item type; items are compared with {@code equals}
 */
@Tag("vaadin-checkbox-group")
@NpmPackage(value = "@vaadin/checkbox-group", version = "25.2.4")
@JsModule("@vaadin/checkbox-group/src/vaadin-checkbox-group.js")
@NpmPackage(value = "@vaadin/checkbox", version = "25.2.4")
@JsModule("@vaadin/checkbox/src/vaadin-checkbox.js")
public class ItemCheckboxGroup<T> extends AbstractSinglePropertyField<ItemCheckboxGroup<T>, Set<T>>
        implements HasAriaLabel, HasHelper, HasLabel {

    private static final String OPTION = "vaadin-checkbox";

    private ItemKeys<T> keys = new ItemKeys<>(List.of());
    private ItemLabelGenerator<T> labels = String::valueOf;

    public ItemCheckboxGroup() {
        super("value", Set.of(), ArrayNode.class, ItemCheckboxGroup::toModel, ItemCheckboxGroup::toPresentation);
        setPresentationValue(Set.of());
        ChoiceMarkup.rewriteOnReattach(this, this::writeOptions);
    }

    /** Replaces the items; checked items that are among them stay checked. */
    public void setItems(List<T> items) {
        Set<T> kept = new LinkedHashSet<>(getValue());
        keys = new ItemKeys<>(items);
        kept.removeIf(item -> !keys.contains(item));
        writeOptions();
        setValue(Set.copyOf(kept));
        setPresentationValue(getValue());
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
        writeOptions();
    }

    @Override
    protected boolean hasValidValue() {
        if (items(this, getElement().getPropertyRaw("value")).isPresent()) {
            return true;
        }
        setPresentationValue(getValue()); // refused: the browser shows the server's value again
        return false;
    }

    /** The checked items in the order of the items, or empty when a key names no item. */
    private static <T> Optional<Set<T>> items(ItemCheckboxGroup<T> group, Object raw) {
        if (!(raw instanceof JsonNode array)
                || !array.isArray()
                || array.size() > group.keys.items().size()) {
            return Optional.empty();
        }
        Set<T> checked = new LinkedHashSet<>();
        for (JsonNode key : array) {
            Optional<T> item = key.isString() ? group.keys.item(key.asString()) : Optional.empty();
            if (item.isEmpty()) {
                return Optional.empty();
            }
            checked.add(item.get());
        }
        Set<T> ordered = new LinkedHashSet<>();
        group.keys.items().stream().filter(checked::contains).forEach(ordered::add);
        return Optional.of(ordered);
    }

    private static <T> Set<T> toModel(ItemCheckboxGroup<T> group, ArrayNode keys) {
        return items(group, keys).map(Set::copyOf).orElse(Set.of());
    }

    private static <T> ArrayNode toPresentation(ItemCheckboxGroup<T> group, Set<T> items) {
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (T item : group.keys.items()) {
            if (items != null && items.contains(item)) {
                json.add(group.keys.key(item).orElseThrow());
            }
        }
        return json;
    }

    private void writeOptions() {
        ChoiceMarkup.write(this, OPTION, ChoiceMarkup.of(OPTION, keys.items(), labels));
    }
}
