package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Activation;
import org.junit.jupiter.api.Test;

class ActivationFactsTest {

    @Test
    void namesTheRanges() {
        assertEquals("0 … 1", ActivationFacts.range(Activation.SIGMOID));
        assertEquals("−1 … 1", ActivationFacts.range(Activation.TANH));
        assertEquals("0 … ∞", ActivationFacts.range(Activation.RELU));
        assertEquals("−∞ … ∞", ActivationFacts.range(Activation.LEAKY_RELU));
        assertEquals("−∞ … ∞", ActivationFacts.range(Activation.LINEAR));
        assertEquals("0 or 1", ActivationFacts.range(Activation.STEP));
    }

    @Test
    void boundsMatchTheRanges() {
        assertEquals(0, ActivationFacts.lowerBound(Activation.SIGMOID));
        assertEquals(1, ActivationFacts.upperBound(Activation.SIGMOID));
        assertEquals(-1, ActivationFacts.lowerBound(Activation.TANH));
        assertTrue(Double.isNaN(ActivationFacts.upperBound(Activation.RELU)));
        assertTrue(Double.isNaN(ActivationFacts.lowerBound(Activation.LINEAR)));
    }

    @Test
    void sigmoidSaturatesBeyondAboutTwoPointEightNine() {
        // s(1 - s) = 0.05 at s = (1 + sqrt(0.8)) / 2, x = ln(s / (1 - s)) = 2.8872...
        double edge = Math.log((1 + Math.sqrt(0.8)) / (1 - Math.sqrt(0.8)));
        assertTrue(ActivationFacts.isSaturated(Activation.SIGMOID, edge + 1e-6));
        assertFalse(ActivationFacts.isSaturated(Activation.SIGMOID, edge - 1e-6));
        double[] runs = ActivationFacts.saturatedIntervals(Activation.SIGMOID, -6, 6, 1201);
        assertEquals(4, runs.length);
        assertEquals(-6, runs[0]);
        assertEquals(-2.89, runs[1], 1e-9);
        assertEquals(2.89, runs[2], 1e-9);
        assertEquals(6, runs[3]);
    }

    @Test
    void tanhSaturatesBeyondAboutTwoPointOneEight() {
        double[] runs = ActivationFacts.saturatedIntervals(Activation.TANH, -4, 4, 801);
        assertEquals(-2.18, runs[1], 1e-9);
        assertEquals(2.18, runs[2], 1e-9);
    }

    @Test
    void reluAndLeakyReluSaturateAtAndBelowZero() {
        assertArrayEquals(new double[] {-2, 0}, ActivationFacts.saturatedIntervals(Activation.RELU, -2, 2, 5));
        assertArrayEquals(new double[] {-2, 0}, ActivationFacts.saturatedIntervals(Activation.LEAKY_RELU, -2, 2, 5));
    }

    @Test
    void linearNeverSaturatesAndStepAlways() {
        assertEquals(0, ActivationFacts.saturatedIntervals(Activation.LINEAR, -2, 2, 5).length);
        assertArrayEquals(new double[] {-2, 2}, ActivationFacts.saturatedIntervals(Activation.STEP, -2, 2, 5));
    }

    @Test
    void nanIsNotSaturated() {
        assertFalse(ActivationFacts.isSaturated(Activation.SIGMOID, Double.NaN));
    }

    @Test
    void rejectsBadIntervals() {
        assertThrows(IllegalArgumentException.class,
                () -> ActivationFacts.saturatedIntervals(Activation.TANH, 1, 1, 5));
        assertThrows(IllegalArgumentException.class,
                () -> ActivationFacts.saturatedIntervals(Activation.TANH, 0, 1, 1));
    }
}
