package org.dlf.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The gaps between one session's consecutive frames, all sessions together: how evenly a learner sees the
 * charts move. Two frames less than 100 ms apart look like one update.
 */
final class FrameGaps {

    private final List<Double> millis = new ArrayList<>();

    /** Adds the gaps of one session's frame times ({@link System#nanoTime()}, in order). */
    void add(List<Long> times) {
        for (int i = 1; i < times.size(); i++) {
            millis.add((times.get(i) - times.get(i - 1)) / 1e6);
        }
    }

    /** p5, p50, p95, max and the share under 100 ms, as one line. */
    String summary() {
        double[] g = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (g.length == 0) {
            return "none (fewer than two frames a session)";
        }
        long under = Arrays.stream(g).filter(v -> v < 100).count();
        return String.format(
                "n=%d p5 %.0f p50 %.0f p95 %.0f max %.0f; under 100 ms: %.1f%%",
                g.length,
                g[(int) (g.length * 0.05)],
                g[g.length / 2],
                g[(int) Math.ceil(g.length * 0.95) - 1],
                g[g.length - 1],
                100.0 * under / g.length);
    }
}
