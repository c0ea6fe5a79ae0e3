package org.dlf.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.List;
import java.util.Objects;

/**
 * The options of a one-node radio or checkbox group: one {@code <vaadin-radio-button>} or
 * {@code <vaadin-checkbox>} per item, known to the browser only by its key (its position, {@link ItemKeys}), so
 * that Flow keeps no element, text node or listener per option.
 *
 * <p>The options are the group's own children in the browser, beside the children Flow gives it (a helper
 * component such as a teacher's lock note, a tooltip): so they are replaced by a small script that touches only
 * the option elements, never through {@code innerHTML}, which would delete Flow's children too. The script runs
 * again whenever Flow creates the group's element anew (a re-attach).
 */
final class ChoiceMarkup {

    private ChoiceMarkup() {}

    static <T> Markup of(String optionTag, List<T> items, ItemLabelGenerator<T> labels) {
        Markup.Builder html = Markup.builder();
        for (int i = 0; i < items.size(); i++) {
            html.start(optionTag)
                    .attr("value", ItemKeys.key(i))
                    .attr("label", Objects.toString(labels.apply(items.get(i)), ""))
                    .end();
        }
        return html.build();
    }

    /**
     * Replaces the group's option elements with these, in front of its other children, and checks those that
     * the group's value names (the value may have arrived before its options).
     */
    static void write(Component group, String optionTag, Markup options) {
        group.getElement()
                .executeJs(
                        "for (const o of [...this.children]) { if (o.localName === $0) o.remove(); }"
                                + "this.insertAdjacentHTML('afterbegin', $1);"
                                + "const v = this.value;"
                                + "for (const o of this.children) {"
                                + "  if (o.localName === $0) o.checked = Array.isArray(v) ? v.includes(o.value) : o.value === v;"
                                + "}",
                        optionTag,
                        options.html());
    }

    /** Writes the options again when Flow creates the group's element anew (a detached group attached again). */
    static void rewriteOnReattach(Component group, Runnable write) {
        group.addAttachListener(e -> {
            if (!e.isInitialAttach()) write.run();
        });
    }
}
