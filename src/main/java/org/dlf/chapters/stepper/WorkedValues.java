package org.dlf.chapters.stepper;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dlf.engine.Network;
import org.dlf.engine.WorkedExample;

/**
 * The numbers a learner may change in the steppers' 2-2-2 network: inputs, the eight weights, the two shared
 * biases, the targets and the learning rate. Starts at the course's worked example; every change is checked
 * against the bounds of its {@link Param} and refused with a message key (arguments: min, max). Plain Java.
 */
public final class WorkedValues {

    /** An editable number, its plain symbol, its LaTeX and its bounds. */
    public enum Param {
        I1("i_1", -10, 10),
        I2("i_2", -10, 10),
        W1("w_1", -10, 10),
        W2("w_2", -10, 10),
        W3("w_3", -10, 10),
        W4("w_4", -10, 10),
        W5("w_5", -10, 10),
        W6("w_6", -10, 10),
        W7("w_7", -10, 10),
        W8("w_8", -10, 10),
        B1("b_1", -10, 10),
        B2("b_2", -10, 10),
        /** Targets lie in [0, 1]: a sigmoid output cannot leave it. */
        T1("t_{o1}", 0, 1),
        T2("t_{o2}", 0, 1),
        /** The learning rate of the backprop step; η = 0 leaves the weights as they are. */
        ETA("\\eta", 0, 10);

        private final String tex;
        private final double min;
        private final double max;

        Param(String tex, double min, double max) {
            this.tex = tex;
            this.min = min;
            this.max = max;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        public boolean isTarget() {
            return this == T1 || this == T2;
        }

        /** Plain name, e.g. {@code w5}, {@code t_o1}, {@code eta}. */
        public String symbol() {
            return isTarget() ? "t_o" + name().charAt(1) : name().toLowerCase(Locale.ROOT);
        }

        /** The name a field shows: the symbol, and η for the learning rate. */
        public String label() {
            return this == ETA ? "η" : symbol();
        }

        public String tex() {
            return tex;
        }

        /** The message key of a refused value (arguments: min, max). */
        public String rangeKey() {
            return isTarget() ? "stepper.target-range" : this == ETA ? "stepper.rate-range" : "stepper.range";
        }

        /** Empty if {@code value} is a finite number within the bounds, else the message key. */
        public Optional<String> check(double value) {
            return Double.isFinite(value) && value >= min && value <= max ? Optional.empty() : Optional.of(rangeKey());
        }
    }

    private static final double[] COURSE = courseValues();

    private final double[] values = COURSE.clone();

    private static double[] courseValues() {
        double[] v = new double[Param.values().length];
        double[] x = WorkedExample.input();
        double[] t = WorkedExample.target();
        Network network = WorkedExample.network();
        v[Param.I1.ordinal()] = x[0];
        v[Param.I2.ordinal()] = x[1];
        for (int k = 0; k < 4; k++) {
            v[Param.W1.ordinal() + k] = network.layer(0).weight(k / 2, k % 2);
            v[Param.W5.ordinal() + k] = network.layer(1).weight(k / 2, k % 2);
        }
        v[Param.B1.ordinal()] = network.layer(0).bias(0);
        v[Param.B2.ordinal()] = network.layer(1).bias(0);
        v[Param.T1.ordinal()] = t[0];
        v[Param.T2.ordinal()] = t[1];
        v[Param.ETA.ordinal()] = WorkedExample.LEARNING_RATE;
        return v;
    }

    public double get(Param p) {
        return values[p.ordinal()];
    }

    /** Sets one value; out of bounds or not a number is refused with {@link Param#rangeKey()}. */
    public Optional<String> set(Param p, double value) {
        Optional<String> problem = p.check(value);
        if (problem.isEmpty()) {
            values[p.ordinal()] = value == 0 ? 0.0 : value; // no -0 in fields and links
        }
        return problem;
    }

    /**
     * Sets several values at once, or none: the first refused value's parameter and message key if any is
     * out of bounds.
     */
    public Optional<Map.Entry<Param, String>> setAll(Map<Param, Double> changes) {
        for (var e : changes.entrySet()) {
            Optional<String> problem = e.getKey().check(e.getValue());
            if (problem.isPresent()) {
                return Optional.of(Map.entry(e.getKey(), problem.get()));
            }
        }
        changes.forEach(this::set);
        return Optional.empty();
    }

    /** Back to the worked example's numbers. */
    public void reset() {
        System.arraycopy(COURSE, 0, values, 0, values.length);
    }

    public boolean isCourse() {
        return Arrays.equals(values, COURSE);
    }

    /** The course's value of one parameter. */
    public static double course(Param p) {
        return COURSE[p.ordinal()];
    }

    /** Every value by parameter, in order. */
    public Map<Param, Double> all() {
        Map<Param, Double> all = new EnumMap<>(Param.class);
        for (Param p : Param.values()) {
            all.put(p, get(p));
        }
        return all;
    }

    /** The 2-2-2 sigmoid network with these weights and (shared, frozen) biases. */
    public Network network() {
        return WorkedExample.network()
                .setWeights(0, get(Param.W1), get(Param.W2), get(Param.W3), get(Param.W4))
                .setWeights(1, get(Param.W5), get(Param.W6), get(Param.W7), get(Param.W8))
                .setBiases(0, get(Param.B1))
                .setBiases(1, get(Param.B2));
    }

    public double[] input() {
        return new double[] {get(Param.I1), get(Param.I2)};
    }

    public double[] target() {
        return new double[] {get(Param.T1), get(Param.T2)};
    }

    public double learningRate() {
        return get(Param.ETA);
    }

    public WorkedValues copy() {
        WorkedValues copy = new WorkedValues();
        System.arraycopy(values, 0, copy.values, 0, values.length);
        return copy;
    }
}
