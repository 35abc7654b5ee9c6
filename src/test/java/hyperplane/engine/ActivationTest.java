package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivationTest {
    @Test
    void valuesMatchTheirFormulas() {
        assertEquals(0.5, Activation.SIGMOID.value(0), 0);
        assertEquals(1 / (1 + Math.exp(-2)), Activation.SIGMOID.value(2), 1e-16);
        assertEquals(0.25, Activation.SIGMOID.derivative(0), 0);
        assertEquals(0, Activation.TANH.value(0), 0);
        assertEquals(1, Activation.TANH.derivative(0), 0);
        assertEquals(3, Activation.RELU.value(3), 0);
        assertEquals(0, Activation.RELU.value(-3), 0);
        assertEquals(-0.03, Activation.LEAKY_RELU.value(-3), 1e-17);
        assertEquals(-3, Activation.LINEAR.value(-3), 0);
        assertEquals(1, Activation.LINEAR.derivative(-3), 0);
        assertEquals(1, Activation.STEP.value(0), 0);
        assertEquals(0, Activation.STEP.value(-1e-9), 0);
        assertEquals(0, Activation.STEP.derivative(0), 0);
    }

    @Test
    void tanhMatchesJdkAndSaturatesWithoutOverflow() {
        for (double z = -20; z <= 20; z += 0.0137) {
            assertEquals(Math.tanh(z), Activation.TANH.value(z), 4e-16, "z = " + z);
        }
        // Full relative precision near 0, where 1 − e^(−2|z|) would cancel.
        for (double z : new double[] {1e-300, 1e-12, 1e-5, -3e-4, 9.99e-4, 1e-3, 0.01, -0.3}) {
            assertEquals(Math.tanh(z), Activation.TANH.value(z), Math.abs(z) * 2e-15, "z = " + z);
        }
        assertEquals(1, Activation.TANH.value(1000), 0);
        assertEquals(-1, Activation.TANH.value(-1e308), 0);
        assertEquals(0, Activation.TANH.derivative(1000), 0);
        assertTrue(Double.isNaN(Activation.TANH.value(Double.NaN)));
    }

    @Test
    void sigmoidEqualsItsFormulaOnStrictMathBitForBit() {
        // The engine's exponential is fdlibm's, so this holds on every runtime, not only on this JVM.
        for (double z = -30; z <= 30; z += 0.00731) {
            double s = z >= 0 ? 1 / (1 + StrictMath.exp(-z)) : StrictMath.exp(z) / (1 + StrictMath.exp(z));
            assertEquals(s, Activation.SIGMOID.value(z), 0, "sigmoid z = " + z);
        }
    }

    @Test
    void sigmoidSaturatesWithoutOverflow() {
        assertEquals(1, Activation.SIGMOID.value(800), 0);
        assertEquals(0, Activation.SIGMOID.value(-800), 0);
        assertEquals(0, Activation.SIGMOID.derivative(-800), 0);
        assertEquals(Math.exp(-40), Activation.SIGMOID.value(-40), 1e-30);
    }

    @Test
    void reluDerivativeIsZeroAtAndBelowKink() {
        assertEquals(0, Activation.RELU.derivative(0), 0);
        assertEquals(0, Activation.RELU.derivative(-1), 0);
        assertEquals(1, Activation.RELU.derivative(1e-300), 0);
        assertEquals(0.01, Activation.LEAKY_RELU.derivative(0), 0);
        assertEquals(1, Activation.LEAKY_RELU.derivative(2), 0);
        assertTrue(Double.isNaN(Activation.RELU.value(Double.NaN)));
    }

    @Test
    void derivativesMatchCentralDifferences() {
        double h = 1e-6;
        for (Activation a : Activation.values()) {
            if (!a.trainable()) {
                continue;
            }
            for (double z = -3.05; z < 3; z += 0.1) {
                double numeric = (a.value(z + h) - a.value(z - h)) / (2 * h);
                assertEquals(numeric, a.derivative(z), 1e-8, a + " at " + z);
            }
        }
    }

    @Test
    void keysAndLabelsRoundTrip() {
        for (Activation a : Activation.values()) {
            assertSame(a, Activation.fromKey(a.key()));
        }
        assertEquals("leaky-relu", Activation.LEAKY_RELU.key());
        assertEquals("Leaky ReLU", Activation.LEAKY_RELU.label());
        assertEquals("Sigmoid", Activation.SIGMOID.label());
        assertFalse(Activation.STEP.trainable());
        assertTrue(Activation.RELU.trainable());
    }

    @Test
    void rejectsUnknownKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.fromKey("swish"));
        assertTrue(e.getMessage().contains("swish"));
        assertThrows(IllegalArgumentException.class, () -> Activation.fromKey(null));
    }

    @Test
    void softmaxIsForAnOutputLayerOnlyAndHasNoValueOfOneNumber() {
        assertSame(Activation.SOFTMAX, Activation.fromKey("softmax"));
        assertEquals("Softmax", Activation.SOFTMAX.label());
        assertFalse(Activation.SOFTMAX.trainable(), "not for a layer in any position");
        assertTrue(Activation.SOFTMAX.outputOnly());
        for (Activation a : Activation.values()) {
            assertEquals(a == Activation.SOFTMAX, a.outputOnly(), a.key());
        }
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Activation.SOFTMAX.value(0));
        assertTrue(e.getMessage().contains("whole layer"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.derivative(0));
    }
}
