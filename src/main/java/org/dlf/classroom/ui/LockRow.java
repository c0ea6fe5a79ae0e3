package org.dlf.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Optional;
import org.dlf.assignment.LockableParameter;
import org.dlf.assignment.LockableWidget;
import org.dlf.assignment.ParameterLocks;
import org.dlf.base.ui.component.ItemSelect;

/**
 * One lockable widget parameter on the teacher's settings: a lock checkbox and the value, checked with the
 * same bounds as the widget itself ({@link LockableParameter#normalise}).
 */
class LockRow extends Div {

    private final LockableWidget widget;
    private final LockableParameter parameter;
    private final Checkbox lock = new Checkbox();
    private final TextField number = new TextField();
    private final ItemSelect<String> choice = new ItemSelect<>();

    LockRow(LockableWidget widget, LockableParameter parameter, ParameterLocks locks) {
        this.widget = widget;
        this.parameter = parameter;
        String id = widget.name() + "-" + parameter.name();
        addClassName("lock-row");
        lock.setId("lock-" + id);
        lock.setLabel(getTranslation("assignment.parameter." + parameter.name()));
        lock.setValue(locks.locked(parameter.name()));
        Component field = valueField();
        field.setId("value-" + id);
        lock.addValueChangeListener(e -> {
            if (e.getValue()) offerStart();
            enable();
        });
        add(lock, field);
        locks.value(parameter.name()).ifPresent(v -> {
            // a stored value the widget no longer offers is left empty (and refused on save)
            if (parameter.kind() != LockableParameter.Kind.CHOICE) number.setValue(v);
            else if (choice.getItems().contains(v)) choice.setValue(v);
        });
        enable();
    }

    private Component valueField() {
        number.setManualValidation(true);
        if (parameter.kind() == LockableParameter.Kind.CHOICE) {
            choice.setItems(parameter.choices());
            choice.setErrorMessage(getTranslation("assignment.invalid.choice"));
            choice.setItemLabelGenerator(v ->
                    getTranslation(widget.messagePrefix() + "." + parameter.name() + "." + v.toLowerCase(Locale.ROOT)));
            choice.setAriaLabel(getTranslation("assignment.value", lock.getLabel()));
            return choice;
        }
        String min = bound(parameter.min());
        String max = bound(parameter.max());
        number.setPlaceholder(min + " – " + max);
        number.setAriaLabel(getTranslation("assignment.value", lock.getLabel()));
        number.setErrorMessage(getTranslation(
                parameter.kind() == LockableParameter.Kind.INTEGER
                        ? "assignment.invalid.integer"
                        : "assignment.invalid.number",
                min,
                max));
        return number;
    }

    private String bound(double value) {
        return parameter.kind() == LockableParameter.Kind.INTEGER
                ? Long.toString((long) value)
                : LockableParameter.format(value);
    }

    /** A parameter being locked starts from the widget's own starting value, unless a value is there. */
    private void offerStart() {
        if (parameter.kind() == LockableParameter.Kind.CHOICE && choice.getValue() == null) {
            choice.setValue(parameter.start());
        } else if (parameter.kind() != LockableParameter.Kind.CHOICE && number.isEmpty()) {
            number.setValue(parameter.start());
        }
    }

    private void enable() {
        number.setEnabled(lock.getValue());
        choice.setEnabled(lock.getValue());
        if (!lock.getValue()) valid(true);
    }

    String widgetName() {
        return widget.name();
    }

    String parameterName() {
        return parameter.name();
    }

    boolean locked() {
        return lock.getValue();
    }

    /**
     * The locked value in canonical spelling; empty (and the field marked invalid with its message) when it is
     * not a value the widget accepts.
     */
    Optional<String> value() {
        String raw = parameter.kind() == LockableParameter.Kind.CHOICE ? choice.getValue() : number.getValue();
        Optional<String> value = raw == null ? Optional.empty() : parameter.normalise(raw);
        valid(value.isPresent());
        value.filter(v -> parameter.kind() != LockableParameter.Kind.CHOICE).ifPresent(number::setValue);
        return value;
    }

    private void valid(boolean ok) {
        number.setInvalid(!ok && lock.getValue());
        choice.setInvalid(!ok && lock.getValue());
    }
}
