package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A softmax output layer: its probabilities, its losses, its refusals, its trace and its training. */
class SoftmaxTest {
    /** K inputs straight into K softmax outputs (identity weights, zero biases): z^1 = the inputs. */
    private static Network direct(int k, Loss loss) {
        Network n = new Network(new int[] {k, k}, new Activation[] {Activation.SOFTMAX}, loss);
        for (int j = 0; j < k; j++) {
            n.setWeight(1, j, j, 1);
        }
        return n;
    }

    private static double[] probabilities(Network n, double[] z) {
        n.forward(z, 0);
        double[] a = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            a[j] = n.output(1, j);
        }
        return a;
    }

    private static void assertSumsToOne(double[] a, String what) {
        double sum = 0;
        for (double v : a) {
            assertTrue(v >= 0 && v <= 1, what + ": " + v);
            sum += v;
        }
        assertEquals(1, sum, a.length * 0x1p-52, what);
    }

    @Test
    void probabilitiesMatchTheTextbookFormulaAndSumToOne() {
        SeededRandom random = new SeededRandom(40);
        for (int k : new int[] {2, 3, 6}) {
            Network n = direct(k, Loss.CROSS_ENTROPY);
            for (int trial = 0; trial < 200; trial++) {
                double[] z = new double[k];
                double total = 0;
                for (int j = 0; j < k; j++) {
                    z[j] = random.nextDouble(-20, 20);
                    total += Math.exp(z[j]);
                }
                double[] a = probabilities(n, z);
                for (int j = 0; j < k; j++) {
                    double expected = Math.exp(z[j]) / total; // e^z_j / Σ e^z_k, safe at |z| ≤ 20
                    assertEquals(expected, a[j], 1e-14 * expected + 1e-300, k + " classes, output " + j);
                    assertEquals(z[j], n.preActivation(1, j), 0);
                }
                assertSumsToOne(a, k + " classes");
            }
        }
    }

    @Test
    void hugePreActivationsGiveFiniteProbabilitiesAndLosses() {
        Network ce = direct(3, Loss.CROSS_ENTROPY);
        Network mse = direct(3, Loss.MSE);
        double[][] cases = {{1000, -1000, 0}, {1000, 999, 998}, {-1000, -1000, -1000}, {1e300, -1e300, 5},
            {-1000, 1000, 1000}, {-1e307, 1e307, 0}};
        for (double[] z : cases) {
            for (Network n : new Network[] {ce, mse}) {
                double[] a = probabilities(n, z);
                assertSumsToOne(a, Arrays.toString(z));
                for (int target = 0; target < 3; target++) {
                    double[] y = new double[3];
                    y[target] = 1;
                    n.zeroGradients();
                    n.forward(z, 0);
                    double c = n.backward(y, 0);
                    assertTrue(Double.isFinite(c) && c >= 0, n.loss() + " at " + Arrays.toString(z));
                    assertEquals(c, n.sampleLoss(y, 0), 0);
                    for (int j = 0; j < 3; j++) {
                        assertTrue(Double.isFinite(n.delta(1, j)));
                        assertTrue(Double.isFinite(n.weightGradient(1, j, j)));
                    }
                }
            }
        }
        // Shifting every z by the same amount changes nothing: 1000, 999, 998 give the bits of 2, 1, 0.
        assertEquals(Arrays.toString(probabilities(ce, new double[] {2, 1, 0})),
                Arrays.toString(probabilities(ce, new double[] {1000, 999, 998})));
        ce.forward(new double[] {1000, -1000, 0}, 0);
        assertEquals(2000, ce.sampleLoss(new double[] {0, 1, 0}, 0), 0, "confidently wrong costs the gap in z");
        assertEquals(0, ce.sampleLoss(new double[] {1, 0, 0}, 0), 0, "confidently right costs nothing");
        ce.forward(new double[] {-1000, -1000, -1000}, 0);
        assertEquals(Math.log(3), ce.sampleLoss(new double[] {0, 0, 1}, 0), 1e-15, "a three-way tie costs ln 3");
        ce.forward(new double[] {0, Double.NaN, 1}, 0);
        for (int j = 0; j < 3; j++) {
            assertTrue(Double.isNaN(ce.output(1, j)), "NaN in, NaN out");
        }
        assertTrue(Double.isNaN(ce.sampleLoss(new double[] {1, 0, 0}, 0)));
    }

    @Test
    void twoOutputsUnderCrossEntropyAreASigmoidOnTheDifference() {
        Network n = direct(2, Loss.CROSS_ENTROPY);
        for (double z0 = -40; z0 <= 40; z0 += 3.7) {
            for (double z1 = -40; z1 <= 40; z1 += 2.9) {
                double d = z1 - z0;
                n.forward(new double[] {z0, z1}, 0);
                assertEquals(Activation.SIGMOID.value(d), n.output(1, 1), 4e-16, z0 + ", " + z1);
                for (int label = 0; label <= 1; label++) {
                    double expected = Loss.crossEntropyFromLogit(d, label);
                    double actual = n.sampleLoss(new double[] {1 - label, label}, 0);
                    assertEquals(expected, actual, 1e-14 * (1 + expected), z0 + ", " + z1 + ", class " + label);
                }
            }
        }
    }

    @Test
    void refusesSoftmaxOnAHiddenLayerOrOnOneOutput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Network(
                new int[] {2, 3, 2}, new Activation[] {Activation.SOFTMAX, Activation.SOFTMAX}, Loss.MSE));
        assertTrue(e.getMessage().contains("activations[0] (softmax) is for the output layer only"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Network(new int[] {2, 3, 1},
                new Activation[] {Activation.TANH, Activation.SOFTMAX}, Loss.CROSS_ENTROPY));
        assertTrue(e.getMessage().contains("at least 2 neurons, not 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Network.create(2, new int[] {3}, Activation.TANH, Activation.SOFTMAX, Loss.MSE));
        e = assertThrows(IllegalArgumentException.class, () -> new Network(new int[] {2, 3},
                new Activation[] {Activation.LINEAR}, Loss.CROSS_ENTROPY));
        assertTrue(e.getMessage().contains("sigmoid or softmax output, not Linear"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Network(new int[] {2, 1},
                new Activation[] {Activation.LINEAR}, Loss.CROSS_ENTROPY));
        assertTrue(e.getMessage().contains("needs a sigmoid output, not Linear"), e.getMessage());
        Network ok = new Network(new int[] {2, 3, 2}, new Activation[] {Activation.TANH, Activation.SOFTMAX},
                Loss.CROSS_ENTROPY);
        assertEquals(Activation.SOFTMAX, ok.activation(2));
        assertEquals(Activation.SOFTMAX, ok.copy().activation(2));
    }

    @Test
    void theTraceGivesTheOutputStepInPartsThatMultiplyToDelta() {
        SeededRandom random = new SeededRandom(41);
        Object[][] outputs = {{Activation.SOFTMAX, Loss.CROSS_ENTROPY}, {Activation.SOFTMAX, Loss.MSE},
            {Activation.SIGMOID, Loss.CROSS_ENTROPY}, {Activation.TANH, Loss.MSE}};
        for (Object[] o : outputs) {
            Activation out = (Activation) o[0];
            Loss loss = (Loss) o[1];
            Network n = new Network(new int[] {2, 4, 3}, new Activation[] {Activation.TANH, out}, loss);
            n.initialize(Initialization.RANDOM, random);
            double[] y = {0, 1, 0};
            BackpropTrace t = n.trace(new double[] {0.4, -1.2}, 0, y, 0);
            String what = out + ", " + loss;
            double total = 0;
            for (int j = 0; j < 3; j++) {
                assertEquals(y[j], t.target(j), 0);
                total += t.a(2, j);
                double delta = 0;
                double column = 0;
                for (int k = 0; k < 3; k++) {
                    delta += t.outputGradient(k) * t.outputJacobian(k, j);
                    column += t.outputJacobian(k, j);
                    double expected = out == Activation.SOFTMAX ? t.a(2, k) * ((k == j ? 1 : 0) - t.a(2, j))
                            : k == j ? out.derivative(t.z(2, j)) : 0;
                    assertEquals(expected, t.outputJacobian(k, j), 1e-16, what + ", J" + k + j);
                }
                assertEquals(t.delta(2, j), delta, 1e-14, what + ": Σ_k ∂C/∂a_k ∂a_k/∂z_j is δ^L_" + j);
                if (out == Activation.SOFTMAX) {
                    assertEquals(0, column, 1e-16, what + ": the probabilities' changes cancel");
                }
                if (loss == Loss.CROSS_ENTROPY) {
                    assertEquals(t.a(2, j) - y[j], t.delta(2, j), 0, what + ": δ^L = a − y");
                }
            }
            if (out == Activation.SOFTMAX) {
                assertEquals(1, total, 3 * 0x1p-52, what);
                assertEquals(loss == Loss.CROSS_ENTROPY ? -1 / t.a(2, 1) : t.a(2, 1) - 1, t.outputGradient(1), 1e-15);
                assertEquals(loss == Loss.CROSS_ENTROPY ? 0 : t.a(2, 0), t.outputGradient(0), 0, what);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> direct(2, Loss.MSE).trace(new double[2], 0,
                new double[2], 0).target(2));
    }

    @Test
    void theDrawingPassGivesEachPointItsProbabilities() {
        SeededRandom random = new SeededRandom(42);
        for (Activation hidden : new Activation[] {Activation.RELU, Activation.TANH}) {
            Network n = new Network(new int[] {2, 6, 4}, new Activation[] {hidden, Activation.SOFTMAX}, Loss.MSE);
            n.initialize(Initialization.RANDOM, random);
            DrawingPass pass = new DrawingPass(n);
            int points = 37;
            double[] inputs = new double[2 * points];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = random.nextDouble(-6, 6);
            }
            pass.forwardFastPoints(inputs, points);
            double[][] drawn = new double[4][points];
            for (int j = 0; j < 4; j++) {
                pass.pointOutputs(2, j, drawn[j], 0);
            }
            for (int p = 0; p < points; p++) {
                n.forward(new double[] {inputs[p], inputs[points + p]}, 0);
                double sum = 0;
                for (int j = 0; j < 4; j++) {
                    // ReLU is exact in the drawing pass and so is softmax: the same bits; tanh is the fast table.
                    assertEquals(n.output(2, j), drawn[j][p], hidden == Activation.RELU ? 0 : 1e-4, hidden + " " + p);
                    sum += drawn[j][p];
                }
                assertEquals(1, sum, 4 * 0x1p-52);
            }
        }
    }

    @Test
    void trainingWithEitherLossSeparatesThreeClasses() {
        SeededRandom random = new SeededRandom(43);
        int count = 90;
        double[] x = new double[2 * count];
        double[] y = new double[3 * count];
        double[][] centres = {{-2, -1}, {2, -1}, {0, 2}};
        for (int i = 0; i < count; i++) {
            int c = i % 3;
            x[2 * i] = random.nextGaussian(centres[c][0], 0.5);
            x[2 * i + 1] = random.nextGaussian(centres[c][1], 0.5);
            y[3 * i + c] = 1;
        }
        for (Loss loss : Loss.values()) {
            Network n = new Network(new int[] {2, 5, 3}, new Activation[] {Activation.TANH, Activation.SOFTMAX},
                    loss);
            n.initialize(Initialization.RANDOM, random);
            Trainer trainer = new Trainer(n);
            trainer.setLearningRate(0.3);
            double before = Trainer.meanLoss(n, x, y, count);
            for (int epoch = 0; epoch < 100; epoch++) {
                trainer.trainEpoch(x, y, count, random);
            }
            double after = Trainer.meanLoss(n, x, y, count);
            assertTrue(after < before / 4, loss + ": " + before + " → " + after);
            int right = 0;
            for (int i = 0; i < count; i++) {
                n.forward(x, 2 * i);
                int best = 0;
                for (int j = 1; j < 3; j++) {
                    best = n.output(2, j) > n.output(2, best) ? j : best;
                }
                right += y[3 * i + best] == 1 ? 1 : 0;
            }
            assertTrue(right >= 0.95 * count, loss + ": " + right + " of " + count + " right");
        }
    }
}
