package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.Feature;
import hyperplane.data.FeatureMap;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.BackpropTrace;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.SeededRandom;
import hyperplane.engine.TestNetworks;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackpropWalkthroughTest {
    private static final double EPS = 1e-6;

    @Test
    void showsTheHandComputedNumbersOfASmallNetwork() {
        BackpropWalkthrough w = new BackpropWalkthrough(TestNetworks.hand(), new double[] {2, 4}, new double[] {1}, 3);
        BackpropTrace t = w.trace();
        // z1 = 0.5·2 − 0.25·4 + 0.25; z2 = 2·0.25 − 1; C = ½(1 − (−0.5))².
        assertEquals(0.25, t.z(1, 0), 0);
        assertEquals(-0.5, t.a(2, 0), 0);
        assertEquals(-0.5, w.output(), 0);
        assertEquals(1.125, w.cost(), 0);
        // δ2 = (a − y)·1; δ1 = w2·δ2·1; ∂C/∂w = a_in δ_out.
        assertEquals(-1.5, w.costGradient(0), 0);
        assertEquals(-1.5, t.delta(2, 0), 0);
        assertEquals(-3, w.backSum(1, 0), 0);
        assertEquals(-3, t.delta(1, 0), 0);
        assertEquals(-0.375, t.weightGradient(2, 0, 0), 0);
        assertEquals(-6, t.weightGradient(1, 0, 0), 0);
        assertEquals(-12, t.weightGradient(1, 0, 1), 0);
        assertEquals(-3, t.biasGradient(1, 0), 0);
        assertEquals(12, w.largestWeightGradient(), 0);
        assertEquals(0.375, w.largestWeightGradient(2), 0);
        assertEquals(3, w.point());
        assertEquals(2, w.input(0), 0);
        assertEquals(1, w.target(0), 0);
    }

    @Test
    void applyPerformsTheOnePointUpdateExactly() {
        Network n = TestNetworks.hand();
        BackpropWalkthrough w = new BackpropWalkthrough(n, new double[] {2, 4}, new double[] {1}, 0);
        w.applyTo(n, 0.5);
        assertEquals(3.5, n.weight(1, 0, 0), 0);
        assertEquals(5.75, n.weight(1, 0, 1), 0);
        assertEquals(1.75, n.bias(1, 0), 0);
        assertEquals(2.1875, n.weight(2, 0, 0), 0);
        assertEquals(-0.25, n.bias(2, 0), 0);
        // z1 = 3.5·2 + 5.75·4 + 1.75 = 31.75; z2 = 2.1875·31.75 − 0.25.
        assertEquals(69.203125, w.outputOf(n), 0);
        assertEquals(-0.5, w.output(), 0, "the walkthrough keeps the numbers from before the update");
    }

    @Test
    void stepsRunForwardCostDeltasThenGradients() {
        Network n = Network.create(2, new int[] {3, 2}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        BackpropWalkthrough w = new BackpropWalkthrough(n, new double[] {0.1, 0.2}, new double[] {1}, 0);
        assertEquals(10, w.stepCount());
        BackpropWalkthrough.Kind[] kinds = {
            BackpropWalkthrough.Kind.FORWARD, BackpropWalkthrough.Kind.FORWARD, BackpropWalkthrough.Kind.FORWARD,
            BackpropWalkthrough.Kind.COST, BackpropWalkthrough.Kind.OUTPUT_DELTA,
            BackpropWalkthrough.Kind.HIDDEN_DELTA, BackpropWalkthrough.Kind.HIDDEN_DELTA,
            BackpropWalkthrough.Kind.GRADIENTS, BackpropWalkthrough.Kind.GRADIENTS, BackpropWalkthrough.Kind.GRADIENTS
        };
        int[] layers = {1, 2, 3, 3, 3, 2, 1, 3, 2, 1};
        for (int s = 0; s < 10; s++) {
            assertEquals(kinds[s], w.kind(s), "kind of step " + s);
            assertEquals(layers[s], w.layer(s), "layer of step " + s);
            assertEquals(s > 3, w.backward(s), "backward " + s);
        }
        assertEquals("Forward pass: hidden layer 1", w.title(0));
        assertEquals("Cost of this point", w.title(3));
        assertEquals("Backward pass: error δ of hidden layer 2", w.title(5));
        assertEquals("Gradients of the output layer: ∂C/∂b and ∂C/∂w", w.title(7));
        assertTrue(w.logitOutput());
        assertThrows(IllegalArgumentException.class, () -> w.kind(10));
        assertThrows(IllegalArgumentException.class, () -> w.layer(-1));
    }

    @Test
    void bigLayersShowOnlyTheFocusedNeuronInFull() {
        Network n = Network.create(2, new int[] {16, 4}, Activation.RELU, Activation.TANH, Loss.MSE);
        BackpropWalkthrough w = new BackpropWalkthrough(n, new double[] {1, 1}, new double[] {1}, 0);
        assertTrue(w.expanded(2, 3, 0), "a layer of 4 is shown in full");
        assertTrue(w.expanded(1, 5, 5));
        assertFalse(w.expanded(1, 6, 5));
        assertEquals(0, w.strongestNeuron(1), "all δ are 0 in a zero network: the first neuron");
    }

    @Test
    void ofTakesFeaturesAndTheTanhTargetRuleFromTheDataset() {
        Dataset data = Dataset.of(new double[] {1, -2}, new double[] {3, 0.5}, new double[] {1, 0},
                new boolean[] {true, true});
        FeatureMap features = new FeatureMap(Feature.X1, Feature.X2, Feature.X1_SQUARED);
        Network n = Network.create(3, new int[] {2}, Activation.TANH, Activation.TANH, Loss.MSE);
        BackpropWalkthrough w = BackpropWalkthrough.of(n, features, data, 1);
        assertEquals(-2, w.input(0), 0);
        assertEquals(0.5, w.input(1), 0);
        assertEquals(4, w.input(2), 0);
        assertEquals(-1, w.target(0), 0, "label 0 becomes −1 behind tanh");
        Network s = Network.create(3, new int[] {2}, Activation.TANH, Activation.SIGMOID, Loss.MSE);
        assertEquals(0, BackpropWalkthrough.of(s, features, data, 1).target(0), 0);
        assertEquals(1, BackpropWalkthrough.of(s, features, data, 0).target(0), 0);
    }

    @Test
    void rejectsBadArguments() {
        Network n = TestNetworks.hand();
        BackpropWalkthrough w = new BackpropWalkthrough(n, new double[] {2, 4}, new double[] {1}, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.applyTo(n, -1));
        assertTrue(e.getMessage().contains("learningRate (-1.0)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> w.applyTo(n, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> w.applyTo(
                Network.create(2, new int[] {2}, Activation.LINEAR, Activation.LINEAR, Loss.MSE), 0.1));
        assertThrows(IllegalArgumentException.class,
                () -> new BackpropWalkthrough(n, new double[] {1}, new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new BackpropWalkthrough(n, new double[] {1, 2}, new double[0], 0));
        assertThrows(IllegalArgumentException.class, () -> w.backSum(2, 0), "the output layer has no back sum");
        Dataset data = Dataset.of(new double[] {1}, new double[] {1}, new double[] {1}, new boolean[] {true});
        e = assertThrows(IllegalArgumentException.class,
                () -> BackpropWalkthrough.of(n, new FeatureMap(Feature.X1, Feature.X2), data, 1));
        assertTrue(e.getMessage().startsWith("point (1)"), e.getMessage());
    }

    @Test
    void nanInputGivesNanNumbersAndNanLargestGradient() {
        Network n = TestNetworks.hand();
        BackpropWalkthrough w = new BackpropWalkthrough(n, new double[] {Double.NaN, 4}, new double[] {1}, 0);
        assertTrue(Double.isNaN(w.cost()));
        assertTrue(Double.isNaN(w.largestWeightGradient()));
    }

    /**
     * The numbers the inspector shows agree with a central difference (C(w + h) − C(w − h)) / 2h of the
     * engine's own loss, for several shapes, activations and losses; the shown factors multiply back to δ.
     */
    @Test
    void shownGradientsAgreeWithFiniteDifferences() {
        Object[][] cases = {
            {2, new int[] {}, Activation.LINEAR, Activation.TANH, Loss.MSE},
            {2, new int[] {3}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY},
            {3, new int[] {4, 2}, Activation.SIGMOID, Activation.SIGMOID, Loss.MSE},
            {4, new int[] {5, 3}, Activation.LEAKY_RELU, Activation.LINEAR, Loss.MSE},
            {7, new int[] {16, 8, 3}, Activation.TANH, Activation.TANH, Loss.MSE},
            {2, new int[] {6}, Activation.RELU, Activation.SIGMOID, Loss.CROSS_ENTROPY},
        };
        SeededRandom random = new SeededRandom(42);
        int checked = 0;
        for (Object[] c : cases) {
            int inputs = (Integer) c[0];
            Network n = Network.create(inputs, (int[]) c[1], (Activation) c[2], (Activation) c[3], (Loss) c[4]);
            double[] x = randomize(n, random);
            double[] y = {c[4] == Loss.CROSS_ENTROPY || c[3] == Activation.SIGMOID ? 1 : -0.7};
            BackpropWalkthrough w = new BackpropWalkthrough(n, x, y, 0);
            BackpropTrace t = w.trace();
            String shape = c[2] + "/" + c[3] + "/" + c[4] + " " + Arrays.toString((int[]) c[1]);
            int last = n.layerCount();
            if (!w.logitOutput()) {
                assertClose(w.costGradient(0) * w.activationDerivative(last, 0), t.delta(last, 0), 1e-12,
                        shape + " δ^L = C′ φ′");
            } else {
                assertEquals(t.a(last, 0) - y[0], t.delta(last, 0), 1e-15, shape + " δ^L = a − y");
            }
            checkHiddenDeltas(w, shape);
            checked += checkCentralDifferences(n, x, y, t, EPS, 1e-5, shape);
        }
        assertTrue(checked > 300, "checked " + checked + " weights");
    }

    /**
     * Behind a softmax over K = 3 classes, under cross-entropy and under squared error, on two shapes: every number the
     * inspector shows (z, a = e^(z − m)/S, the cost, ∂C/∂a, the Jacobian product, δ, ∂C/∂w, ∂C/∂b) equals the engine's
     * own backward pass on that point, and the gradients agree with a central difference of the engine's loss to a
     * relative error of 1e-6.
     */
    @Test
    void softmaxOutputNumbersMatchTheEngineAndCentralDifferences() {
        Object[][] cases = {
            {2, new int[] {4}, Activation.TANH, Loss.CROSS_ENTROPY},
            {2, new int[] {4}, Activation.TANH, Loss.MSE},
            {3, new int[] {5, 3}, Activation.SIGMOID, Loss.CROSS_ENTROPY},
            {3, new int[] {5, 3}, Activation.SIGMOID, Loss.MSE},
        };
        SeededRandom random = new SeededRandom(7);
        int checked = 0;
        for (Object[] c : cases) {
            int inputs = (Integer) c[0];
            int[] hidden = (int[]) c[1];
            Loss lossFunction = (Loss) c[3];
            int[] sizes = new int[hidden.length + 2];
            Activation[] acts = new Activation[hidden.length + 1];
            sizes[0] = inputs;
            for (int i = 0; i < hidden.length; i++) {
                sizes[i + 1] = hidden[i];
                acts[i] = (Activation) c[2];
            }
            sizes[hidden.length + 1] = 3;
            acts[hidden.length] = Activation.SOFTMAX;
            Network n = new Network(sizes, acts, lossFunction);
            double[] x = randomize(n, random);
            double[] y = {0, 1, 0};
            BackpropWalkthrough w = new BackpropWalkthrough(n, x, y, 0);
            BackpropTrace t = w.trace();
            String shape = c[2] + "/softmax/" + lossFunction + " " + Arrays.toString(hidden);
            int last = n.layerCount();
            assertTrue(w.softmaxOutput(), shape);
            assertEquals(1, w.targetClass(), shape);
            assertEquals(t.a(last, 1), w.output(), 0, shape + " the readout follows the class's probability");
            boolean ce = lossFunction == Loss.CROSS_ENTROPY;
            double squares = 0;
            for (int j = 0; j < 3; j++) {
                assertClose(t.a(last, j), w.softmaxExp(j) / w.softmaxSum(), 1e-12, shape + " a = e^(z − m) / S");
                squares += 0.5 * (y[j] - t.a(last, j)) * (y[j] - t.a(last, j));
                assertEquals(ce ? (y[j] == 0 ? 0 : -1 / t.a(last, j)) : t.a(last, j) - y[j], w.outputGradient(j), 1e-15,
                        shape + " ∂C/∂a_" + j);
                for (int k = 0; k < 3; k++) {
                    assertEquals(t.a(last, k) * ((k == j ? 1 : 0) - t.a(last, j)), w.outputJacobian(k, j), 1e-15,
                            shape + " ∂a_" + k + "/∂z_" + j);
                }
                assertClose(w.jacobianProduct(j), t.delta(last, j), 1e-12, shape + " δ^L_" + j + " = Σ ∂C/∂a ∂a/∂z");
                if (ce) {
                    assertEquals(t.a(last, j) - y[j], t.delta(last, j), 1e-15, shape + " δ^L = a − y");
                }
            }
            assertClose(ce ? -Math.log(t.a(last, 1)) : squares, w.cost(), 1e-12, shape + " cost");
            // The engine's own backward pass on the same point.
            n.zeroGradients();
            n.forward(x, 0);
            assertEquals(n.backward(y, 0), w.cost(), 0, shape + " the engine's loss");
            for (int l = 1; l <= last; l++) {
                for (int j = 0; j < n.size(l); j++) {
                    assertEquals(n.delta(l, j), t.delta(l, j), 0, shape + " engine δ");
                    assertEquals(n.biasGradient(l, j), t.biasGradient(l, j), 0, shape + " engine db");
                    for (int k = 0; k < n.size(l - 1); k++) {
                        assertEquals(n.weightGradient(l, j, k), t.weightGradient(l, j, k), 0, shape + " engine dw");
                    }
                }
            }
            checkHiddenDeltas(w, shape);
            checked += checkCentralDifferences(n, x, y, t, 1e-5, 1e-6, shape);
        }
        assertTrue(checked > 100, "checked " + checked + " weights");
    }

    @Test
    void ofGivesAOneHotTargetBehindASoftmaxAndRefusesALabelOfNoClass() {
        Dataset data = Dataset.of(new double[] {1, -2, 0.5}, new double[] {3, 0.5, 1}, new double[] {2, 0, 3},
                new boolean[] {true, true, true}, ProblemType.CLASSIFICATION);
        FeatureMap features = new FeatureMap(Feature.X1, Feature.X2);
        Network n = new Network(new int[] {2, 3, 3}, new Activation[] {Activation.TANH, Activation.SOFTMAX},
                Loss.CROSS_ENTROPY);
        n.initialize(Initialization.RANDOM, new SeededRandom(3));
        BackpropWalkthrough w = BackpropWalkthrough.of(n, features, data, 0);
        assertEquals(List.of(0.0, 0.0, 1.0), List.of(w.target(0), w.target(1), w.target(2)));
        assertEquals(2, w.targetClass());
        assertEquals(w.trace().a(2, 2), w.output(), 0);
        assertEquals(w.output(), w.outputOf(n), 0, "the same network gives the same probability");
        assertEquals(1, BackpropWalkthrough.of(n, features, data, 1).target(0), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BackpropWalkthrough.of(n, features, data, 2));
        assertTrue(e.getMessage().startsWith("label of point 2 (3.0) must be a class in 0..2"), e.getMessage());
        assertEquals(-1, new BackpropWalkthrough(TestNetworks.hand(), new double[] {2, 4}, new double[] {1}, 0)
                .targetClass());
    }

    /** Random weights, biases in [−0.5, 0.5) and returns inputs in [−1, 1), drawn in that order. */
    private static double[] randomize(Network n, SeededRandom random) {
        n.initialize(Initialization.RANDOM, random);
        for (int l = 1; l <= n.layerCount(); l++) {
            for (int j = 0; j < n.size(l); j++) {
                n.setBias(l, j, random.nextDouble() - 0.5);
            }
        }
        double[] x = new double[n.size(0)];
        for (int k = 0; k < x.length; k++) {
            x[k] = 2 * random.nextDouble() - 1;
        }
        return x;
    }

    /** The shown factors of every hidden δ multiply back to it: δ^l_j = (Σ_k w δ) φ′(z). */
    private static void checkHiddenDeltas(BackpropWalkthrough w, String shape) {
        BackpropTrace t = w.trace();
        for (int l = 1; l < w.layerCount(); l++) {
            for (int j = 0; j < t.size(l); j++) {
                assertClose(w.backSum(l, j) * w.activationDerivative(l, j), t.delta(l, j), 1e-12,
                        shape + " δ^" + l + "_" + j + " = (wᵀδ) φ′");
            }
        }
    }

    /**
     * Every ∂C/∂b and ∂C/∂w of the trace against (C(p + h) − C(p − h)) / 2h of the engine's loss, to the relative
     * {@code tolerance}, and ∂C/∂w = a_in δ_out exactly; returns the number of weights checked.
     */
    private static int checkCentralDifferences(Network n, double[] x, double[] y, BackpropTrace t, double h,
            double tolerance, String shape) {
        int checked = 0;
        for (int l = 1; l <= n.layerCount(); l++) {
            for (int j = 0; j < n.size(l); j++) {
                double b = n.bias(l, j);
                n.setBias(l, j, b + h);
                double plus = loss(n, x, y);
                n.setBias(l, j, b - h);
                double minus = loss(n, x, y);
                n.setBias(l, j, b);
                assertClose((plus - minus) / (2 * h), t.biasGradient(l, j), tolerance, shape + " db " + l + "," + j);
                for (int k = 0; k < n.size(l - 1); k++) {
                    double v = n.weight(l, j, k);
                    n.setWeight(l, j, k, v + h);
                    plus = loss(n, x, y);
                    n.setWeight(l, j, k, v - h);
                    minus = loss(n, x, y);
                    n.setWeight(l, j, k, v);
                    assertClose((plus - minus) / (2 * h), t.weightGradient(l, j, k), tolerance,
                            shape + " dw " + l + "," + j + "," + k);
                    assertEquals(t.a(l - 1, k) * t.delta(l, j), t.weightGradient(l, j, k), 0, shape);
                    checked++;
                }
            }
        }
        return checked;
    }

    private static double loss(Network n, double[] x, double[] y) {
        n.forward(x, 0);
        return n.sampleLoss(y, 0);
    }

    /** |numeric − analytic| ≤ tolerance · max(1, |numeric|, |analytic|): relative, absolute near 0. */
    private static void assertClose(double expected, double actual, double tolerance, String what) {
        double scale = Math.max(1e-3, Math.max(Math.abs(expected), Math.abs(actual)));
        assertTrue(Math.abs(expected - actual) <= tolerance * scale,
                what + ": expected " + expected + ", got " + actual);
    }
}
