package org.dlf.exercises;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlf.engine.Activation;
import org.dlf.engine.BackpropVariant;
import org.dlf.engine.BiasMode;
import org.dlf.engine.DescentExample;
import org.dlf.engine.GradientDescent;
import org.dlf.engine.Network;
import org.dlf.engine.StepTrace;
import org.dlf.engine.WorkedExample;

/**
 * Computes a numeric exercise's answer and the values of its known mistakes with the engine, for one
 * variant. The 2-2-2 network is the chapters' (logistic, shared frozen biases, targets 0.01/0.99, η = 0.5);
 * the descent computations run the engine's gradient descent on chapter 7's landscape (batch steps).
 */
public final class Computations {

    /** The widely copied typo for the course example's y_o1 (the true value is 0.75136507…). */
    static final double COPIED_OUT_O1_TYPO = 0.75136079;

    private Computations() {}

    public static NumericTarget evaluate(Computation computation, Variant variant) {
        NumericTarget own = compute(computation, variant);
        Variant example = Variant.example(computation);
        Double exampleAnswer =
                example.equals(variant) ? null : compute(computation, example).answer();
        return new NumericTarget(own.answer(), own.mistakes(), exampleAnswer);
    }

    private static NumericTarget compute(Computation computation, Variant v) {
        Map<String, List<Double>> mistakes = new LinkedHashMap<>();
        double answer;
        switch (computation) {
            case NEURON_OUTPUT -> {
                double weighted = v.get("w1") * v.get("x1") + v.get("w2") * v.get("x2");
                double z = weighted + v.get("b");
                answer = Activation.SIGMOID.apply(z);
                mistakes.put("forgot-bias", List.of(Activation.SIGMOID.apply(weighted)));
                mistakes.put("no-activation", List.of(z));
                mistakes.put("wrong-sign", List.of(1 / (1 + Math.exp(z))));
            }
            case FORWARD_OUT_O1 -> {
                StepTrace t = trace(v, Activation.SIGMOID, true, true, BackpropVariant.CORRECT);
                answer = t.output()[0];
                double netOnly = trace(v, Activation.LINEAR, true, true, BackpropVariant.CORRECT)
                        .output()[0];
                mistakes.put("no-activation", List.of(t.outputLayer().net()[0], netOnly));
                mistakes.put(
                        "forgot-bias",
                        List.of(
                                trace(v, Activation.SIGMOID, false, false, BackpropVariant.CORRECT)
                                        .output()[0],
                                trace(v, Activation.SIGMOID, false, true, BackpropVariant.CORRECT)
                                        .output()[0],
                                trace(v, Activation.SIGMOID, true, false, BackpropVariant.CORRECT)
                                        .output()[0]));
                mistakes.put("copied-typo", List.of(COPIED_OUT_O1_TYPO));
            }
            case FORWARD_E_TOTAL -> {
                StepTrace t = trace(v, Activation.SIGMOID, true, true, BackpropVariant.CORRECT);
                answer = t.lossBefore();
                mistakes.put("missing-half", List.of(2 * answer));
                mistakes.put("e-o1-as-total", List.of(t.outputLoss(0)));
            }
            case BACKWARD_DE_DW5 -> {
                StepTrace.ChainRule c = trace(v, Activation.SIGMOID, true, true, BackpropVariant.CORRECT)
                        .chainRule(1, 0, 0);
                answer = c.product();
                mistakes.put("dropped-sigmoid-derivative", List.of(c.dLossdOutput() * c.dNetdWeight()));
                mistakes.put("sign-error", List.of(-answer));
            }
            case BACKWARD_W1_NEW -> {
                answer = trace(v, Activation.SIGMOID, true, true, BackpropVariant.CORRECT)
                        .layer(0)
                        .weightAfter(0, 0);
                double updated = trace(
                                v, Activation.SIGMOID, true, true, BackpropVariant.HIDDEN_DELTAS_FROM_UPDATED_WEIGHTS)
                        .layer(0)
                        .weightAfter(0, 0);
                mistakes.put("updated-output-weights", List.of(updated));
                mistakes.put("sign-error", List.of(2 * v.get("w1") - answer));
            }
            case TRAINING_E_AFTER_1 -> {
                answer = trace(v, Activation.SIGMOID, true, true, BackpropVariant.CORRECT)
                        .lossAfter();
                mistakes.put(
                        "updated-output-weights",
                        List.of(trace(
                                        v,
                                        Activation.SIGMOID,
                                        true,
                                        true,
                                        BackpropVariant.HIDDEN_DELTAS_FROM_UPDATED_WEIGHTS)
                                .lossAfter()));
            }
            case GRADIENT_CHECK_DW5 -> {
                double h = v.get("h");
                double plus = loss(v, h), minus = loss(v, -h), here = loss(v, 0);
                answer = (plus - minus) / (2 * h);
                mistakes.put("forward-difference", List.of((plus - here) / h));
                mistakes.put("missing-half", List.of((plus - minus) / h));
                mistakes.put(
                        "backprop-value",
                        List.of(trace(v, Activation.SIGMOID, true, true, BackpropVariant.CORRECT)
                                .chainRule(1, 0, 0)
                                .product()));
            }
            case VANISHING_SIGMOID_BOUND -> {
                int layers = (int) v.get("layers");
                // σ′(z) = σ(z)(1 − σ(z)) is largest at z = 0
                double largest = Activation.SIGMOID.derivative(0.0);
                answer = Math.pow(largest, layers);
                mistakes.put("fewer-layers", List.of(Math.pow(largest, layers - 1)));
                mistakes.put("sigmoid-value", List.of(Math.pow(Activation.SIGMOID.apply(0.0), layers)));
                mistakes.put("added", List.of(layers * largest));
            }
            case DESCENT_W_AFTER_1 -> {
                GradientDescent d = DescentExample.descent(v.get("eta"), 8, v.get("w0"), v.get("b0"));
                GradientDescent.Point start = d.current(), next = d.step();
                answer = next.a();
                mistakes.put("sign-error", List.of(start.a() + v.get("eta") * start.gradientA()));
                mistakes.put("gave-b", List.of(next.b()));
            }
            case DESCENT_STEPS_TO_LOSS -> {
                GradientDescent d = DescentExample.descent(v.get("eta"), 8, v.get("w0"), v.get("b0"));
                while (d.current().loss() >= v.get("loss") && d.steps() < STEP_LIMIT && !d.diverged()) d.step();
                answer = d.steps();
                mistakes.put("last-above", List.of(answer - 1));
            }
            default -> throw new IllegalStateException("Unknown computation " + computation);
        }
        return new NumericTarget(answer, mistakes, null);
    }

