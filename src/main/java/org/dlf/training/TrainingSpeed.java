package org.dlf.training;

/**
 * The speeds a learner picks for Play. Each trainer says what they mean in its own units ({@link Rates}):
 * epochs, samples or steps a second; {@link #FASTEST} is as fast as the server allows.
 */
public enum TrainingSpeed {
    SLOW,
    NORMAL,
    FAST,
    FASTEST;

    /** A trainer's units a second at the three paced speeds. */
    public record Rates(double slow, double normal, double fast) {

        public Rates {
            if (!(slow > 0 && slow < normal && normal < fast) || Double.isInfinite(fast)) {
                throw new IllegalArgumentException(
                        "rates must rise from slow to fast: " + slow + ", " + normal + ", " + fast);
            }
        }

        /** Units a second at this speed; 0 for {@link #FASTEST} (unpaced). */
        public double unitsPerSecond(TrainingSpeed speed) {
            return switch (speed) {
                case SLOW -> slow;
                case NORMAL -> normal;
                case FAST -> fast;
                case FASTEST -> 0;
            };
        }
    }
}
