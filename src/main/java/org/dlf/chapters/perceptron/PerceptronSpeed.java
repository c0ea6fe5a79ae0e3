package org.dlf.chapters.perceptron;

/** Pacing of Run: samples per second, or as fast as the server allows. */
public enum PerceptronSpeed {
    SLOW(2),
    NORMAL(8),
    FAST(0);

    final int samplesPerSecond;

    PerceptronSpeed(int samplesPerSecond) {
        this.samplesPerSecond = samplesPerSecond;
    }

    /** Samples a run may have presented {@code elapsedNanos} after it started; MAX_VALUE when unpaced. */
    long samplesDue(long elapsedNanos) {
        return samplesPerSecond == 0 ? Long.MAX_VALUE : 1 + elapsedNanos * samplesPerSecond / 1_000_000_000L;
    }

    /** How long after the start sample number {@code k} (0 = the first) is due: ⌈k / rate⌉ seconds. */
    long dueAfterNanos(long k) {
        return samplesPerSecond == 0 ? 0 : Math.ceilDiv(k * 1_000_000_000L, samplesPerSecond);
    }
}
