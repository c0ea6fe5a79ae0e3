package org.dlf.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * 1 + e^x for the sigmoid and tanh activations, written in plain Java arithmetic so that it is inlined
 * where it is used and gives the same bits on every JVM and CPU.
 *
 * <p>Why not {@link Math#exp}: HotSpot compiles it to a call into a native stub, and every value the
 * caller keeps in registers is saved and restored around that call. In the training loops, where two
 * sigmoid layers form one long chain of dependent operations per step, that costs about a sixth of the
 * time (docs/benchmarks.md, engine (a)).
 *
 * <p>Method (Tang's table method): x = (64k + j)·ln2/64 + r with |r| ≤ ln2/128, so e^x = 2^k · 2^{j/64} ·
 * e^r; 2^{j/64} comes from a table held as a pair hi + lo (together ~107 bits), and e^r − 1 from its
 * Taylor polynomial of degree 5 (the first omitted term, r⁶/720, is below 3.5e-17), evaluated in two
 * halves at once. The operations are ordered for a short chain of dependent steps: the reduction's
 * low part, the scaled table entry and the "1 +" are computed beside the polynomial. Outside |x| < 700,
 * where e^x overflows, underflows or is subnormal, and for NaN, it defers to StrictMath.
 */
final class Exp {

    private Exp() {}

    private static final int N = 64;
    private static final double[] HI = new double[N];
    private static final double[] LO = new double[N];
    private static final double N_OVER_LN2;
    /** ln2/64 split as LN2_HI + LN2_LO, LN2_HI with its low 28 bits zero, so kj·LN2_HI is exact. */
    private static final double LN2_HI;

    private static final double LN2_LO;
    /** 1.5·2^52: adding it rounds a double of magnitude < 2^51 to an integer held in the low bits. */
    private static final double SHIFT = 0x1.8p52;

    static {
        MathContext mc = new MathContext(40);
        BigDecimal ln2 = new BigDecimal("0.6931471805599453094172321214581765680755");
        BigDecimal step = ln2.divide(BigDecimal.valueOf(N), mc);
        N_OVER_LN2 = BigDecimal.valueOf(N).divide(ln2, mc).doubleValue();
        LN2_HI = Double.longBitsToDouble(Double.doubleToRawLongBits(step.doubleValue()) & 0xFFFF_FFFF_F000_0000L);
        LN2_LO = step.subtract(new BigDecimal(LN2_HI)).doubleValue();
        for (int j = 0; j < N; j++) {
            BigDecimal t = twoToThe(j, mc);
            HI[j] = t.doubleValue();
            LO[j] = t.subtract(new BigDecimal(HI[j])).doubleValue();
        }
    }

    /** 2^{j/64} to 40 digits: Newton's method on y⁶⁴ = 2^j, from the double estimate. */
    private static BigDecimal twoToThe(int j, MathContext mc) {
        BigDecimal target = BigDecimal.valueOf(2).pow(j);
        BigDecimal y = new BigDecimal(StrictMath.pow(2, j / (double) N));
        for (int i = 0; i < 4; i++) {
            BigDecimal y63 = y.pow(N - 1, mc);
            y = y.subtract(y.multiply(y63, mc).subtract(target).divide(y63.multiply(BigDecimal.valueOf(N)), mc), mc);
        }
        return y;
    }

    /** 1 + e^x, within 2 ulp of {@code 1 + StrictMath.exp(x)}: the denominator of sigmoid and tanh. */
    static double onePlusExp(double x) {
        if (!(Math.abs(x) < 700)) return 1.0 + StrictMath.exp(x);
        double z = x * N_OVER_LN2 + SHIFT;
        long bits = Double.doubleToRawLongBits(z); // low bits: kj = 64k + j, two's complement
        double kj = z - SHIFT;
        double r = Math.fma(-kj, LN2_HI, x) - kj * LN2_LO;
        int j = (int) bits & (N - 1);
        double scale = Double.longBitsToDouble(((bits >> 6) + 1023) << 52); // 2^k: only k's low bits survive
        double hi = HI[j] * scale, lo = LO[j] * scale; // exact: scale is a power of two
        double r2 = r * r;
        double a = Math.fma(r, 1.0 / 6, 0.5), b = Math.fma(r, 1.0 / 120, 1.0 / 24);
        double p = Math.fma(r2, Math.fma(r2, b, a), r); // e^r − 1
        return (1.0 + hi) + Math.fma(hi, p, lo);
    }
}
