package org.dlf.exercises;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Per-learner numbers for a numeric exercise, seeded by a hash of the learner id and the exercise id: the
 * same learner always sees the same numbers, different learners (almost always) different ones. Draws
 * again until every known mistake is clearly distinguishable from the right answer.
 */
public final class VariantGenerator {

    private static final int ATTEMPTS = 50;

    private VariantGenerator() {}

    public static Variant forLearner(UUID learner, String exerciseId, Computation computation, double tolerance) {
        SplittableRandom random = new SplittableRandom(seed(learner + "|" + exerciseId));
        Variant variant = Variant.example(computation);
        for (int i = 0; i < ATTEMPTS; i++) {
            Variant candidate = draw(random, computation);
            if (distinguishable(candidate, computation, tolerance)) return candidate;
            variant = candidate;
        }
        return variant;
    }

    static long seed(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Variant draw(SplittableRandom r, Computation computation) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        switch (computation.example()) {
            case NEURON -> {
                v.put("x1", value(r, -2.0, 2.0, 1));
                v.put("x2", value(r, -2.0, 2.0, 1));
                v.put("w1", value(r, -1.0, 1.0, 2));
                v.put("w2", value(r, -1.0, 1.0, 2));
                v.put("b", value(r, -1.0, 1.0, 1));
            }
            case NETWORK -> {
                v.put("i1", value(r, 0.01, 0.99, 2));
                v.put("i2", value(r, 0.01, 0.99, 2));
                for (int i = 1; i <= 8; i++) v.put("w" + i, value(r, 0.05, 0.95, 2));
                v.put("b1", value(r, 0.10, 0.90, 2));
                v.put("b2", value(r, 0.10, 0.90, 2));
            }
            case GRADIENT_CHECK -> {
                return Variant.example(computation); // the same numbers for everyone (see Example)
            }
            case LAYERS -> v.put("layers", BigDecimal.valueOf(5 + r.nextInt(4)));
            case DESCENT_STEP -> {
                v.put("eta", value(r, 0.10, 0.90, 2));
                Variant.start(v);
            }
            case DESCENT_RUN -> {
                // from very slow to just below the zig-zag: 68 to 11 steps
                v.put("eta", value(r, 0.05, 0.30, 2));
                Variant.start(v);
                v.put("loss", new BigDecimal("0.05"));
            }
        }
        return new Variant(v);
    }

    private static BigDecimal value(SplittableRandom r, double min, double max, int decimals) {
        return BigDecimal.valueOf(min + r.nextDouble() * (max - min)).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Every mistake value, and the course example's answer, lies well outside the tolerance. */
    static boolean distinguishable(Variant v, Computation computation, double tolerance) {
        NumericTarget target = Computations.evaluate(computation, v);
        double margin = 10 * tolerance;
        boolean mistakesApart = target.mistakes().values().stream()
                .flatMap(java.util.List::stream)
                .allMatch(m -> Math.abs(m - target.answer()) > margin);
        Double example = target.exampleAnswer();
        return mistakesApart && (example == null || Math.abs(example - target.answer()) > margin);
    }
}
