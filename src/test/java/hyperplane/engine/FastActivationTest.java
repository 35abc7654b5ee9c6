package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastActivationTest {
    @Test
    void tanhStaysWithinItsStatedErrorEverywhere() {
        double worst = 0;
        for (int i = -1_200_000; i <= 1_200_000; i++) {
            double z = i * 1e-5; // −12 .. 12, a hundred points inside every table step
            worst = Math.max(worst, Math.abs(FastActivation.tanh(z) - StrictMath.tanh(z)));
        }
        assertTrue(worst < FastActivation.TANH_MAX_ERROR, "max error " + worst);
        // And the bound is not loose by orders of magnitude: linear interpolation really errs about h²/8·0.77.
        assertTrue(worst > 2.0e-5, "max error " + worst);
    }

    @Test
    void sigmoidStaysWithinHalfTheTanhError() {
        double worst = 0;
        for (int i = -1_000_000; i <= 1_000_000; i++) {
            double z = i * 2e-5;
            worst = Math.max(worst, Math.abs(FastActivation.sigmoid(z) - Activation.SIGMOID.value(z)));
        }
        assertTrue(worst < FastActivation.TANH_MAX_ERROR / 2, "max error " + worst);
    }

    @Test
    void isExactAtTableNodesAndZero() {
        assertEquals(0.0, FastActivation.tanh(0), 0);
        assertEquals(Activation.tanh(0.5), FastActivation.tanh(0.5), 0);
        assertEquals(-Activation.tanh(3.25), FastActivation.tanh(-3.25), 0);
        assertEquals(0.5, FastActivation.sigmoid(0), 0);
    }

    @Test
    void isOddAndMonotone() {
        double previous = -1;
        for (int i = -100_000; i <= 100_000; i++) {
            double z = i * 1.1e-4;
            double t = FastActivation.tanh(z);
            assertEquals(-t, FastActivation.tanh(-z), 0, "z = " + z);
            assertTrue(t >= previous, "z = " + z);
            previous = t;
        }
    }

    @Test
    void saturatesAndPassesNaN() {
        assertEquals(1.0, FastActivation.tanh(8), 0);
        assertEquals(-1.0, FastActivation.tanh(-1e308), 0);
        assertEquals(1.0, FastActivation.tanh(Double.POSITIVE_INFINITY), 0);
        assertEquals(-1.0, FastActivation.tanh(Double.NEGATIVE_INFINITY), 0);
        assertEquals(1.0, FastActivation.sigmoid(Double.POSITIVE_INFINITY), 0);
        assertEquals(0.0, FastActivation.sigmoid(Double.NEGATIVE_INFINITY), 0);
        assertTrue(Double.isNaN(FastActivation.tanh(Double.NaN)));
        assertTrue(Double.isNaN(FastActivation.sigmoid(Double.NaN)));
    }
}
