package org.dlf.engine;

import java.util.List;

/**
 * Everything one training step computed: per layer the forward values, the backward factors and
 * the weights before and after the update. {@code lossAfter} is the same sample's loss with the
 * updated weights.
 */
public record StepTrace(
        double[] input,
        double[] target,
        Loss loss,
        double learningRate,
        BackpropVariant variant,
        List<LayerTrace> layers,
        double lossBefore,
        double lossAfter) {

    public LayerTrace layer(int l) {
        return layers.get(l);
    }

    public LayerTrace outputLayer() {
        return layers.get(layers.size() - 1);
    }

    /** The network's outputs before the update. */
    public double[] output() {
        return outputLayer().output();
    }

    /** Output j's contribution to the loss (E_o1, E_o2 … in the worked example). */
    public double outputLoss(int j) {
        double[] o = output();
        return loss.term(o[j], target[j], o.length);
    }

    /**
     * The three chain-rule factors of ∂E/∂w for the weight from input {@code i} to neuron {@code j}
     * of layer {@code l}.
     */
    public ChainRule chainRule(int l, int j, int i) {
        LayerTrace t = layers.get(l);
        return new ChainRule(t.dLossdOutput()[j], t.dOutputdNet()[j], t.input()[i]);
    }

    /** ∂E/∂w = ∂E/∂out · ∂out/∂net · ∂net/∂w. */
    public record ChainRule(double dLossdOutput, double dOutputdNet, double dNetdWeight) {
        public double product() {
            return dLossdOutput * dOutputdNet * dNetdWeight;
        }
    }
}
