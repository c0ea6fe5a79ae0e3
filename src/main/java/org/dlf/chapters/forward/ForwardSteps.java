package org.dlf.chapters.forward;

import static org.dlf.chapters.stepper.StepTex.factor;
import static org.dlf.chapters.stepper.StepTex.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dlf.chapters.stepper.NetworkStep;
import org.dlf.engine.LayerTrace;
import org.dlf.engine.StepTrace;

/** The eleven forward-pass steps z_h1 → y_h1 → … → E_total, read off an engine trace. */
final class ForwardSteps {

    private ForwardSteps() {}

    static List<NetworkStep> of(StepTrace trace) {
        List<NetworkStep> steps = new ArrayList<>(ForwardStepperModel.STEPS);
        LayerTrace hidden = trace.layer(0);
        LayerTrace output = trace.layer(1);
        String[][] in = {{"i_1", "i_2"}, {"y_{h1}", "y_{h2}"}};
        String[][] inKeys = {{"i1", "i2"}, {"h1", "h2"}};
        for (int l = 0; l < 2; l++) {
            LayerTrace layer = l == 0 ? hidden : output;
            String prefix = l == 0 ? "h" : "o";
            String bias = "b" + (l + 1);
            for (int j = 0; j < 2; j++) {
                String node = prefix + (j + 1);
                int w = 4 * l + 2 * j + 1;
                String net = "z_{" + node + "}";
                String tex = net + " = w_" + w + " " + in[l][0] + " + w_" + (w + 1) + " " + in[l][1] + " + b_" + (l + 1)
                        + " = " + factor(layer.weightBefore(j, 0)) + " \\times " + factor(layer.input()[0])
                        + " + " + factor(layer.weightBefore(j, 1)) + " \\times " + factor(layer.input()[1])
                        + " + " + factor(layer.biasesBefore()[j]) + " = " + num(layer.net()[j]);
                steps.add(new NetworkStep(
                        "z_" + node,
                        "forward.caption.net-" + prefix,
                        tex,
                        layer.net()[j],
                        Set.of(inKeys[l][0], inKeys[l][1], "w" + w, "w" + (w + 1), bias, bias + "-" + node, node),
                        node));
                String out = "y_{" + node + "} = \\sigma(" + net + ") = \\frac{1}{1 + e^{-" + factor(layer.net()[j])
                        + "}} = " + num(layer.output()[j]);
                steps.add(new NetworkStep(
                        "y_" + node, "forward.caption.out-" + prefix, out, layer.output()[j], Set.of(node), node));
            }
        }
        for (int j = 0; j < 2; j++) {
            String node = "o" + (j + 1);
            double e = trace.outputLoss(j);
            String tex = "E_{" + node + "} = \\tfrac{1}{2}(t_{" + node + "} - y_{" + node + "})^2 = \\tfrac{1}{2}("
                    + num(trace.target()[j]) + " - " + factor(output.output()[j]) + ")^2 = " + num(e);
            steps.add(new NetworkStep("E_" + node, "forward.caption.error", tex, e, Set.of(node), node));
        }
        String tex = "E_{\\text{total}} = E_{o1} + E_{o2} = " + num(trace.outputLoss(0)) + " + "
                + factor(trace.outputLoss(1)) + " = " + num(trace.lossBefore());
        steps.add(new NetworkStep(
                "E_total", "forward.caption.total", tex, trace.lossBefore(), Set.of("o1", "o2", "E"), "E"));
        return List.copyOf(steps);
    }
}
