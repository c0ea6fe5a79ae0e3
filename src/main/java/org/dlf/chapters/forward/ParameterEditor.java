package org.dlf.chapters.forward;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.dlf.base.ui.component.NumberInput;
import org.dlf.chapters.forward.ForwardStepperModel.Param;
import org.dlf.chapters.stepper.StepTex;

/** The forward stepper's editable values: one bounded number field per input, weight, bias and target. */
class ParameterEditor extends Composite<Details> {

    private final ForwardStepperModel model;
    private final Runnable onChange;
    private final Map<Param, NumberInput> fields = new EnumMap<>(Param.class);
    private final Button reset = new Button(VaadinIcon.ROTATE_LEFT.create());

    ParameterEditor(ForwardStepperModel model, Runnable onChange) {
        this.model = model;
        this.onChange = onChange;
        Div grid = new Div();
        grid.addClassName("param-grid");
        for (Param p : Param.values()) {
            NumberInput field = new NumberInput();
            field.setId("forward-" + p.symbol().replace('_', '-'));
            field.setMin(p.min());
            field.setMax(p.max());
            field.setStep(0.01);
            field.setStepButtonsVisible(false);
            field.setValue(model.value(p));
            field.addClassName("param-field");
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    apply(p, field);
                }
            });
            fields.put(p, field);
            grid.add(field);
        }
        reset.setId("forward-reset");
        reset.addClickListener(e -> {
            model.reset();
            fields.forEach((p, f) -> {
                f.setValue(model.value(p));
                f.setInvalid(false);
            });
            onChange.run();
        });
        getContent().setId("forward-editor");
        getContent().addClassName("param-editor");
        getContent().add(grid, reset);
    }

    void translate() {
        getContent().setSummaryText(getTranslation("forward.edit"));
        reset.setText(getTranslation("forward.reset"));
        fields.forEach((p, f) -> f.setLabel(p.symbol()));
    }

    private void apply(Param p, NumberInput field) {
        Double value = field.getValue();
        Optional<String> problem = value == null
                ? Optional.of(p.isTarget() ? "forward.target-range" : "forward.range")
                : model.set(p, value);
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.map(key -> getTranslation(key, StepTex.text(p.min()), StepTex.text(p.max())))
                .orElse(null));
        if (problem.isEmpty()) {
            onChange.run();
        }
    }
}
