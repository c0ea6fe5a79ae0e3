package org.dlf.chapters.backprop;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.dlf.base.ui.component.DataTable;
import org.dlf.chapters.share.ExportBar;
import org.dlf.chapters.stepper.StepTex;
import org.dlf.chapters.stepper.StepperFiles;
import org.dlf.chapters.stepper.StepperPanel;
import org.dlf.chapters.stepper.ValuesEditor;
import org.dlf.training.TrainingExecutor;

/**
 * Backprop stepper (chapter 8): ∂E/∂w5 through its three chain-rule factors, then ∂E/∂w1 through the hidden
 * layer, then all eight weights updated at once, with the chain-rule path highlighted; inputs, targets,
 * weights, biases and η can be changed (every step is recomputed) and one click brings back the worked
 * example; "train n steps" with the error curve; and the source's 0.291027924 explained. Takes no
 * configuration keys.
 */
@StyleSheet("styles/widgets/steppers.css")
class BackpropStepper extends Composite<Div> {

    private final BackpropStepperModel model;
    private final Div weights = new Div();

    BackpropStepper(BackpropStepperModel model, TrainingExecutor executor, Runnable stateChanged) {
        this.model = model;
        StepperPanel panel = new StepperPanel(
                model,
                "backprop",
                BackpropSteps.frac("\\partial E_{\\text{total}}", "\\partial w_5") + " = "
                        + BackpropSteps.frac("\\partial E_{\\text{total}}", "\\partial y_{o1}")
                        + " \\cdot " + BackpropSteps.frac("\\partial y_{o1}", "\\partial z_{o1}")
                        + " \\cdot "
                        + BackpropSteps.frac("\\partial z_{o1}", "\\partial w_5"));
        weights.setId("backprop-weights");
        weights.addClassName("weights-table");
        panel.setAfterRedraw(this::showWeights);
        panel.setOnStep(stateChanged);
        BackpropTrainingPanel training = new BackpropTrainingPanel(executor, model, stateChanged);
        ValuesEditor editor = new ValuesEditor(model, "backprop", () -> {
            panel.redraw();
            training.restart(); // the training starts from the numbers as they are now
            stateChanged.run();
        });
        ExportBar export = StepperFiles.exportBar(model, "backprop", "backprop-stepper");
        getContent().addClassNames("backprop-stepper", "stepper");
        getContent().add(panel, weights, editor, export, training, new MistakeNote(BackpropStepperModel.mistake()));
        addAttachListener(e -> editor.translate());
    }

    private void showWeights() {
        weights.removeAll();
        weights.setVisible(model.step() >= BackpropStepperModel.STEPS);
        if (!weights.isVisible()) {
            return;
        }
        List<List<String>> rows = model.weights().stream()
                .map(r -> List.of(
                        r.name(), StepTex.text(r.before()), StepTex.text(r.gradient()), StepTex.text(r.after())))
                .toList();
        weights.add(
                new H3(getTranslation("backprop.weights.title")),
                DataTable.of(
                        List.of(
                                getTranslation("backprop.weights.name"),
                                getTranslation("backprop.weights.before"),
                                getTranslation("backprop.weights.gradient"),
                                getTranslation("backprop.weights.after")),
                        rows));
    }
}
