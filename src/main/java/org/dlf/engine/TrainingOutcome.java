package org.dlf.engine;

/** How a call to {@link Trainer#train} or {@link Trainer#runUntil} ended. */
public record TrainingOutcome(Reason reason, int epochsRun, EpochResult last, Divergence divergence) {

    public enum Reason {
        /** The requested number of epochs ran. */
        EPOCHS_DONE,
        /** The stop predicate held. */
        CONDITION_MET,
        /** The cancel flag was raised (checked between batches). */
        CANCELLED,
        /** A loss or parameter became NaN or infinite; the network was restored. */
        DIVERGED
    }

    /**
     * Where training first produced a non-finite value. {@code what} names it, e.g.
     * "loss of batch 3" or "weight (1, 0) of layer 2 = Infinity". The network was restored to the
     * parameters it had after epoch {@code restoredToEpoch}.
     */
    public record Divergence(int epoch, String what, int restoredToEpoch) {
        @Override
        public String toString() {
            return "diverged in epoch " + epoch + ": " + what + " is not finite; restored the weights after epoch "
                    + restoredToEpoch;
        }
    }

    @Override
    public String toString() {
        return switch (reason) {
            case EPOCHS_DONE -> "ran " + epochsRun + " epochs";
            case CONDITION_MET -> "stop condition met after " + epochsRun + " epochs";
            case CANCELLED -> "cancelled after " + epochsRun + " epochs";
            case DIVERGED -> divergence.toString();
        };
    }
}
