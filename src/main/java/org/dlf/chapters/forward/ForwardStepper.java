package org.dlf.chapters.forward;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import org.dlf.chapters.share.ExportBar;
import org.dlf.chapters.stepper.StepperFiles;
import org.dlf.chapters.stepper.StepperPanel;
import org.dlf.chapters.stepper.ValuesEditor;

/**
 * Forward-pass stepper (chapter 6): the 2-2-2 network with every value; next/previous walk
 * net_h1 → out_h1 → … → E_total, each with its formula and the numbers plugged in, and highlight what
 * feeds the quantity. Inputs, weights, biases and targets can be changed, imported from a network file and
 * downloaded with the steps (JSON, CSV). Takes no configuration keys.
 */
@StyleSheet("styles/widgets/steppers.css")
class ForwardStepper extends Composite<Div> {

    ForwardStepper(ForwardStepperModel model, Runnable stateChanged) {
        StepperPanel panel = new StepperPanel(model, "forward", "\\sigma(z) = \\frac{1}{1 + e^{-z}}");
        panel.setOnStep(stateChanged);
        ValuesEditor editor = new ValuesEditor(model, "forward", () -> {
            panel.redraw();
            stateChanged.run();
        });
        ExportBar export = StepperFiles.exportBar(model, "forward", "forward-stepper");
        getContent().addClassNames("forward-stepper", "stepper");
        getContent().add(panel, editor, export);
        addAttachListener(e -> editor.translate());
    }
}
