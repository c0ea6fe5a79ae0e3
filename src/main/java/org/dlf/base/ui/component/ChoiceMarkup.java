package org.dlf.base.ui.component;

import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.List;
import java.util.Objects;

/**
 * The options of a one-node radio or checkbox group as escaped markup: one {@code <vaadin-radio-button>} or
 * {@code <vaadin-checkbox>} per item, known to the browser only by its key (its position, {@link ItemKeys}).
 * The group element holds them as its {@code innerHTML}, so Flow keeps no element, text node or listener per
 * option.
 */
final class ChoiceMarkup {

    private ChoiceMarkup() {}

    static <T> String of(String optionTag, List<T> items, ItemLabelGenerator<T> labels) {
        StringBuilder html = new StringBuilder(items.size() * 64);
        for (int i = 0; i < items.size(); i++) {
            html.append('<')
                    .append(optionTag)
                    .append(" value=\"")
                    .append(ItemKeys.key(i))
                    .append("\" label=\"")
                    .append(TextMarkup.escape(Objects.toString(labels.apply(items.get(i)), "")))
                    .append("\"></")
                    .append(optionTag)
                    .append('>');
        }
        return html.toString();
    }
}
