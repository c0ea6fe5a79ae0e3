package org.dlf.engine;

/**
 * How a layer's biases behave. Per-neuron biases are the usual case; SHARED keeps one value for
 * the whole layer (the 2-2-2 worked example's b1 and b2): its gradient is the sum of the layer's δ.
 */
public enum BiasMode {
    /** One trainable bias per neuron. */
    PER_NEURON(false, true),
    /** One bias per neuron, never updated. */
    PER_NEURON_FROZEN(false, false),
    /** One trainable bias shared by every neuron of the layer. */
    SHARED(true, true),
    /** One bias shared by every neuron of the layer, never updated. */
    SHARED_FROZEN(true, false);

    private final boolean shared;
    private final boolean trainable;

    BiasMode(boolean shared, boolean trainable) {
        this.shared = shared;
        this.trainable = trainable;
    }

    public boolean isShared() {
        return shared;
    }

    public boolean isTrainable() {
        return trainable;
    }
}
