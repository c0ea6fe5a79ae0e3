package org.dlf.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A radio group of a few fixed items that costs one state node (Flow's {@code RadioButtonGroup} keeps a radio
 * button, a label, a renderer and a text node per option): the options are the group's markup
 * ({@link ChoiceMarkup}), the value is an option's key, synchronised on {@code value-changed}. A key that names
 * no item (a tampered request) changes nothing and the browser is shown the server's value again; read-only
 * refuses the browser's changes.
 *
 * @param <T> the item type; items are compared with {@code equals}
 */
@Tag("vaadin-radio-group")
@NpmPackage(value = "@vaadin/radio-group", version = "25.2.4")
@JsModule("@vaadin/radio-group/src/vaadin-radio-group.js")
@JsModule("@vaadin/radio-group/src/vaadin-radio-button.js")
public class ItemRadioGroup<T> extends AbstractSinglePropertyField<ItemRadioGroup<T>, T>
        implements HasAriaLabel, HasHelper, HasLabel {

    private ItemKeys<T> keys = new ItemKeys<>(List.of());
    private ItemLabelGenerator<T> labels = String::valueOf;

    public ItemRadioGroup() {
        super("value", null, String.class, ItemRadioGroup::toModel, ItemRadioGroup::toPresentation);
        setPresentationValue(null);
    }

    /** Replaces the items; the value stays if it is one of them, otherwise nothing is chosen. */
    public void setItems(List<T> items) {
        T value = getValue();
        keys = new ItemKeys<>(items);
        writeOptions();
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
        writeOptions();
    }

    @Override
    protected boolean hasValidValue() {
        if (keys.item(getElement().getProperty("value", "")).isPresent()) {
            return true;
        }
        setPresentationValue(getValue()); // refused: the browser shows the server's value again
        return false;
    }

    private static <T> T toModel(ItemRadioGroup<T> group, String key) {
        return group.keys.item(key).orElse(null);
    }

    private static <T> String toPresentation(ItemRadioGroup<T> group, T item) {
        if (item == null) {
            return "";
        }
        return group.keys.key(item).orElseThrow(() -> new IllegalArgumentException("Not one of the items: " + item));
    }

    private void writeOptions() {
        getElement().setProperty("innerHTML", ChoiceMarkup.of("vaadin-radio-button", keys.items(), labels));
    }
}
