package org.dlf.base.ui.component;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A one-node input for a whole number ({@code <vaadin-integer-field>}, the same npm package and module as
 * Flow's {@code IntegerField}, so the committed bundle is reused); a decimal is refused. See
 * {@link AbstractNumberInput}.
 */
@Tag("vaadin-integer-field")
@NpmPackage(value = "@vaadin/integer-field", version = "25.2.4")
@JsModule("@vaadin/integer-field/src/vaadin-integer-field.js")
public class IntegerInput extends AbstractNumberInput<IntegerInput, Integer> {

    public IntegerInput() {
        super(true);
    }

    @Override
    Integer fromNumber(double value) {
        return (int) value;
    }
}
