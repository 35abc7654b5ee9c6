package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The passes' kernels against the plain {@link Activation} they stand for: the same bits, value for value. */
class ActivationKernelsTest {
    private static final Activation[] TRAINABLE = {Activation.TANH, Activation.SIGMOID, Activation.RELU,
        Activation.LEAKY_RELU, Activation.LINEAR};

    /** Special arguments (signed zeros, the kinks, tiny, huge, infinite, NaN) and 2000 seeded ones in ±40. */
    private static double[] arguments() {
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, -1e-300, 0.625, -0.625, 19.1,
            -19.1, 8, -8, 1, -1, 710, -710, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        double[] z = new double[special.length + 2000];
        System.arraycopy(special, 0, z, 0, special.length);
        SeededRandom random = new SeededRandom(17);
        for (int i = special.length; i < z.length; i++) {
            z[i] = random.nextDouble(-40, 40);
        }
        return z;
    }

    private static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void activateGivesTheBitsOfValue() {
        double[] z = arguments();
        for (Activation act : TRAINABLE) {
            double[] a = new double[z.length + 2];
            ActivationKernels.activate(ActivationKernels.kindOf(act), z, a, 0, z.length);
            for (int i = 0; i < z.length; i++) {
                assertSameBits(act.value(z[i]), a[i], act + " at " + z[i]);
            }
            assertEquals(0, a[z.length], 0, "nothing written past the range");
        }
    }

    @Test
    void derivativeAndScaleByDerivativeGiveTheBitsOfDerivative() {
        double[] z = arguments();
        SeededRandom random = new SeededRandom(3);
        for (Activation act : TRAINABLE) {
            int kind = ActivationKernels.kindOf(act);
            double[] a = new double[z.length];
            ActivationKernels.activate(kind, z, a, 0, z.length);
            double[] delta = new double[z.length];
            double[] scaled = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                delta[i] = i % 50 == 0 ? Double.NaN : random.nextDouble(-5, 5);
                scaled[i] = delta[i];
            }
            ActivationKernels.scaleByDerivative(kind, z, a, scaled, 0, z.length);
            for (int i = 0; i < z.length; i++) {
                String where = act + " at " + z[i];
                assertSameBits(act.derivative(z[i]), ActivationKernels.derivative(kind, z[i], a[i]), where);
                assertSameBits(delta[i] * act.derivative(z[i]), scaled[i], where + ", δ = " + delta[i]);
            }
        }
    }

    @Test
    void fastFormsUseTheTableOnlyForTanhAndSigmoid() {
        double[] z = arguments();
        double[] table = FastActivation.table();
        for (Activation act : TRAINABLE) {
            double[] a = new double[z.length];
            ActivationKernels.activateFast(ActivationKernels.kindOf(act), table, z, a, 0, z.length);
            for (int i = 0; i < z.length; i++) {
                double expected = act == Activation.TANH ? FastActivation.tanh(z[i])
                        : act == Activation.SIGMOID ? FastActivation.sigmoid(z[i]) : act.value(z[i]);
                assertSameBits(expected, a[i], act + " (fast) at " + z[i]);
            }
        }
    }

    @Test
    void kernelsWorkOnASubrangeInPlace() {
        double[] v = {5, -2, 0.5, -0.5, 3};
        ActivationKernels.activate(ActivationKernels.RELU, v, v, 1, 4);
        assertEquals(5, v[0], 0);
        assertEquals(0, v[1], 0);
        assertEquals(0.5, v[2], 0);
        assertEquals(0, v[3], 0);
        assertEquals(3, v[4], 0);
    }

    @Test
    void refusesStepAndNull() {
        assertThrows(IllegalArgumentException.class, () -> ActivationKernels.kindOf(Activation.STEP));
        assertThrows(IllegalArgumentException.class, () -> ActivationKernels.kindOf(null));
    }

    @Test
    void elementwiseKernelsRefuseSoftmaxAndTheLayerKernelTakesItOverTheLayer() {
        int kind = ActivationKernels.kindOf(Activation.SOFTMAX);
        assertEquals(ActivationKernels.SOFTMAX, kind);
        double[] v = new double[4];
        assertThrows(IllegalArgumentException.class, () -> ActivationKernels.activate(kind, v, v, 0, 4));
        assertThrows(IllegalArgumentException.class,
                () -> ActivationKernels.activateFast(kind, FastActivation.table(), v, v, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> ActivationKernels.scaleByDerivative(kind, v, v, v, 0, 4));
        // Two samples of a layer of two nodes after one other node, sample-major: node i of sample s at i·2 + s.
        double[] z = {9, 9, 0, 3, Math.log(3), 3};
        double[] a = new double[6];
        ActivationKernels.activateLayer(kind, null, z, a, 1, 3, 2);
        assertEquals(0, a[0], 0, "the node before the layer is untouched");
        assertEquals(0.25, a[2], 1e-16);
        assertEquals(0.75, a[4], 1e-16);
        assertEquals(0.5, a[3], 0);
        assertEquals(0.5, a[5], 0);
        double[] inPlace = z.clone();
        ActivationKernels.activateLayer(kind, FastActivation.table(), inPlace, inPlace, 1, 3, 2);
        for (int i = 2; i < 6; i++) {
            assertSameBits(a[i], inPlace[i], "in place, drawing, at " + i);
        }
    }

    @Test
    void kindsOfPlacesSoftmaxOnTheOutputLayerOnly() {
        int[] kinds = ActivationKernels.kindsOf(new Activation[] {Activation.RELU, Activation.SOFTMAX},
                new int[] {2, 4, 3});
        assertEquals(ActivationKernels.RELU, kinds[1]);
        assertEquals(ActivationKernels.SOFTMAX, kinds[2]);
        assertThrows(IllegalArgumentException.class, () -> ActivationKernels.kindsOf(
                new Activation[] {Activation.SOFTMAX, Activation.SIGMOID}, new int[] {2, 4, 1}));
        assertThrows(IllegalArgumentException.class, () -> ActivationKernels.kindsOf(
                new Activation[] {Activation.TANH, Activation.SOFTMAX}, new int[] {2, 4, 1}));
        assertThrows(IllegalArgumentException.class, () -> ActivationKernels.kindsOf(
                new Activation[] {Activation.STEP}, new int[] {2, 2}));
    }
}
