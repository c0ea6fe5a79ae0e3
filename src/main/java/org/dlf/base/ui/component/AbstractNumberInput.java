package org.dlf.base.ui.component;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.shared.HasValidationProperties;

/**
 * A number input that costs one state node and one DOM listener: the {@code value} property comes back only
 * when the learner commits it (the {@code change} event: Enter, leaving the field or a step button), never on
 * every keystroke, and is read on the server by {@link NumberText}. Flow's {@code NumberField} and
 * {@code IntegerField} register five listeners with event data, a formatter and a validation support each.
 *
 * <p>What the browser sends: an empty text (an empty field, or one the browser could not read, since
 * {@code <input type="number">} reports bad input as empty) makes the value {@code null}, as in Flow's
 * fields, so the widget can say "fill in every field". A number outside min…max is taken and the field is
 * marked invalid: the widget's model refuses it with its own message, it stays the authority. Any other text
 * (no browser sends it: "abc", "NaN", "1e999", a decimal to an integer input) is refused: the value stays and
 * the browser is shown it again. Read-only refuses every change (Flow's field support).
 *
 * @param <C> the concrete input
 * @param <N> the value type
 */
public abstract class AbstractNumberInput<C extends AbstractNumberInput<C, N>, N extends Number>
        extends AbstractSinglePropertyField<C, N>
        implements Focusable<C>, HasAriaLabel, HasHelper, HasLabel, HasSize, HasValidationProperties {

    private final boolean integer;
    private double min = Double.NEGATIVE_INFINITY;
    private double max = Double.POSITIVE_INFINITY;

    AbstractNumberInput(boolean integer) {
        super("value", null, String.class, AbstractNumberInput::toModel, AbstractNumberInput::toPresentation);
        this.integer = integer;
        setSynchronizedEvent("change");
        // the server decides what is invalid; the browser must not reset it by its own rules
        getElement().setProperty("manualValidation", true);
    }

    /** The value type's number for a finite number this input accepts. */
    abstract N fromNumber(double value);

    public void setMin(double min) {
        this.min = min;
        getElement().setProperty("min", min);
        markInvalid(getValue());
    }

    public double getMin() {
        return min;
    }

    public void setMax(double max) {
        this.max = max;
        getElement().setProperty("max", max);
        markInvalid(getValue());
    }

    public double getMax() {
        return max;
    }

    /** The amount the step buttons and arrow keys add or take away. */
    public void setStep(double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("The step must be a positive number: " + step);
        }
        getElement().setProperty("step", step);
    }

    /** Shows the − and + buttons on either side of the input. */
    public void setStepButtonsVisible(boolean visible) {
        getElement().setProperty("stepButtonsVisible", visible);
    }

    public boolean isStepButtonsVisible() {
        return getElement().getProperty("stepButtonsVisible", false);
    }

    /** A value from the server may be out of range (it is then shown as invalid), never NaN or infinite. */
    @Override
    public void setValue(N value) {
        if (value != null && !Double.isFinite(value.doubleValue())) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        super.setValue(value);
    }

    @Override
    protected boolean hasValidValue() {
        NumberText.Parsed parsed = NumberText.parse(getElement().getProperty("value", ""), integer);
        if (parsed.kind() == NumberText.Kind.UNPARSABLE) {
            setPresentationValue(getValue()); // refused: the browser shows the server's value again
            return false;
        }
        return true;
    }

    @Override
    protected void setPresentationValue(N value) {
        super.setPresentationValue(value);
        markInvalid(value);
    }

    private void markInvalid(N value) {
        boolean outOfRange = value != null && (value.doubleValue() < min || value.doubleValue() > max);
        if (outOfRange != isInvalid()) {
            setInvalid(outOfRange);
        }
    }

    private static <C extends AbstractNumberInput<C, N>, N extends Number> N toModel(
            AbstractNumberInput<C, N> input, String text) {
        NumberText.Parsed parsed = NumberText.parse(text, input.integer);
        N value = parsed.isNumber() ? input.fromNumber(parsed.value()) : null;
        input.markInvalid(value);
        return value;
    }

    private static <C extends AbstractNumberInput<C, N>, N extends Number> String toPresentation(
            AbstractNumberInput<C, N> input, N value) {
        return value == null ? "" : NumberText.format(value.doubleValue());
    }
}
