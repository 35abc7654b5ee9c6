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
    void passFormsGiveTheBitsOfValueAndDerivativeForAnySampleLayout() {
        SeededRandom random = new SeededRandom(12);
        int n = 7;
        int outputs = 3;
        int base = 2; // two input nodes before the outputs
        double[] z = new double[(base + outputs) * n];
        for (int i = 0; i < z.length; i++) {
            z[i] = i % 11 == 0 ? Double.NaN : random.nextDouble(-30, 30);
        }
        for (Loss loss : Loss.values()) {
            for (Activation act : loss == Loss.CROSS_ENTROPY ? new Activation[] {Activation.SIGMOID}
                    : new Activation[] {Activation.TANH, Activation.SIGMOID, Activation.RELU, Activation.LINEAR}) {
                int kind = ActivationKernels.kindOf(act);
                double[] a = new double[z.length];
                ActivationKernels.activate(kind, z, a, 0, z.length);
                double[] ySampleMajor = new double[outputs * n];   // y[j·n + s], as BatchPass gathers them
                double[] yRowMajor = new double[5 + n * outputs];  // y[5 + s·outputs + j], as the callers hold them
                for (int s = 0; s < n; s++) {
                    for (int j = 0; j < outputs; j++) {
                        double y = loss == Loss.CROSS_ENTROPY ? (random.nextDouble() < 0.5 ? 0 : 1)
                                : random.nextDouble(-1, 1);
                        ySampleMajor[j * n + s] = y;
                        yRowMajor[5 + s * outputs + j] = y;
                    }
                }
                double[] delta = new double[z.length];
                double sum = loss.outputDeltas(kind, z, a, delta, base, outputs, n, ySampleMajor, 0, 1, n);
                double expected = 0;
                double expectedAfterQuarter = 0.25;
                for (int s = 0; s < n; s++) {
                    double c = 0;
                    for (int j = 0; j < outputs; j++) {
                        int at = (base + j) * n + s;
                        double y = ySampleMajor[j * n + s];
                        double d = loss == Loss.CROSS_ENTROPY ? a[at] - y
                                : loss.derivative(a[at], y) * act.derivative(z[at]);
                        c += loss == Loss.CROSS_ENTROPY ? Loss.crossEntropyFromLogit(z[at], y) : loss.value(a[at], y);
                        assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(delta[at]),
                                loss + ", " + act + ": δ of output " + j + ", sample " + s);
                    }
                    expected += c;
                    expectedAfterQuarter += c;
                }
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(sum), loss + ", " + act);
                assertEquals(Double.doubleToRawLongBits(expectedAfterQuarter), Double.doubleToRawLongBits(
                        loss.sum(0.25, z, a, base, outputs, n, yRowMajor, 5, outputs, 1)), loss + ", " + act);
            }
        }
    }

    @Test
    void crossEntropyRefusesAnOutputOtherThanSigmoid() {
        Loss.CROSS_ENTROPY.checkOutput(Activation.SIGMOID);
        Loss.MSE.checkOutput(Activation.RELU);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Loss.CROSS_ENTROPY.checkOutput(Activation.TANH));
        assertTrue(e.getMessage().contains("sigmoid"), e.getMessage());
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

    /**
     * Behind a softmax output, δ^L and the losses of the pass forms against plain formulas written out here: the
     * same bits where the formula is the engine's own (δ = a − y, ½ Σ (y − a)², a_j((a_j − y_j) − Σ (a_k − y_k) a_k)),
     * close where it is a different but equal expression (−ln a_y from the probabilities, the Jacobian summed
     * term by term). Targets are one-hot; both target layouts give the same bits.
     */
    @Test
    void softmaxPassFormsGiveTheBitsOfPlainFormulasForAnySampleLayout() {
        SeededRandom random = new SeededRandom(13);
        int n = 7;
        int base = 2;
        int kind = ActivationKernels.SOFTMAX;
        for (int outputs : new int[] {2, 3, 6}) {
            double[] z = new double[(base + outputs) * n];
            for (int i = 0; i < z.length; i++) {
                z[i] = random.nextDouble(-12, 12);
            }
            double[] a = new double[z.length];
            ActivationKernels.activateLayer(kind, null, z, a, base, base + outputs, n);
            double[] ySampleMajor = new double[outputs * n];
            double[] yRowMajor = new double[5 + n * outputs];
            for (int s = 0; s < n; s++) {
                int label = random.nextInt(outputs);
                ySampleMajor[label * n + s] = 1;
                yRowMajor[5 + s * outputs + label] = 1;
            }
            for (Loss loss : Loss.values()) {
                String what = loss + ", " + outputs + " outputs";
                double[] delta = new double[z.length];
                double sum = loss.outputDeltas(kind, z, a, delta, base, outputs, n, ySampleMajor, 0, 1, n);
                double close = 0;
                for (int s = 0; s < n; s++) {
                    double dot = 0;
                    double c = 0;
                    for (int k = 0; k < outputs; k++) {
                        double ak = a[(base + k) * n + s];
                        double yk = ySampleMajor[k * n + s];
                        dot += (ak - yk) * ak;
                        c += loss == Loss.MSE ? Loss.MSE.value(ak, yk) : (yk == 1 ? -Math.log(ak) : 0);
                    }
                    close += c;
                    for (int j = 0; j < outputs; j++) {
                        int at = (base + j) * n + s;
                        double aj = a[at];
                        double yj = ySampleMajor[j * n + s];
                        double expected = loss == Loss.CROSS_ENTROPY ? aj - yj : aj * ((aj - yj) - dot);
                        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(delta[at]),
                                what + ": δ of output " + j + ", sample " + s);
                        double jacobianSum = 0; // Σ_k (a_k − y_k) a_k (δ_kj − a_j), term by term
                        for (int k = 0; k < outputs; k++) {
                            double ak = a[(base + k) * n + s];
                            jacobianSum += (ak - ySampleMajor[k * n + s]) * ak * ((k == j ? 1 : 0) - aj);
                        }
                        if (loss == Loss.MSE) {
                            assertEquals(jacobianSum, delta[at], 1e-15, what + ": δ is the Jacobian product");
                        }
                    }
                }
                if (loss == Loss.MSE) {
                    assertEquals(Double.doubleToRawLongBits(close), Double.doubleToRawLongBits(sum), what);
                } else {
                    assertEquals(close, sum, 1e-12 * close, what + ": −Σ ln a_y");
                }
                assertEquals(Double.doubleToRawLongBits(sum + 0.25), Double.doubleToRawLongBits(
                        loss.sum(kind, 0.25, z, a, base, outputs, n, yRowMajor, 5, outputs, 1)), what);
            }
        }
    }

    @Test
    void crossEntropyAcceptsASoftmaxOutput() {
        Loss.CROSS_ENTROPY.checkOutput(Activation.SOFTMAX);
        Loss.MSE.checkOutput(Activation.SOFTMAX);
        Loss.CROSS_ENTROPY.checkOutput(Activation.SOFTMAX, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Loss.CROSS_ENTROPY.checkOutput(Activation.LINEAR, 3));
        assertTrue(e.getMessage().contains("sigmoid or softmax"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Loss.CROSS_ENTROPY.checkOutput(Activation.LINEAR));
        assertTrue(e.getMessage().startsWith("cross-entropy loss needs a sigmoid output"), e.getMessage());
    }
}
