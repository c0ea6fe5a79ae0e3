package org.dlf.chapters.neuron;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dlf.base.ui.component.NumberInput;

/**
 * One number of the neuron playground (an input, a weight or the bias): a slider that updates while it
 * moves and a number field for exact values, kept in step. Every value goes through {@code setter}
 * (the Model), which answers a message key when it refuses; {@code onResult} hears about every attempt.
 */
class ParameterControl extends Div {

    private final Input slider = new Input(ValueChangeMode.EAGER);
    private final NumberInput field = new NumberInput();
    private final NativeLabel label = new NativeLabel();

    ParameterControl(String id, Function<Double, Optional<String>> setter, Consumer<Optional<String>> onResult) {
        addClassName("np-param");
        slider.setId(id + "-slider");
        slider.setType("range");
        slider.getElement().setAttribute("min", String.valueOf(NeuronPlaygroundModel.MIN));
        slider.getElement().setAttribute("max", String.valueOf(NeuronPlaygroundModel.MAX));
        slider.getElement().setAttribute("step", "0.1");
        field.setId(id);
        field.setMin(NeuronPlaygroundModel.MIN);
        field.setMax(NeuronPlaygroundModel.MAX);
        field.addClassName("np-field");
        label.setFor(slider);
        label.addClassName("np-param-label");
        slider.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Optional<Double> parsed = NeuronPlaygroundModel.parse(e.getValue());
                Optional<String> problem =
                        parsed.isEmpty() ? Optional.of(NeuronPlaygroundModel.NOT_A_NUMBER) : setter.apply(parsed.get());
                if (problem.isEmpty()) {
                    field.setValue(parsed.get());
                    field.setInvalid(false);
                }
                onResult.accept(problem);
            }
        });
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Double value = e.getValue();
                Optional<String> problem =
                        value == null ? Optional.of(NeuronPlaygroundModel.NOT_A_NUMBER) : setter.apply(value);
                field.setInvalid(problem.isPresent());
                if (problem.isEmpty()) {
                    slider.setValue(String.valueOf(value));
                }
                onResult.accept(problem);
            }
        });
        add(label, slider, field);
    }

    /**
     * The visible label names the slider; the number field carries the same text as its own label, hidden by
     * the stylesheet but read by screen readers (an empty field label would otherwise win over an aria-label).
     */
    void setLabel(String text) {
        label.setText(text);
        field.setLabel(text);
    }

    /** Shows a value the Model holds (no events back to the Model). */
    void show(double value) {
        slider.setValue(String.valueOf(value));
        field.setValue(value);
        field.setInvalid(false);
    }
}
