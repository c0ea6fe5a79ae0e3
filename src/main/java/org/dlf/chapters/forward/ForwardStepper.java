package org.dlf.chapters.forward;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import org.dlf.chapters.stepper.StepperPanel;

/**
 * Forward-pass stepper (chapter 6): the 2-2-2 network with every value; next/previous walk
 * net_h1 → out_h1 → … → E_total, each with its formula and the numbers plugged in, and highlight what
 * feeds the quantity. Inputs, weights, biases and targets can be changed. Takes no configuration keys.
 */
@StyleSheet("styles/widgets/steppers.css")
class ForwardStepper extends Composite<Div> {

    ForwardStepper() {
        ForwardStepperModel model = new ForwardStepperModel();
        StepperPanel panel = new StepperPanel(model, "forward", "\\sigma(z) = \\frac{1}{1 + e^{-z}}");
        ParameterEditor editor = new ParameterEditor(model, panel::redraw);
        getContent().addClassNames("forward-stepper", "stepper");
        getContent().add(panel, editor);
        addAttachListener(e -> editor.translate());
    }
}
