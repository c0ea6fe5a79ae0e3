package org.dlf.chapters.stepper;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.dlf.base.ui.component.NumberInput;
import org.dlf.chapters.share.FileImport;
import org.dlf.chapters.share.Problem;
import org.dlf.chapters.stepper.WorkedValues.Param;

/**
 * A stepper's editable numbers: one bounded number field per input, weight, bias, target (and η where the
 * stepper uses it), a button back to the worked example and an import of a network file (as exported).
 * Every accepted change recomputes every step; a refused one marks its field with the bounds (or says what
 * is wrong with the file) and changes nothing. Ids: {@code PREFIX-w1}, {@code PREFIX-target-o1}, {@code
 * PREFIX-eta}, {@code PREFIX-reset}, {@code PREFIX-import}, {@code PREFIX-editor}.
 */
public class ValuesEditor extends Composite<Details> {

    private final EditableStepper model;
    private final String prefix;
    private final Runnable onChange;
    private final Map<Param, NumberInput> fields = new EnumMap<>(Param.class);
    private final Button reset = new Button(VaadinIcon.ROTATE_LEFT.create());

    public ValuesEditor(EditableStepper model, String prefix, Runnable onChange) {
        this.model = model;
        this.prefix = prefix;
        this.onChange = onChange;
        Div grid = new Div();
        grid.addClassName("param-grid");
        for (Param p : model.editable()) {
            NumberInput field = new NumberInput();
            field.setId(prefix + "-" + p.symbol().replace('_', '-'));
            field.setMin(p.min());
            field.setMax(p.max());
            field.setStep(0.01);
            field.setStepButtonsVisible(false);
            field.setValue(model.values().get(p));
            field.addClassName("param-field");
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    apply(p, field);
                }
            });
            fields.put(p, field);
            grid.add(field);
        }
        reset.setId(prefix + "-reset");
        reset.addClickListener(e -> {
            model.reset();
            showValues();
            onChange.run();
        });
        FileImport upload = new FileImport(prefix, file -> {
            Optional<Problem> refused = StepperFiles.load(model, file);
            if (refused.isEmpty()) {
                showValues();
                onChange.run();
            }
            return refused;
        });
        Div tools = new Div();
        tools.addClassName("param-tools");
        tools.add(reset, upload);
        getContent().setId(prefix + "-editor");
        getContent().addClassName("param-editor");
        getContent().add(grid, tools);
        getContent().setOpened(!model.values().isCourse());
    }

    public void translate() {
        getContent().setSummaryText(getTranslation(prefix + ".edit"));
        reset.setText(getTranslation(prefix + ".reset"));
        fields.forEach((p, f) -> {
            f.setLabel(p.label());
            if (f.isInvalid()) {
                f.setErrorMessage(message(p, p.rangeKey()));
            }
        });
    }

    /** Shows the model's numbers in every field (after a reset or an import). */
    public void showValues() {
        fields.forEach((p, f) -> {
            f.setValue(model.values().get(p));
            f.setInvalid(false);
        });
    }

    private void apply(Param p, NumberInput field) {
        Double value = field.getValue();
        Optional<String> problem = value == null ? Optional.of(p.rangeKey()) : model.set(p, value);
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.map(key -> message(p, key)).orElse(null));
        if (problem.isEmpty()) {
            onChange.run();
        }
    }

    private String message(Param p, String key) {
        return getTranslation(key, StepTex.text(p.min()), StepTex.text(p.max()));
    }
}
