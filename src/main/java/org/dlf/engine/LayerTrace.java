package org.dlf.engine;

/**
 * One layer of a {@link StepTrace}. Arrays are per neuron j, except the weight arrays which are
 * flat row-major (input i → neuron j at {@code j * input.length + i}). The arrays belong to the
 * trace; treat them as read-only.
 *
 * @param input          the layer's inputs (the previous layer's outputs)
 * @param net            net_j = Σ_i w_ji·in_i + b_j
 * @param output         out_j = f(net_j)
 * @param dLossdOutput   ∂E/∂out_j
 * @param dOutputdNet    ∂out_j/∂net_j = f'(net_j)
 * @param delta          δ_j = ∂E/∂net_j
 * @param weightGradients ∂E/∂w_ji = δ_j · in_i
 * @param biasGradients  ∂E/∂b_j = δ_j (a shared bias gets their sum, {@link #sharedBiasGradient()})
 */
public record LayerTrace(
        int index,
        Activation activation,
        BiasMode biasMode,
        double[] input,
        double[] net,
        double[] output,
        double[] dLossdOutput,
        double[] dOutputdNet,
        double[] delta,
        double[] weightGradients,
        double[] biasGradients,
        double[] weightsBefore,
        double[] weightsAfter,
        double[] biasesBefore,
        double[] biasesAfter) {

    public int size() {
        return net.length;
    }

    public double weightGradient(int j, int i) {
        return weightGradients[j * input.length + i];
    }

    public double weightBefore(int j, int i) {
        return weightsBefore[j * input.length + i];
    }

    public double weightAfter(int j, int i) {
        return weightsAfter[j * input.length + i];
    }

    /** ∂E/∂b for a bias shared by the whole layer: Σ_j δ_j. */
    public double sharedBiasGradient() {
        double s = 0;
        for (double d : biasGradients) s += d;
        return s;
    }
}
