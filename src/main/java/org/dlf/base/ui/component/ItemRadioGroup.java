package org.dlf.base.ui.component;

import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A radio group of a few fixed items that costs one state node (Flow's {@code RadioButtonGroup} keeps a radio
 * button, a label, a renderer and a text node per option): the options are the group's markup
 * ({@link ChoiceMarkup}), the value is an option's key, synchronised on {@code value-changed} (keys, refusal of
 * unknown keys and read-only: {@link AbstractItemField}).
 *
 * @param <T> the item type; items are compared with {@code equals}
 */
@Tag("vaadin-radio-group")
@NpmPackage(value = "@vaadin/radio-group", version = "25.2.4")
@JsModule("@vaadin/radio-group/src/vaadin-radio-group.js")
@JsModule("@vaadin/radio-group/src/vaadin-radio-button.js")
public class ItemRadioGroup<T> extends AbstractItemField<ItemRadioGroup<T>, T>
        implements HasAriaLabel, HasHelper, HasLabel {

    private static final String OPTION = "vaadin-radio-button";

    public ItemRadioGroup() {
        setPresentationValue(null);
        ChoiceMarkup.rewriteOnReattach(this, this::writeItems);
    }

    @Override
    protected void writeItems() {
        ChoiceMarkup.write(this, OPTION, ChoiceMarkup.of(OPTION, items(), labels()));
    }
}
