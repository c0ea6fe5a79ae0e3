package org.dlf.base.ui.component;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A one-node input for a decimal number ({@code <vaadin-number-field>}, the same npm package and module as
 * Flow's {@code NumberField}, so the committed bundle is reused); see {@link AbstractNumberInput}.
 */
@Tag("vaadin-number-field")
@NpmPackage(value = "@vaadin/number-field", version = "25.2.4")
@JsModule("@vaadin/number-field/src/vaadin-number-field.js")
public class NumberInput extends AbstractNumberInput<NumberInput, Double> {

    public NumberInput() {
        super(false);
    }

    @Override
    Double fromNumber(double value) {
        return value;
    }
}
