package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradientDescentTest {
    private static final double EXACT = 1e-13;

    private static GradientDescent quadratic(double start, double rate, int cap) {
        return new GradientDescent(BuiltInFunction.QUADRATIC, start, rate, 0.00001, cap);
    }

    @Test
    void reproducesTheWorkedQuadraticFromFour() {
        GradientDescent gd = quadratic(4, 0.01, 10000);
        for (int i = 0; i < 3; i++) {
            assertEquals(GradientDescent.Status.RUNNING, gd.step());
        }
        assertEquals(4, gd.x(0), 0.0);
        assertEquals(3.96, gd.x(1), EXACT);
        assertEquals(3.9208, gd.x(2), EXACT);
        // x_k − 2 = 2 · 0.98^k, so x3 = 3.882384. DESIGN.md's "3.841600…" is f(x1) = 1.96² = 3.8416, below.
        assertEquals(3.882384, gd.x(3), EXACT);
        assertEquals(3.8416, gd.value(1), EXACT);
        assertEquals(4, gd.value(0), 0.0);
        assertEquals(4, gd.derivative(0), 0.0);
        assertEquals(3.92, gd.derivative(1), EXACT);
    }

    @Test
    void reproducesTheWorkedQuadraticFromZero() {
        GradientDescent gd = quadratic(0, 0.01, 10000);
        gd.step();
        gd.step();
        gd.step();
        assertArrayEquals(new double[] {0, 0.04, 0.0792, 0.117616}, gd.xs(), EXACT);
        assertEquals(4, gd.rowCount());
        assertEquals(3, gd.steps());
    }

    @Test
    void reproducesTheWorkedQuarticFromSix() {
        GradientDescent gd = new GradientDescent(BuiltInFunction.QUARTIC, 6, 0.01, 0.00001, 10000);
        assertEquals(GradientDescent.Status.CONVERGED, gd.run());
        assertTrue(Math.abs(gd.x() - 2.2499646) < 1e-6, "x = " + gd.x());
        // Measured on the JVM: 70 steps, x = 2.2499646074278457.
        assertEquals(70, gd.steps());
        assertEquals(2.2499646074278457, gd.x(), 1e-12);
        assertTrue(Math.abs(gd.x(70) - gd.x(69)) < 0.00001);
        assertTrue(Math.abs(gd.x(69) - gd.x(68)) >= 0.00001);
    }

    @Test
    void tinyRateCrawlsAndHitsTheCap() {
        GradientDescent gd = quadratic(4, 0.01, 100);
        assertEquals(GradientDescent.Status.CAP_REACHED, gd.run());
        assertEquals(100, gd.steps());
        assertEquals(2 + 2 * Math.pow(0.98, 100), gd.x(), 1e-12);
    }

    @Test
    void goodRateConverges() {
        GradientDescent gd = quadratic(4, 0.1, 100);
        assertEquals(GradientDescent.Status.CONVERGED, gd.run());
        assertTrue(gd.steps() < 60, "steps " + gd.steps());
        assertEquals(2, gd.x(), 1e-4);
    }

    @Test
    void halfRateJumpsToTheMinimumInOneStep() {
        GradientDescent gd = quadratic(4, 0.5, 100);
        assertEquals(GradientDescent.Status.RUNNING, gd.step());
        assertEquals(2.0, gd.x(), 0.0);
        assertEquals(GradientDescent.Status.CONVERGED, gd.step());
        assertEquals(2, gd.steps());
    }

    @Test
    void unitRateOscillatesUntilTheCap() {
        GradientDescent gd = quadratic(4, 1.0, 50);
        assertEquals(GradientDescent.Status.CAP_REACHED, gd.run());
        for (int k = 0; k <= 50; k++) {
            assertEquals(k % 2 == 0 ? 4.0 : 0.0, gd.x(k), 0.0, "row " + k);
        }
    }

    @Test
    void largeRateDiverges() {
        GradientDescent gd = quadratic(4, 1.1, 10000);
        assertEquals(GradientDescent.Status.DIVERGED, gd.run());
        // x_k − 2 = 2 · (−1.2)^k passes 1e12 at k = 148.
        assertEquals(148, gd.steps());
        assertTrue(Math.abs(gd.x()) > GradientDescent.DIVERGENCE_LIMIT);
        assertTrue(Math.abs(gd.x(147)) <= GradientDescent.DIVERGENCE_LIMIT);
    }

    @Test
    void nonFiniteValueIsDivergence() {
        Function1D log = new Function1D() {
            @Override
            public double value(double x) {
                return Math.log(x);
            }

            @Override
            public double derivative(double x) {
                return 1 / x;
            }

            @Override
            public String name() {
                return "ln x";
            }
        };
        assertEquals(GradientDescent.Status.DIVERGED, new GradientDescent(log, -1, 0.1, 0, 10).status());
        GradientDescent gd = new GradientDescent(log, 0.5, 1, 0, 10);
        // 0.5 − 1/0.5 = −1.5, where ln is NaN.
        assertEquals(GradientDescent.Status.DIVERGED, gd.step());
        assertEquals(-1.5, gd.x(), 0.0);
        assertTrue(Double.isNaN(gd.value(1)));
    }

    @Test
    void zeroThresholdNeverConverges() {
        GradientDescent gd = new GradientDescent(BuiltInFunction.QUADRATIC, 4, 0.5, 0, 20);
        assertEquals(GradientDescent.Status.CAP_REACHED, gd.run());
    }

    @Test
    void tableGrowsPastItsFirstCapacity() {
        GradientDescent gd = new GradientDescent(BuiltInFunction.QUADRATIC, 4, 0.001, 0, 5000);
        gd.run();
        assertEquals(5001, gd.rowCount());
        assertEquals(2 + 2 * Math.pow(0.998, 5000), gd.x(), 1e-9);
        assertEquals(gd.x(4999) - 0.001 * gd.derivative(4999), gd.x(5000), 0.0);
    }

    @Test
    void resetStartsOver() {
        GradientDescent gd = quadratic(4, 0.1, 100);
        gd.run();
        gd.reset();
        assertEquals(GradientDescent.Status.RUNNING, gd.status());
        assertEquals(0, gd.steps());
        assertEquals(4, gd.x(), 0.0);
    }

    @Test
    void refusesToStepWhenFinished() {
        GradientDescent gd = quadratic(4, 0.5, 100);
        gd.run();
        assertEquals("the run has finished: CONVERGED after 2 steps",
                assertThrows(IllegalStateException.class, gd::step).getMessage());
    }

    @Test
    void rejectsBadArguments() {
        Function1D f = BuiltInFunction.QUADRATIC;
        assertEquals("learningRate (0.0) must be finite and > 0",
                assertThrows(IllegalArgumentException.class, () -> new GradientDescent(f, 0, 0, 0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(f, 0, Double.NaN, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(f, Double.NaN, 0.1, 0, 1));
        assertEquals("threshold (-1.0) must be >= 0",
                assertThrows(IllegalArgumentException.class, () -> new GradientDescent(f, 0, 0.1, -1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(f, 0, 0.1, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(f, 0, 0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(null, 0, 0.1, 0, 1));
        GradientDescent gd = quadratic(4, 0.1, 10);
        assertEquals("row (1) must be in [0, 0]",
                assertThrows(IllegalArgumentException.class, () -> gd.x(1)).getMessage());
    }
}
