package org.dlf.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A select of a few fixed items that costs one state node: the {@code <vaadin-select>} web component renders
 * its options itself from the {@code items} property ({@code [{label, value}]}), where Flow's {@code Select}
 * keeps a list box, an item and a text node per option on the server. The browser knows an item only by its
 * key (its position), never by its label; the value comes back on {@code value-changed}, and a key that names
 * no item (a tampered request) changes nothing: the browser is shown the server's value again. Read-only
 * refuses the browser's changes (Flow's field support); disabled sends none.
 *
 * @param <T> the item type; items are compared with {@code equals}
 */
@Tag("vaadin-select")
@NpmPackage(value = "@vaadin/select", version = "25.2.4")
@JsModule("@vaadin/select/src/vaadin-select.js")
@JsModule("./selectConnector.js")
public class ItemSelect<T> extends AbstractSinglePropertyField<ItemSelect<T>, T>
        implements Focusable<ItemSelect<T>>,
                HasAriaLabel,
                HasHelper,
                HasLabel,
                HasPlaceholder,
                HasSize,
                HasTooltip,
                HasValidationProperties {

    /** The browser's value while nothing is chosen. */
    private static final String EMPTY_KEY = "";
    /** The key of the offered "no value" option: not empty, so that the web component shows it as chosen. */
    static final String NONE_KEY = "-";

    private ItemKeys<T> keys = new ItemKeys<>(List.of());
    private ItemLabelGenerator<T> labels = String::valueOf;
    private String emptyCaption;

    public ItemSelect() {
        super("value", null, String.class, ItemSelect::toModel, ItemSelect::toPresentation);
        // the server decides what is valid (setInvalid); the browser must not reset it by its own rules
        getElement().setProperty("manualValidation", true);
        setPresentationValue(null);
    }

    /** Replaces the items; the value stays if it is one of them, otherwise the select becomes empty. */
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

    /**
     * Offers "no value" as the first option with this caption, shown as chosen while the value is {@code null};
     * {@code null} takes the option away again.
     */
    public void setEmptySelectionCaption(String caption) {
        emptyCaption = caption;
        writeItems();
        setPresentationValue(getValue());
    }

    /** The browser's value is taken only when it is the key of an item (or of the empty option, if offered). */
    @Override
    protected boolean hasValidValue() {
        String key = getElement().getProperty("value", EMPTY_KEY);
        if (keys.item(key).isPresent() || (emptyCaption != null && key.equals(NONE_KEY))) {
            return true;
        }
        setPresentationValue(getValue()); // refused: the browser shows the server's value again
        return false;
    }

    private static <T> T toModel(ItemSelect<T> select, String key) {
        return select.keys.item(key).orElse(null);
    }

    private static <T> String toPresentation(ItemSelect<T> select, T item) {
        if (item == null) {
            return select.emptyCaption == null ? EMPTY_KEY : NONE_KEY;
        }
        return select.keys.key(item).orElseThrow(() -> new IllegalArgumentException("Not one of the items: " + item));
    }

    private void writeItems() {
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        if (emptyCaption != null) {
            json.addObject().put("label", emptyCaption).put("value", NONE_KEY);
        }
        List<T> items = keys.items();
        for (int i = 0; i < items.size(); i++) {
            json.addObject()
                    .put("label", Objects.toString(labels.apply(items.get(i)), ""))
                    .put("value", ItemKeys.key(i));
        }
        getElement().setPropertyJson("items", json);
    }
}
