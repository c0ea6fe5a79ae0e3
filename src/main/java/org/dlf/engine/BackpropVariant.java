package org.dlf.engine;

/**
 * How a traced step back-propagates. CORRECT computes every gradient with the original weights
 * and then updates all weights at once. The other constants are known mistakes that exercises
 * can recognise by their numbers.
 */
public enum BackpropVariant {
    /** All gradients from the original weights, then one simultaneous update. */
    CORRECT(false),
    /**
     * Mistake: each layer's weights are updated as soon as its gradients are known, and the δ of
     * the layer below is then propagated through the already-updated weights. On the 2-2-2 example
     * this gives E = 0.291027924… after one step (the source's figure) instead of 0.291027774….
     */
    HIDDEN_DELTAS_FROM_UPDATED_WEIGHTS(true);

    private final boolean mistake;

    BackpropVariant(boolean mistake) {
        this.mistake = mistake;
    }

    public boolean isMistake() {
        return mistake;
    }
}
