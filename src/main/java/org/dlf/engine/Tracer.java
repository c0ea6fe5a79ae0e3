package org.dlf.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link StepTrace}: the same arithmetic, in the same order, as the fast path. Its arguments
 * were checked by {@link Network#traceStep}.
 */
final class Tracer {
    private Tracer() {}

    static StepTrace step(
            Network network,
            Layer[] layers,
            double[] x,
            double[] target,
            Loss loss,
            double eta,
            BackpropVariant variant) {
        int count = layers.length;
        double[][] input = new double[count][], net = new double[count][], out = new double[count][];
        double[] a = x.clone();
        for (int l = 0; l < count; l++) {
            Layer y = layers[l];
            input[l] = a;
            net[l] = new double[y.size];
            out[l] = new double[y.size];
            for (int j = 0, k = 0; j < y.size; j++) {
                double s = 0;
                for (int i = 0; i < y.inputs; i++, k++) s += y.weights[k] * a[i];
                net[l][j] = s + y.biases[j];
                out[l][j] = y.activation.apply(net[l][j]);
            }
            a = out[l];
        }
        int n = target.length;
        double lossBefore = 0;
        double[][] dOut = new double[count][];
        dOut[count - 1] = new double[n];
        for (int j = 0; j < n; j++) {
            lossBefore += loss.term(a[j], target[j], n);
            dOut[count - 1][j] = loss.derivative(a[j], target[j], n);
        }
        double[][] wBefore = new double[count][], bBefore = new double[count][];
        for (int l = 0; l < count; l++) {
            wBefore[l] = layers[l].weights.clone();
            bBefore[l] = layers[l].biases.clone();
        }
        double[][] dNet = new double[count][], delta = new double[count][], gW = new double[count][];
        for (int l = count - 1; l >= 0; l--) {
            Layer y = layers[l];
            dNet[l] = new double[y.size];
            delta[l] = new double[y.size];
            gW[l] = new double[y.weights.length];
            for (int j = 0, k = 0; j < y.size; j++) {
                dNet[l][j] = y.activation.derivative(net[l][j], out[l][j]);
                delta[l][j] = dOut[l][j] * dNet[l][j];
                for (int i = 0; i < y.inputs; i++, k++) gW[l][k] = delta[l][j] * input[l][i];
            }
            if (variant == BackpropVariant.HIDDEN_DELTAS_FROM_UPDATED_WEIGHTS) {
                update(y, gW[l], delta[l], eta);
            }
            if (l > 0) {
                double[] prev = new double[y.inputs];
                for (int j = 0, k = 0; j < y.size; j++) {
                    for (int i = 0; i < y.inputs; i++, k++) prev[i] += y.weights[k] * delta[l][j];
                }
                dOut[l - 1] = prev;
            }
        }
        if (variant == BackpropVariant.CORRECT) {
            for (int l = 0; l < count; l++) update(layers[l], gW[l], delta[l], eta);
        }
        List<LayerTrace> traces = new ArrayList<>(count);
        for (int l = 0; l < count; l++) {
            Layer y = layers[l];
            traces.add(new LayerTrace(
                    l,
                    y.activation,
                    y.biasMode,
                    input[l],
                    net[l],
                    out[l],
                    dOut[l],
                    dNet[l],
                    delta[l],
                    gW[l],
                    delta[l].clone(),
                    wBefore[l],
                    y.weights.clone(),
                    bBefore[l],
                    y.biases.clone()));
        }
        double lossAfter = network.loss(x, target, loss);
        return new StepTrace(x.clone(), target.clone(), loss, eta, variant, List.copyOf(traces), lossBefore, lossAfter);
    }

    private static void update(Layer y, double[] gW, double[] delta, double eta) {
        for (int k = 0; k < gW.length; k++) y.weights[k] = y.weights[k] - eta * gW[k];
        if (y.biasMode.isTrainable()) {
            if (y.biasMode.isShared()) {
                double s = 0;
                for (double d : delta) s += d;
                java.util.Arrays.fill(y.biases, y.biases[0] - eta * s);
            } else {
                for (int j = 0; j < y.size; j++) y.biases[j] = y.biases[j] - eta * delta[j];
            }
        }
    }
}
