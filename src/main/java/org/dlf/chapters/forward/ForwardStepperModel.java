package org.dlf.chapters.forward;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlf.chapters.stepper.EditableStepper;
import org.dlf.chapters.stepper.NetworkStep;
import org.dlf.chapters.stepper.StepTex;
import org.dlf.chapters.stepper.WorkedExampleDiagram;
import org.dlf.chapters.stepper.WorkedValues;
import org.dlf.chapters.stepper.WorkedValues.Param;
import org.dlf.engine.StepTrace;
import org.dlf.engine.WorkedExample;

/**
 * State of the forward-pass stepper: the 2-2-2 network's inputs, weights, biases and targets (the course's
 * values until the reader changes them, {@link WorkedValues}) and how many of the eleven quantities z_h1 …
 * E_total have been computed. Every number comes from the engine's trace of the network. Plain Java: no
 * Vaadin components.
 */
public class ForwardStepperModel extends EditableStepper {

    public static final int STEPS = 11;

    private List<NetworkStep> steps = List.of();

    public ForwardStepperModel() {
        recompute(values());
    }

    /** Everything but η: the forward pass has no learning rate. */
    @Override
    public List<Param> editable() {
        return Arrays.stream(Param.values()).filter(p -> p != Param.ETA).toList();
    }

    /** All eleven steps for the current values. */
    @Override
    public List<NetworkStep> all() {
        return steps;
    }

    /** What the diagram shows now: given values always, computed values once their step is reached. */
    @Override
    public WorkedExampleDiagram.Labels labels() {
        Map<String, List<String>> nodes = new LinkedHashMap<>();
        nodes.put("i1", List.of(StepTex.text(value(Param.I1))));
        nodes.put("i2", List.of(StepTex.text(value(Param.I2))));
        nodes.put("b1", List.of(StepTex.text(value(Param.B1))));
        nodes.put("b2", List.of(StepTex.text(value(Param.B2))));
        String[] names = {"h1", "h2", "o1", "o2"};
        for (int n = 0; n < 4; n++) {
            List<String> lines = new ArrayList<>();
            lines.add("z = " + shown(2 * n + 1));
            lines.add("y = " + shown(2 * n + 2));
            if (n >= 2) {
                lines.add("t = " + StepTex.text(value(n == 2 ? Param.T1 : Param.T2)));
                lines.add("E = " + shown(n + 7));
            }
            nodes.put(names[n], lines);
        }
        Map<String, String> links = new LinkedHashMap<>();
        for (int k = 1; k <= 8; k++) {
            links.put("w" + k, "w" + k + " = " + StepTex.text(value(Param.values()[Param.W1.ordinal() + k - 1])));
        }
        return new WorkedExampleDiagram.Labels(nodes, links, "E_total = " + shown(STEPS));
    }

    private String shown(int stepNumber) {
        return stepNumber <= step() ? StepTex.text(steps.get(stepNumber - 1).value()) : "?";
    }

    @Override
    protected void recompute(WorkedValues values) {
        StepTrace trace =
                values.network().traceStep(values.input(), values.target(), WorkedExample.LOSS, values.learningRate());
        steps = ForwardSteps.of(trace);
    }
}
