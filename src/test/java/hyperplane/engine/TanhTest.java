package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The engine's tanh ({@link Exponential#tanh}) against a 50-digit reference, and its shape. */
class TanhTest {
    private static final MathContext DIGITS = new MathContext(50);
    private static final double MAX_ULPS = 1.3;

    /** e^x to about 45 digits: halve x below 1/100, sum the Taylor series, square back. */
    private static BigDecimal exp(BigDecimal x) {
        int halvings = 0;
        BigDecimal small = new BigDecimal("0.01");
        while (x.abs().compareTo(small) > 0) {
            x = x.divide(BigDecimal.valueOf(2), DIGITS);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int i = 1; i < 30; i++) {
            term = term.multiply(x, DIGITS).divide(BigDecimal.valueOf(i), DIGITS);
            sum = sum.add(term, DIGITS);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, DIGITS);
        }
        return sum;
    }

    /** tanh z = (e^(2z) − 1)/(e^(2z) + 1), exactly enough to judge a double to a hundredth of an ulp. */
    private static BigDecimal reference(double z) {
        if (Math.abs(z) < 1e-3) {
            // z − z³/3 + 2z⁵/15 − 17z⁷/315: the next term is below 10⁻²⁴ of z, where e^(2z) − 1 would cancel.
            BigDecimal x = new BigDecimal(z);
            BigDecimal x2 = x.multiply(x, DIGITS);
            BigDecimal series = BigDecimal.valueOf(-17).divide(BigDecimal.valueOf(315), DIGITS);
            series = series.multiply(x2, DIGITS).add(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(15), DIGITS));
            series = series.multiply(x2, DIGITS).add(BigDecimal.ONE.divide(BigDecimal.valueOf(-3), DIGITS));
            return series.multiply(x2, DIGITS).add(BigDecimal.ONE).multiply(x, DIGITS);
        }
        BigDecimal e = exp(new BigDecimal(z).multiply(BigDecimal.valueOf(2)));
        return e.subtract(BigDecimal.ONE).divide(e.add(BigDecimal.ONE), DIGITS);
    }

    /** The error of tanh(z) in ulps of the true value. */
    private static double ulpError(double z) {
        BigDecimal exact = reference(z);
        double ulp = Math.ulp(exact.doubleValue());
        return new BigDecimal(Exponential.tanh(z)).subtract(exact).abs().doubleValue() / ulp;
    }

    @Test
    void errsByLessThanOnePointThreeUlpsAtEveryScale() {
        SeededRandom random = new SeededRandom(2026);
        double[] bounds = {1e-300, 1e-8, 0.1, 0.5, 0.625, 0.8, 1.5, 4, 10, 19.1, 30};
        for (int b = 0; b + 1 < bounds.length; b++) {
            double worst = 0;
            double worstZ = 0;
            for (int i = 0; i < 1500; i++) {
                // Log-uniform within each band, both signs.
                double m = bounds[b] * Math.pow(bounds[b + 1] / bounds[b], random.nextDouble());
                double z = random.nextDouble() < 0.5 ? -m : m;
                double error = ulpError(z);
                if (error > worst) {
                    worst = error;
                    worstZ = z;
                }
            }
            assertTrue(worst < MAX_ULPS, "in [" + bounds[b] + ", " + bounds[b + 1] + "] tanh(" + worstZ + ") errs by "
                    + worst + " ulp");
        }
    }

    @Test
    void errsByLessThanOnePointThreeUlpsAroundTheBranchPoints() {
        for (double edge : new double[] {0.625, 19.1}) {
            double z = edge;
            for (int i = 0; i < 200; i++) {
                z = Math.nextDown(z);
            }
            for (int i = 0; i < 400; i++, z = Math.nextUp(z)) {
                assertTrue(ulpError(z) < MAX_ULPS, "tanh(" + z + ")");
            }
        }
    }

    @Test
    void isOddBoundedAndNonDecreasing() {
        double previous = -1;
        for (double z = -25; z <= 25; z += 0.000731) {
            double t = Exponential.tanh(z);
            assertEquals(-t, Exponential.tanh(-z), 0, "odd at " + z);
            assertTrue(t >= -1 && t <= 1, "bounded at " + z);
            assertTrue(t >= previous, "non-decreasing at " + z);
            previous = t;
        }
        // Across the switch from the rational form to the exponential, ulp by ulp.
        double z = Math.nextDown(Math.nextDown(0.625));
        for (int i = 0; i < 4; i++, z = Math.nextUp(z)) {
            assertTrue(Exponential.tanh(Math.nextUp(z)) >= Exponential.tanh(z), "at " + z);
        }
    }

    @Test
    void handlesSpecialValues() {
        assertEquals(Double.NaN, Exponential.tanh(Double.NaN));
        assertEquals(1.0, Exponential.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Exponential.tanh(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, Exponential.tanh(1e308));
        assertEquals(-1.0, Exponential.tanh(-19.1));
        assertEquals(0.0, Exponential.tanh(0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Exponential.tanh(-0.0)));
        // Full relative precision for tiny arguments: tanh z = z to the last bit below 2^−27.
        assertEquals(1e-300, Exponential.tanh(1e-300));
        assertEquals(-Double.MIN_VALUE, Exponential.tanh(-Double.MIN_VALUE));
        assertEquals(-3e-9, Exponential.tanh(-3e-9));
    }
}
