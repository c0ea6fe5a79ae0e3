package org.dlf.base.ui.component;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A select of a few fixed items that costs one state node: the {@code <vaadin-select>} web component renders
 * its options itself from the {@code items} property ({@code [{label, value}]}), where Flow's {@code Select}
 * keeps a list box, an item and a text node per option on the server. Keys, refusal of unknown keys and
 * read-only: {@link AbstractItemField}; disabled sends nothing.
 *
 * @param <T> the item type; items are compared with {@code equals}
 */
@Tag("vaadin-select")
@NpmPackage(value = "@vaadin/select", version = "25.2.4")
@JsModule("@vaadin/select/src/vaadin-select.js")
public class ItemSelect<T> extends AbstractItemField<ItemSelect<T>, T>
        implements Focusable<ItemSelect<T>>,
                HasAriaLabel,
                HasHelper,
                HasLabel,
                HasPlaceholder,
                HasSize,
                HasTooltip,
                HasValidationProperties {

    /** The key of the offered "no value" option: not empty, so that the web component shows it as chosen. */
    static final String NONE_KEY = "-";

    private String emptyCaption;

    public ItemSelect() {
        // the server decides what is valid (setInvalid); the browser must not reset it by its own rules
        getElement().setProperty("manualValidation", true);
        setPresentationValue(null);
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

    @Override
    protected String emptyKey() {
        return emptyCaption == null ? super.emptyKey() : NONE_KEY;
    }

    @Override
    protected boolean isOfferedEmptyKey(String key) {
        return emptyCaption != null && key.equals(NONE_KEY);
    }

    @Override
    protected void writeItems() {
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        if (emptyCaption != null) {
            json.addObject().put("label", emptyCaption).put("value", NONE_KEY);
        }
        List<T> items = items();
        for (int i = 0; i < items.size(); i++) {
            json.addObject().put("label", label(items.get(i))).put("value", ItemKeys.key(i));
        }
        getElement().setPropertyJson("items", json);
    }
}
