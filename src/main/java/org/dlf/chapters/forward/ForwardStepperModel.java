package org.dlf.chapters.forward;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.chapters.stepper.NetworkStep;
import org.dlf.chapters.stepper.StepTex;
import org.dlf.chapters.stepper.Stepper;
import org.dlf.chapters.stepper.WorkedExampleDiagram;
import org.dlf.engine.StepTrace;
import org.dlf.engine.WorkedExample;

/**
 * State of the forward-pass stepper: the 2-2-2 network's inputs, weights, biases and targets (the course's
 * values until the reader changes them) and how many of the eleven quantities z_h1 … E_total have been
 * computed. Every number comes from the engine's trace of the network. Plain Java: no Vaadin components.
 */
public class ForwardStepperModel implements Stepper {

    /** An editable value, its LaTeX symbol and its bounds. */
    public enum Param {
        I1("i_1", 10),
        I2("i_2", 10),
        W1("w_1", 10),
        W2("w_2", 10),
        W3("w_3", 10),
        W4("w_4", 10),
        W5("w_5", 10),
        W6("w_6", 10),
        W7("w_7", 10),
        W8("w_8", 10),
        B1("b_1", 10),
        B2("b_2", 10),
        T1("t_{o1}", 1),
        T2("t_{o2}", 1);

        private final String tex;
        private final double max;

        Param(String tex, double max) {
            this.tex = tex;
            this.max = max;
        }

        /** Targets lie in [0, 1] (a sigmoid output cannot leave it); everything else in [−10, 10]. */
        public double min() {
            return isTarget() ? 0 : -max;
        }

        public double max() {
            return max;
        }

        public boolean isTarget() {
            return this == T1 || this == T2;
        }

        /** Plain name, e.g. {@code w5}, {@code t_o1}. */
        public String symbol() {
            return isTarget() ? "t_o" + name().charAt(1) : name().toLowerCase(java.util.Locale.ROOT);
        }

        public String tex() {
            return tex;
        }
    }

    public static final int STEPS = 11;
    private static final double[] COURSE = courseValues();

    private final double[] values = COURSE.clone();
    private List<NetworkStep> steps;
    private int step;

    public ForwardStepperModel() {
        recompute();
    }

    private static double[] courseValues() {
        double[] v = new double[Param.values().length];
        double[] x = WorkedExample.input();
        double[] t = WorkedExample.target();
        var network = WorkedExample.network();
        v[0] = x[0];
        v[1] = x[1];
        for (int k = 0; k < 4; k++) {
            v[2 + k] = network.layer(0).weight(k / 2, k % 2);
            v[6 + k] = network.layer(1).weight(k / 2, k % 2);
        }
        v[10] = network.layer(0).bias(0);
        v[11] = network.layer(1).bias(0);
        v[12] = t[0];
        v[13] = t[1];
        return v;
    }

    public double value(Param p) {
        return values[p.ordinal()];
    }

    /**
     * Sets one value; a value that is not a number or out of bounds is refused with a message key
     * ({@code forward.range} or {@code forward.target-range}, arguments min and max).
     */
    public Optional<String> set(Param p, double value) {
        if (!Double.isFinite(value) || value < p.min() || value > p.max()) {
            return Optional.of(p.isTarget() ? "forward.target-range" : "forward.range");
        }
        values[p.ordinal()] = value;
        recompute();
        return Optional.empty();
    }

    /** Back to the course's values (the step stays). */
    public void reset() {
        System.arraycopy(COURSE, 0, values, 0, values.length);
        recompute();
    }

    public boolean isCourseValues() {
        return Arrays.equals(values, COURSE);
    }

    @Override
    public int step() {
        return step;
    }

    @Override
    public void next() {
        step = Math.min(STEPS, step + 1);
    }

    @Override
    public void previous() {
        step = Math.max(0, step - 1);
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
            links.put("w" + k, "w" + k + " = " + StepTex.text(values[k + 1]));
        }
        return new WorkedExampleDiagram.Labels(nodes, links, "E_total = " + shown(STEPS));
    }

    private String shown(int stepNumber) {
        return stepNumber <= step ? StepTex.text(steps.get(stepNumber - 1).value()) : "?";
    }

    private void recompute() {
        var network = WorkedExample.network()
                .setWeights(0, values[2], values[3], values[4], values[5])
                .setWeights(1, values[6], values[7], values[8], values[9])
                .setBiases(0, values[10])
                .setBiases(1, values[11]);
        double[] x = {values[0], values[1]};
        double[] t = {values[12], values[13]};
        StepTrace trace = network.traceStep(x, t, WorkedExample.LOSS, WorkedExample.LEARNING_RATE);
        steps = ForwardSteps.of(trace);
    }
}
