package org.dlf.chapters.backprop;

import static org.dlf.chapters.stepper.StepTex.factor;
import static org.dlf.chapters.stepper.StepTex.num;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.chapters.stepper.EditableStepper;
import org.dlf.chapters.stepper.NetworkStep;
import org.dlf.chapters.stepper.StepTex;
import org.dlf.chapters.stepper.WorkedExampleDiagram;
import org.dlf.chapters.stepper.WorkedValues;
import org.dlf.chapters.stepper.WorkedValues.Param;
import org.dlf.engine.BackpropVariant;
import org.dlf.engine.LayerTrace;
import org.dlf.engine.StepTrace;
import org.dlf.engine.WorkedExample;

/**
 * State of the backprop stepper: the engine's trace of one training step of the 2-2-2 network, walked in
 * eleven steps (see {@link BackpropSteps}). The numbers start at the course's worked example and the learner
 * may change inputs, targets, weights, biases and η ({@link WorkedValues}); every change recomputes the trace.
 * The source's wrong way ({@link #mistake()}) is always shown for the worked example. Plain Java: no Vaadin.
 */
public class BackpropStepperModel extends EditableStepper {

    public static final int STEPS = 11;

    /** One row of the table of all eight weights: name, original value, gradient, updated value. */
    public record WeightRow(String name, double before, double gradient, double after) {}

    /**
     * The correct step against the source's mistake (hidden δ from the already-updated w5..w8): E_total
     * after one step each way, and ∂E_total/∂y_h1 each way as LaTeX with numbers.
     */
    public record Mistake(double correctLoss, double mistakeLoss, String correctTex, String mistakeTex) {}

    private StepTrace trace;
    private List<NetworkStep> steps = List.of();
    private int trainSteps = BackpropTraining.MAX_STEPS;

    public BackpropStepperModel() {
        recompute(values());
    }

    @Override
    public List<Param> editable() {
        return Arrays.asList(Param.values());
    }

    /** How many steps "train n steps" runs. */
    public int trainSteps() {
        return trainSteps;
    }

    /** Sets n for "train n steps"; out of bounds is refused with {@code backprop.train.range}. */
    public Optional<String> setTrainSteps(int n) {
        Optional<String> problem = BackpropTraining.validate(n);
        if (problem.isEmpty()) {
            trainSteps = n;
        }
        return problem;
    }

    @Override
    protected void recompute(WorkedValues values) {
        trace = values.network().traceStep(values.input(), values.target(), WorkedExample.LOSS, values.learningRate());
        steps = BackpropSteps.of(trace);
    }

    @Override
    public List<NetworkStep> all() {
        return steps;
    }

    /** E_total before the step (the forward pass). */
    public double lossBefore() {
        return trace.lossBefore();
    }

    /** w1..w8: original value, ∂E_total/∂w and the updated value, all gradients from the original weights. */
    public List<WeightRow> weights() {
        List<WeightRow> rows = new ArrayList<>(8);
        for (int l = 0; l < 2; l++) {
            LayerTrace layer = trace.layer(l);
            for (int j = 0; j < 2; j++) {
                for (int i = 0; i < 2; i++) {
                    rows.add(new WeightRow(
                            WorkedExample.weightName(l, j, i),
                            layer.weightBefore(j, i),
                            layer.weightGradient(j, i),
                            layer.weightAfter(j, i)));
                }
            }
        }
        return rows;
    }

    /** The worked example's step done right and the source's way (whatever numbers the learner has set). */
    public static Mistake mistake() {
        StepTrace trace = WorkedExample.step(WorkedExample.network(), BackpropVariant.CORRECT);
        StepTrace wrong =
                WorkedExample.step(WorkedExample.network(), BackpropVariant.HIDDEN_DELTAS_FROM_UPDATED_WEIGHTS);
        LayerTrace out = trace.layer(1);
        LayerTrace wrongOut = wrong.layer(1);
        double[] d = out.delta();
        String correct = "\\delta_{o1} w_5 + \\delta_{o2} w_7 = " + factor(d[0]) + " \\times "
                + factor(out.weightBefore(0, 0)) + " + " + factor(d[1]) + " \\times " + factor(out.weightBefore(1, 0))
                + " = " + num(trace.layer(0).dLossdOutput()[0]);
        String mistake = "\\delta_{o1} w_5^{+} + \\delta_{o2} w_7^{+} = " + factor(wrongOut.delta()[0]) + " \\times "
                + factor(wrongOut.weightAfter(0, 0)) + " + " + factor(wrongOut.delta()[1]) + " \\times "
                + factor(wrongOut.weightAfter(1, 0)) + " = "
                + num(wrong.layer(0).dLossdOutput()[0]);
        return new Mistake(trace.lossAfter(), wrong.lossAfter(), correct, mistake);
    }

    /** What the diagram shows: the forward values, δ once known, and weights with their updates once made. */
    @Override
    public WorkedExampleDiagram.Labels labels() {
        Map<String, List<String>> nodes = new LinkedHashMap<>();
        LayerTrace hidden = trace.layer(0);
        LayerTrace out = trace.layer(1);
        nodes.put("i1", List.of(StepTex.text(hidden.input()[0])));
        nodes.put("i2", List.of(StepTex.text(hidden.input()[1])));
        nodes.put("b1", List.of(StepTex.text(hidden.biasesBefore()[0])));
        nodes.put("b2", List.of(StepTex.text(out.biasesBefore()[0])));
        nodes.put("h1", lines(hidden, 0, 7));
        nodes.put("h2", lines(hidden, 1, STEPS));
        List<String> o1 = new ArrayList<>(lines(out, 0, 2));
        o1.add(1, "t = " + StepTex.text(trace.target()[0]));
        nodes.put("o1", o1);
        List<String> o2 = new ArrayList<>(lines(out, 1, 6));
        o2.add(1, "t = " + StepTex.text(trace.target()[1]));
        nodes.put("o2", o2);
        Map<String, String> links = new LinkedHashMap<>();
        for (WeightRow row : weights()) {
            int k = Integer.parseInt(row.name().substring(1));
            boolean updated = step() >= STEPS || k == 5 && step() >= 5 || k == 1 && step() >= 10;
            links.put(
                    row.name(),
                    row.name() + " = " + StepTex.text(row.before())
                            + (updated ? " → " + StepTex.text(row.after()) : ""));
        }
        String error = "E_total = " + StepTex.text(trace.lossBefore())
                + (step() >= STEPS ? " → " + StepTex.text(trace.lossAfter()) : "");
        return new WorkedExampleDiagram.Labels(nodes, links, error);
    }

    /** y, and δ once the step that needs it (δ = the first two factors' product) has been shown. */
    private List<String> lines(LayerTrace layer, int j, int deltaFromStep) {
        List<String> lines = new ArrayList<>();
        lines.add("y = " + StepTex.text(layer.output()[j]));
        if (step() >= deltaFromStep) {
            lines.add("δ = " + StepTex.text(layer.delta()[j]));
        }
        return lines;
    }
}
