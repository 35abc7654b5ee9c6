package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class ExponentialTest {
    /** Fails on the first argument whose result differs from StrictMath's in any bit. */
    private static void assertSameBitsAsStrictMath(double x) {
        double expected = StrictMath.exp(x);
        double actual = Exponential.exp(x);
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            fail("exp(" + x + ") = " + actual + ", StrictMath gives " + expected);
        }
    }

    @Test
    void equalsStrictMathOnAFineGridOverTheWholeRange() {
        // 3 million evenly spaced arguments from −760 to 760, through overflow, underflow and subnormals.
        int n = 3_000_000;
        for (int i = 0; i <= n; i++) {
            assertSameBitsAsStrictMath(-760 + 1520.0 * i / n);
        }
    }

    @Test
    void equalsStrictMathOnRandomArgumentsOfEveryScale() {
        SeededRandom random = new SeededRandom(12345);
        for (int i = 0; i < 2_000_000; i++) {
            // Magnitudes from 2^−60 to 2^10, both signs: every branch of the reductions.
            double magnitude = Math.pow(2, random.nextDouble(-60, 10));
            assertSameBitsAsStrictMath(random.nextDouble() < 0.5 ? -magnitude : magnitude);
        }
    }

    @Test
    void equalsStrictMathWhereTheNetworkUsesIt() {
        // σ calls exp(−|z|): a million arguments in [−40, 0].
        SeededRandom random = new SeededRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            assertSameBitsAsStrictMath(random.nextDouble(-40, 0));
        }
    }

    @Test
    void equalsStrictMathAtTheBranchBoundaries() {
        double[] edges = {0x1.62e43p-2, 0x1.0a2b2p0, 0x1p-28, 0x1.62e42p9,
            7.09782712893383973096e+02, -7.45133219101941108420e+02, Math.log(2) / 2, 1.5 * Math.log(2),
            -708.39, -709.5, -744.4, -745.1, 709.7, 709.78, 20 * Math.log(2), 56 * Math.log(2), Double.MIN_VALUE,
            Double.MIN_NORMAL, 1e-300, 0.25, 1, 2};
        for (double edge : edges) {
            for (double x : new double[] {edge, Math.nextUp(edge), Math.nextDown(edge)}) {
                assertSameBitsAsStrictMath(x);
                assertSameBitsAsStrictMath(-x);
            }
        }
    }

    @Test
    void handlesSpecialValues() {
        assertEquals(Double.NaN, Exponential.exp(Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, Exponential.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Exponential.exp(Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, Exponential.exp(710));
        assertEquals(0.0, Exponential.exp(-746));
        assertEquals(Double.MIN_VALUE, Exponential.exp(-745));
        assertEquals(1.0, Exponential.exp(0.0));
        assertEquals(1.0, Exponential.exp(-0.0));
        // fdlibm's (and StrictMath's) e^1 is one ulp above the double nearest e, within its 1-ulp bound.
        assertEquals(Math.nextUp(Math.E), Exponential.exp(1));
    }
}
