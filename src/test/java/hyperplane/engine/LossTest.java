package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {
    @Test
    void mseIsHalfSquaredError() {
        assertEquals(0.045, Loss.MSE.value(0.7, 1), 1e-16);
        assertEquals(0.7 - 1, Loss.MSE.derivative(0.7, 1), 0);
    }

    @Test
    void crossEntropyMatchesFormula() {
        assertEquals(-Math.log(0.8), Loss.CROSS_ENTROPY.value(0.8, 1), 1e-16);
        assertEquals(-Math.log(0.2), Loss.CROSS_ENTROPY.value(0.8, 0), 1e-15);
        assertEquals(0, Loss.CROSS_ENTROPY.value(1, 1), 0);
        assertEquals(Double.POSITIVE_INFINITY, Loss.CROSS_ENTROPY.value(1, 0), 0);
        double a = 0.3;
        assertEquals(-1 / a, Loss.CROSS_ENTROPY.derivative(a, 1), 1e-14);
    }

    @Test
    void crossEntropyFromLogitAgreesAndStaysFinite() {
        for (double z = -30; z <= 30; z += 0.77) {
            for (double y : new double[] {0, 0.3, 1}) {
                // −y ln σ(z) − (1 − y) ln(1 − σ(z)) = y ln(1 + e^(−z)) + (1 − y) ln(1 + e^z), via the JDK's log1p.
                double reference = y * Math.log1p(Math.exp(-z)) + (1 - y) * Math.log1p(Math.exp(z));
                assertEquals(reference, Loss.crossEntropyFromLogit(z, y), 1e-14 * (1 + reference), z + " " + y);
            }
            if (Math.abs(z) < 10) {
                // Beyond that, 1 − σ(z) or σ(z) itself has lost the digits the naive form needs.
                double a = Activation.SIGMOID.value(z);
                assertEquals(Loss.CROSS_ENTROPY.value(a, 0.3), Loss.crossEntropyFromLogit(z, 0.3), 1e-9);
            }
        }
        assertEquals(800, Loss.crossEntropyFromLogit(800, 0), 0);
        assertEquals(800, Loss.crossEntropyFromLogit(-800, 1), 0);
        assertEquals(0, Loss.crossEntropyFromLogit(800, 1), 0);
        assertEquals(Math.log(2), Loss.crossEntropyFromLogit(0, 1), 1e-16);
        assertTrue(Double.isNaN(Loss.crossEntropyFromLogit(Double.NaN, 1)));
    }

    @Test
    void keysRoundTripAndUnknownKeyIsRejected() {
        for (Loss l : Loss.values()) {
            assertSame(l, Loss.fromKey(l.key()));
        }
        assertEquals("cross-entropy", Loss.CROSS_ENTROPY.key());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Loss.fromKey("hinge"));
        assertTrue(e.getMessage().contains("hinge"));
    }
}
