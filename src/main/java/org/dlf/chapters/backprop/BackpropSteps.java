package org.dlf.chapters.backprop;

import static org.dlf.chapters.stepper.StepTex.factor;
import static org.dlf.chapters.stepper.StepTex.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dlf.chapters.stepper.NetworkStep;
import org.dlf.engine.LayerTrace;
import org.dlf.engine.StepTrace;

/**
 * The backprop stepper's eleven steps, read off an engine trace: ∂E/∂w5 through its three chain-rule
 * factors and the update of w5, then ∂E/∂w1 through the hidden layer and the update of w1, then the step
 * that updates all eight weights at once.
 */
final class BackpropSteps {

    static final String E = "E_{\\text{total}}";
    private static final String PE = "\\partial " + E;

    private BackpropSteps() {}

    static List<NetworkStep> of(StepTrace t) {
        LayerTrace hidden = t.layer(0);
        LayerTrace out = t.layer(1);
        StepTrace.ChainRule w5 = t.chainRule(1, 0, 0);
        StepTrace.ChainRule w1 = t.chainRule(0, 0, 0);
        double eta = t.learningRate();
        List<NetworkStep> s = new ArrayList<>();
        s.add(step(
                "dE/dy_o1",
                "output-error",
                frac(PE, "\\partial y_{o1}")
                        + " = -(t_{o1} - y_{o1}) = -(" + num(t.target()[0]) + " - "
                        + factor(out.output()[0]) + ") = " + num(w5.dLossdOutput()),
                w5.dLossdOutput(),
                Set.of("o1", "E"),
                "o1"));
        s.add(step(
                "dy_o1/dz_o1",
                "sigmoid",
                frac("\\partial y_{o1}", "\\partial z_{o1}")
                        + " = y_{o1}(1 - y_{o1}) = " + factor(out.output()[0]) + " \\times (1 - "
                        + factor(out.output()[0]) + ") = " + num(w5.dOutputdNet()),
                w5.dOutputdNet(),
                Set.of("o1"),
                "o1"));
        s.add(step(
                "dz_o1/dw5",
                "net-weight",
                frac("\\partial z_{o1}", "\\partial w_5") + " = y_{h1} = " + num(w5.dNetdWeight()),
                w5.dNetdWeight(),
                Set.of("w5", "h1"),
                "o1"));
        s.add(step(
                "dE/dw5",
                "product",
                frac(PE, "\\partial w_5") + " = " + factor(w5.dLossdOutput()) + " \\times "
                        + factor(w5.dOutputdNet()) + " \\times " + factor(w5.dNetdWeight()) + " = "
                        + num(out.weightGradient(0, 0)),
                out.weightGradient(0, 0),
                Set.of("E", "o1", "w5", "h1"),
                "o1"));
        s.add(update(5, out.weightBefore(0, 0), out.weightGradient(0, 0), out.weightAfter(0, 0), eta, "h1"));
        double[] d = out.delta();
        s.add(step(
                "dE/dy_h1",
                "hidden-sum",
                frac(PE, "\\partial y_{h1}")
                        + " = \\delta_{o1} w_5 + \\delta_{o2} w_7 = " + factor(d[0]) + " \\times "
                        + factor(out.weightBefore(0, 0))
                        + " + " + factor(d[1]) + " \\times " + factor(out.weightBefore(1, 0)) + " = "
                        + num(w1.dLossdOutput()),
                w1.dLossdOutput(),
                Set.of("E", "o1", "o2", "w5", "w7", "h1"),
                "h1"));
        s.add(step(
                "dy_h1/dz_h1",
                "sigmoid",
                frac("\\partial y_{h1}", "\\partial z_{h1}")
                        + " = y_{h1}(1 - y_{h1}) = " + factor(hidden.output()[0]) + " \\times (1 - "
                        + factor(hidden.output()[0]) + ") = " + num(w1.dOutputdNet()),
                w1.dOutputdNet(),
                Set.of("h1"),
                "h1"));
        s.add(step(
                "dz_h1/dw1",
                "net-weight",
                frac("\\partial z_{h1}", "\\partial w_1") + " = i_1 = " + num(w1.dNetdWeight()),
                w1.dNetdWeight(),
                Set.of("w1", "i1"),
                "h1"));
        s.add(step(
                "dE/dw1",
                "product",
                frac(PE, "\\partial w_1") + " = " + factor(w1.dLossdOutput()) + " \\times "
                        + factor(w1.dOutputdNet()) + " \\times " + factor(w1.dNetdWeight()) + " = "
                        + num(hidden.weightGradient(0, 0)),
                hidden.weightGradient(0, 0),
                Set.of("E", "o1", "o2", "w5", "w7", "h1", "w1", "i1"),
                "h1"));
        s.add(update(1, hidden.weightBefore(0, 0), hidden.weightGradient(0, 0), hidden.weightAfter(0, 0), eta, "i1"));
        s.add(step(
                "E_total",
                "all",
                E + ":\\; " + num(t.lossBefore()) + " \\;\\to\\; " + num(t.lossAfter()),
                t.lossAfter(),
                Set.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "E"),
                "E"));
        return List.copyOf(s);
    }

    private static NetworkStep update(int k, double before, double gradient, double after, double eta, String from) {
        return step(
                "w" + k + "+",
                "update",
                "w_" + k + "^{+} = w_" + k + " - \\eta \\cdot " + frac(PE, "\\partial w_" + k) + " = " + num(before)
                        + " - " + num(eta) + " \\times " + factor(gradient) + " = " + num(after),
                after,
                Set.of("w" + k, from),
                k > 4 ? "o1" : "h1");
    }

    private static NetworkStep step(
            String symbol, String caption, String tex, double value, Set<String> on, String focus) {
        return new NetworkStep(symbol, "backprop.caption." + caption, tex, value, on, focus);
    }

    static String frac(String top, String bottom) {
        return "\\frac{" + top + "}{" + bottom + "}";
    }
}
