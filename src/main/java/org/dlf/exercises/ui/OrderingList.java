package org.dlf.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.dlf.content.Language;
import org.dlf.exercises.ExerciseSpec;

/** Items to put in order with up/down buttons (plain buttons, so keyboard and screen readers work). */
class OrderingList extends Div {

    private final List<ExerciseSpec.Option> items;
    private final Language language;
    private final AnswerInput.Translator t;
    private final OrderedList list = new OrderedList();

    OrderingList(List<ExerciseSpec.Option> options, Language language, AnswerInput.Translator t) {
        this.items = new ArrayList<>(options);
        this.language = language;
        this.t = t;
        addClassName("exercise-ordering");
        add(list);
        render(-1, false);
    }

    List<String> order() {
        return items.stream().map(ExerciseSpec.Option::id).toList();
    }

    private void move(int from, int to) {
        items.add(to, items.remove(from));
        render(to, to < from);
    }

    private void render(int focus, boolean wentUp) {
        list.removeAll();
        for (int i = 0; i < items.size(); i++) {
            ExerciseSpec.Option item = items.get(i);
            String label = item.text().in(language);
            int index = i;
            Button up = arrow(VaadinIcon.ARROW_UP, t.get("exercises.ordering.up", label), index > 0);
            up.addClickListener(e -> move(index, index - 1));
            up.setId("up-" + item.id());
            Button down =
                    arrow(VaadinIcon.ARROW_DOWN, t.get("exercises.ordering.down", label), index < items.size() - 1);
            down.addClickListener(e -> move(index, index + 1));
            down.setId("down-" + item.id());
            Span text = new Span(label);
            text.addClassName("ordering-text");
            Div buttons = new Div(up, down);
            buttons.addClassName("ordering-buttons");
            ListItem li = new ListItem(text, buttons);
            li.addClassName("ordering-item");
            li.getElement().setAttribute("data-id", item.id());
            list.add(li);
            if (index == focus) {
                boolean useUp = wentUp ? index > 0 : index == items.size() - 1;
                (useUp ? up : down).focus();
            }
        }
    }

    private static Button arrow(VaadinIcon icon, String label, boolean enabled) {
        Button b = new Button(icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.setEnabled(enabled);
        return b;
    }
}
