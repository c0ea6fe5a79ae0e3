package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpTest {

    private static double reference(double x) {
        return 1.0 + StrictMath.exp(x);
    }

    /** The largest distance to 1 + StrictMath.exp, in units in the last place, over random x in [lo, hi). */
    private static double worstUlps(double lo, double hi, int samples) {
        SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(lo));
        double worst = 0;
        for (int i = 0; i < samples; i++) {
            double x = random.nextDouble(lo, hi);
            double expected = reference(x);
            worst = Math.max(worst, Math.abs(Exp.onePlusExp(x) - expected) / Math.ulp(expected));
        }
        return worst;
    }

    @Test
    void staysWithinTwoUlpsOfStrictMathWhereverTheActivationsUseIt() {
        assertTrue(worstUlps(-1e-3, 1e-3, 200_000) <= 2.0);
        assertTrue(worstUlps(-1, 1, 1_000_000) <= 2.0);
        assertTrue(worstUlps(-40, 40, 1_000_000) <= 2.0);
        assertTrue(worstUlps(-699.9, 699.9, 500_000) <= 2.0);
    }

    @Test
    void isExactAtZeroAndCloseAtOneAndLn2() {
        assertEquals(2.0, Exp.onePlusExp(0.0));
        assertEquals(2.0, Exp.onePlusExp(-0.0));
        assertEquals(1.0 + Math.E, Exp.onePlusExp(1.0), 2 * Math.ulp(1.0 + Math.E));
        assertEquals(3.0, Exp.onePlusExp(Math.log(2.0)), 2 * Math.ulp(3.0));
    }

    @Test
    void defersToStrictMathAtTheEdges() {
        for (double x :
                new double[] {700, -700, 709.78, 710, -745.1, -746, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE
                }) {
            assertEquals(reference(x), Exp.onePlusExp(x), "x = " + x);
        }
        assertEquals(Double.POSITIVE_INFINITY, Exp.onePlusExp(Double.POSITIVE_INFINITY));
        assertEquals(1.0, Exp.onePlusExp(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Exp.onePlusExp(Double.NaN)));
    }

    @Test
    void justInsideTheEdgesItIsStillFiniteAndClose() {
        for (double x : new double[] {699.999, -699.999, 1e-300, -1e-300, Double.MIN_VALUE}) {
            double expected = reference(x);
            assertEquals(expected, Exp.onePlusExp(x), 2 * Math.ulp(expected), "x = " + x);
        }
    }
}
