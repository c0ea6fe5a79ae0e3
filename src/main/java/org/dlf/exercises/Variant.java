package org.dlf.exercises;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlf.engine.DescentExample;

/**
 * The numbers of one learner's version of an exercise (inputs, weights, biases), with the decimals they
 * are shown with. The numbers the engine computes with are exactly the numbers the learner sees.
 */
public record Variant(Map<String, BigDecimal> values) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    public Variant {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public double get(String name) {
        BigDecimal v = values.get(name);
        if (v == null) throw new IllegalArgumentException("The variant has no value '" + name + "'");
        return v.doubleValue();
    }

    /** The prompt with every {@code {name}} replaced by this variant's number; unknown names stay. */
    public String fill(String prompt) {
        Matcher m = PLACEHOLDER.matcher(prompt);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal v = values.get(m.group(1));
            String text = v == null ? m.group() : v.toPlainString().replace('-', '−');
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The course's own example: the neuron of chapter 3, the 2-2-2 network of chapters 6 and 8 (with the
     * gradient check's step h), five layers, or chapter 7's landscape with the learning rates its text uses.
     */
    public static Variant example(Computation computation) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        switch (computation.example()) {
            case NEURON -> put(v, "x1", "1.0", "x2", "0.5", "w1", "0.4", "w2", "-0.6", "b", "0.1");
            case NETWORK, GRADIENT_CHECK -> {
                put(v, "i1", "0.05", "i2", "0.10", "w1", "0.15", "w2", "0.20", "w3", "0.25", "w4", "0.30");
                put(v, "w5", "0.40", "w6", "0.45", "w7", "0.50", "w8", "0.55", "b1", "0.35", "b2", "0.60");
                if (computation.example() == Computation.Example.GRADIENT_CHECK) put(v, "h", "0.05");
            }
            case LAYERS -> put(v, "layers", "5");
            case DESCENT_STEP -> {
                put(v, "eta", "0.20");
                start(v);
            }
            case DESCENT_RUN -> {
                put(v, "eta", "0.40");
                start(v);
                put(v, "loss", "0.05");
            }
        }
        return new Variant(v);
    }

    /** The start of chapter 7's descent, as the engine's example defines it. */
    static void start(Map<String, BigDecimal> v) {
        v.put("w0", BigDecimal.valueOf(DescentExample.START_W));
        v.put("b0", BigDecimal.valueOf(DescentExample.START_B));
    }

    private static void put(Map<String, BigDecimal> map, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], new BigDecimal(pairs[i + 1]));
    }
}
