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
        assertEquals(edge, ActivationFacts.SIGMOID_EDGE, 1e-15);
        assertTrue(ActivationFacts.isSaturated(Activation.SIGMOID, edge + 1e-6));
        assertFalse(ActivationFacts.isSaturated(Activation.SIGMOID, edge - 1e-6));
        assertArrayEquals(new double[] {-6, -edge, edge, 6},
                ActivationFacts.saturatedIntervals(Activation.SIGMOID, -6, 6));
    }

    @Test
    void tanhSaturatesBeyondAboutTwoPointOneEight() {
        double edge = ActivationFacts.TANH_EDGE;
        assertEquals(2.178, edge, 1e-3);
        assertTrue(ActivationFacts.isSaturated(Activation.TANH, edge + 1e-6));
        assertFalse(ActivationFacts.isSaturated(Activation.TANH, edge - 1e-6));
        assertArrayEquals(new double[] {-4, -edge, edge, 4},
                ActivationFacts.saturatedIntervals(Activation.TANH, -4, 4));
    }

    @Test
    void reluAndLeakyReluSaturateAtAndBelowExactlyZero() {
        assertArrayEquals(new double[] {-2, 0}, ActivationFacts.saturatedIntervals(Activation.RELU, -2, 2));
        assertArrayEquals(new double[] {-2, 0}, ActivationFacts.saturatedIntervals(Activation.LEAKY_RELU, -2, 2));
        // Zoomed in to a window whose edges are no round numbers, the stretch still ends at 0.
        assertArrayEquals(new double[] {-0.987654321, 0},
                ActivationFacts.saturatedIntervals(Activation.RELU, -0.987654321, 0.3));
        assertTrue(ActivationFacts.isSaturated(Activation.RELU, 0));
        assertFalse(ActivationFacts.isSaturated(Activation.RELU, 1e-9));
    }

    @Test
    void stretchesAreCutToTheWindowAndAPointIsNoStretch() {
        assertEquals(0, ActivationFacts.saturatedIntervals(Activation.RELU, 0, 2).length);
        assertEquals(0, ActivationFacts.saturatedIntervals(Activation.SIGMOID, -1, 1).length);
        assertArrayEquals(new double[] {3, 4}, ActivationFacts.saturatedIntervals(Activation.SIGMOID, 3, 4));
    }

    @Test
    void linearNeverSaturatesAndStepAlways() {
        assertEquals(0, ActivationFacts.saturatedIntervals(Activation.LINEAR, -2, 2).length);
        assertArrayEquals(new double[] {-2, 2}, ActivationFacts.saturatedIntervals(Activation.STEP, -2, 2));
    }

    @Test
    void nanIsNotSaturated() {
        assertFalse(ActivationFacts.isSaturated(Activation.SIGMOID, Double.NaN));
    }

    @Test
    void rejectsBadIntervals() {
        assertThrows(IllegalArgumentException.class, () -> ActivationFacts.saturatedIntervals(Activation.TANH, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ActivationFacts.saturatedIntervals(Activation.TANH, 0, Double.NaN));
    }
}