    /** The most steps {@link Computation#DESCENT_STEPS_TO_LOSS} takes. */
    static final int STEP_LIMIT = 10_000;

    /** E_total of the 2-2-2 network with this variant's numbers and w5 moved by {@code delta}. */
    static double loss(Variant v, double delta) {
        Network network = network(v, Activation.SIGMOID, true, true);
        network.setWeight(1, 0, 0, v.get("w5") + delta);
        return network.loss(input(v), WorkedExample.target(), WorkedExample.LOSS);
    }

    /** One traced step of the 2-2-2 network with this variant's numbers (optionally without a bias). */
    static StepTrace trace(
            Variant v, Activation activation, boolean hiddenBias, boolean outputBias, BackpropVariant bp) {
        return network(v, activation, hiddenBias, outputBias)
                .traceStep(input(v), WorkedExample.target(), WorkedExample.LOSS, WorkedExample.LEARNING_RATE, bp);
    }

    private static Network network(Variant v, Activation activation, boolean hiddenBias, boolean outputBias) {
        return Network.builder(2)
                .layer(2, activation, BiasMode.SHARED_FROZEN)
                .layer(2, activation, BiasMode.SHARED_FROZEN)
                .build()
                .setWeights(0, v.get("w1"), v.get("w2"), v.get("w3"), v.get("w4"))
                .setWeights(1, v.get("w5"), v.get("w6"), v.get("w7"), v.get("w8"))
                .setBiases(0, hiddenBias ? v.get("b1") : 0)
                .setBiases(1, outputBias ? v.get("b2") : 0);
    }

    private static double[] input(Variant v) {
        return new double[] {v.get("i1"), v.get("i2")};
    }
}
