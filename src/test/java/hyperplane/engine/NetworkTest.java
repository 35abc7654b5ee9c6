package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkTest {
    /** Central-difference step. */
    private static final double EPS = 1e-5;
    /** Allowed relative error |g − n| / max(|g| + |n|, FLOOR). */
    private static final double TOLERANCE = 1e-6;
    /**
     * Gradients much smaller than this are compared absolutely (to 1e-6 · FLOOR): their finite difference
     * is dominated by rounding of the loss (≈ 1e-16 / EPS).
     */
    private static final double FLOOR = 1e-4;
    /** Keep ReLU / leaky ReLU pre-activations this far from the kink so ±EPS never crosses it. */
    private static final double KINK_MARGIN = 1e-2;

    private static final int[][] SHAPES = {{2, 1}, {2, 3, 1}, {3, 4, 3, 2}, {7, 5, 4, 1}};

    @Test
    void forwardMatchesHandComputationFor221() {
        Network n = new Network(new int[] {2, 2, 1}, new Activation[] {Activation.LINEAR, Activation.SIGMOID},
                Loss.MSE);
        n.setWeight(1, 0, 0, 0.5);
        n.setWeight(1, 0, 1, -1);
        n.setBias(1, 0, 0.25);
        n.setWeight(1, 1, 0, 2);
        n.setWeight(1, 1, 1, 1);
        n.setBias(1, 1, -1);
        n.setWeight(2, 0, 0, 1);
        n.setWeight(2, 0, 1, -0.5);
        n.setBias(2, 0, 0.5);
        double out = n.forward(new double[] {9, 1, 3}, 1);
        // z1 = 0.5·1 − 1·3 + 0.25 = −2.25; z2 = 2·1 + 1·3 − 1 = 4; z3 = −2.25 − 2 + 0.5 = −3.75
        assertEquals(-2.25, n.preActivation(1, 0), 0);
        assertEquals(4, n.preActivation(1, 1), 0);
        assertEquals(-2.25, n.output(1, 0), 0);
        assertEquals(-3.75, n.preActivation(2, 0), 0);
        double expected = 1 / (1 + Math.exp(3.75));
        assertEquals(expected, out, 1e-15);
        assertEquals(1, n.output(0, 0), 0);
        assertEquals(3, n.output(0, 1), 0);
        // MSE against y = 1: C = ½(1 − a)², δ³ = (a − 1) σ′(z).
        double c = n.backward(new double[] {1}, 0);
        assertEquals(0.5 * (1 - expected) * (1 - expected), c, 1e-15);
        double d3 = (expected - 1) * expected * (1 - expected);
        assertEquals(d3, n.biasGradient(2, 0), 1e-15);
        assertEquals(-2.25 * d3, n.weightGradient(2, 0, 0), 1e-15);
        assertEquals(-0.5 * d3 * 3, n.weightGradient(1, 1, 1), 1e-15);
    }

    @Test
    void everyAllowedCombinationPassesGradientCheck() {
        SeededRandom random = new SeededRandom(7);
        int checked = 0;
        for (int[] shape : SHAPES) {
            for (Activation hidden : Activation.values()) {
                if (!hidden.trainable()) {
                    continue;
                }
                for (Activation output : Activation.values()) {
                    if (!output.trainable()) {
                        continue;
                    }
                    for (Loss loss : Loss.values()) {
                        if (loss == Loss.CROSS_ENTROPY && output != Activation.SIGMOID) {
                            continue;
                        }
                        Activation[] acts = new Activation[shape.length - 1];
                        for (int i = 0; i < acts.length; i++) {
                            acts[i] = i == acts.length - 1 ? output : hidden;
                        }
                        checkGradients(new Network(shape, acts, loss), random);
                        checked++;
                    }
                }
            }
        }
        assertEquals(SHAPES.length * 5 * 6, checked);
    }

    private static void checkGradients(Network n, SeededRandom random) {
        n.initialize(Initialization.RANDOM, random);
        int layers = n.layerCount();
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < n.size(l); j++) {
                n.setBias(l, j, random.nextDouble(-0.5, 0.5));
            }
        }
        int nIn = n.size(0);
        int nOut = n.size(layers);
        double[] x = new double[2 * nIn];
        double[] y = new double[2 * nOut];
        drawAwayFromKinks(n, x, 0, random);
        drawAwayFromKinks(n, x, nIn, random);
        boolean probability = n.activation(layers) == Activation.SIGMOID;
        for (int i = 0; i < y.length; i++) {
            y[i] = probability ? random.nextDouble() : random.nextDouble(-1, 1);
        }
        // Accumulated gradient of two samples, then a trace of the first alone.
        n.zeroGradients();
        n.forward(x, 0);
        double c0 = n.backward(y, 0);
        n.forward(x, nIn);
        n.backward(y, nOut);
        BackpropTrace trace = n.trace(x, 0, y, 0);
        assertEquals(c0, trace.loss(), 0, "trace loss");
        Network single = n.copy();
        single.forward(x, 0);
        single.backward(y, 0);
        String what = n.activation(1) + "/" + n.activation(layers) + "/" + n.loss() + " " + layers + " layers";
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < n.size(l); j++) {
                for (int k = 0; k < n.size(l - 1); k++) {
                    double w = n.weight(l, j, k);
                    n.setWeight(l, j, k, w + EPS);
                    double p0 = loss(n, x, 0, y, 0);
                    double p1 = loss(n, x, nIn, y, nOut);
                    n.setWeight(l, j, k, w - EPS);
                    double m0 = loss(n, x, 0, y, 0);
                    double m1 = loss(n, x, nIn, y, nOut);
                    n.setWeight(l, j, k, w);
                    String at = what + " w" + l + "_" + j + k;
                    assertClose((p0 + p1 - m0 - m1) / (2 * EPS), n.weightGradient(l, j, k), at + " accumulated");
                    assertClose((p0 - m0) / (2 * EPS), trace.weightGradient(l, j, k), at + " trace");
                    assertEquals(single.weightGradient(l, j, k), trace.weightGradient(l, j, k), 0, at);
                    assertEquals(w, trace.weight(l, j, k), 0);
                }
                double b = n.bias(l, j);
                n.setBias(l, j, b + EPS);
                double p0 = loss(n, x, 0, y, 0);
                double p1 = loss(n, x, nIn, y, nOut);
                n.setBias(l, j, b - EPS);
                double m0 = loss(n, x, 0, y, 0);
                double m1 = loss(n, x, nIn, y, nOut);
                n.setBias(l, j, b);
                String at = what + " b" + l + "_" + j;
                assertClose((p0 + p1 - m0 - m1) / (2 * EPS), n.biasGradient(l, j), at + " accumulated");
                assertClose((p0 - m0) / (2 * EPS), trace.biasGradient(l, j), at + " trace");
                assertEquals(single.biasGradient(l, j), trace.biasGradient(l, j), 0, at);
                assertEquals(trace.delta(l, j), trace.biasGradient(l, j), 0, at + " δ = ∂C/∂b");
            }
        }
    }

    /** Draws inputs in [−2, 2) until no ReLU or leaky ReLU unit is within KINK_MARGIN of its kink. */
    static void drawAwayFromKinks(Network n, double[] x, int offset, SeededRandom random) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            for (int i = 0; i < n.size(0); i++) {
                x[offset + i] = random.nextDouble(-2, 2);
            }
            n.forward(x, offset);
            if (farFromKinks(n)) {
                return;
            }
        }
        throw new AssertionError("no input away from the ReLU kinks");
    }

    private static boolean farFromKinks(Network n) {
        for (int l = 1; l <= n.layerCount(); l++) {
            Activation act = n.activation(l);
            if (act != Activation.RELU && act != Activation.LEAKY_RELU) {
                continue;
            }
            for (int j = 0; j < n.size(l); j++) {
                if (Math.abs(n.preActivation(l, j)) < KINK_MARGIN) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double loss(Network n, double[] x, int xo, double[] y, int yo) {
        n.forward(x, xo);
        return n.sampleLoss(y, yo);
    }

    private static void assertClose(double numeric, double analytic, String what) {
        double error = Math.abs(numeric - analytic) / Math.max(Math.abs(numeric) + Math.abs(analytic), FLOOR);
        assertTrue(error <= TOLERANCE, what + ": numeric " + numeric + " analytic " + analytic + " error " + error);
    }

    /**
     * The engine takes tanh′ = 1 − a² and σ′ = a(1 − a) from the stored output instead of recomputing φ(z);
     * every δ must still equal, bit for bit, the textbook recursion written with {@link Activation#derivative}.
     */
    @Test
    void deltasEqualTheTextbookRecursionBitForBit() {
        for (Activation act : new Activation[] {Activation.TANH, Activation.SIGMOID, Activation.RELU}) {
            Network n = Network.create(2, new int[] {5, 3}, act, act, Loss.MSE);
            n.initialize(Initialization.RANDOM, new SeededRandom(7));
            double[] x = {0.7, -1.3};
            n.forward(x, 0);
            n.backward(new double[] {0.25}, 0);
            int top = n.layerCount();
            double aOut = n.output(top, 0);
            double expected = (aOut - 0.25) * act.derivative(n.preActivation(top, 0));
            assertEquals(expected, n.delta(top, 0), 0.0, act + " output delta");
            for (int l = top - 1; l >= 1; l--) {
                for (int k = 0; k < n.size(l); k++) {
                    double sum = 0;
                    for (int j = 0; j < n.size(l + 1); j++) {
                        sum += n.weight(l + 1, j, k) * n.delta(l + 1, j);
                    }
                    double want = sum * act.derivative(n.preActivation(l, k));
                    assertEquals(want, n.delta(l, k), 0.0, act + " delta(" + l + ", " + k + ")");
                }
            }
        }
    }

    @Test
    void traceLeavesAccumulatedGradientsAlone() {
        Network n = Network.create(2, new int[] {3}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        n.initialize(Initialization.RANDOM, new SeededRandom(3));
        n.forward(new double[] {1, 2}, 0);
        n.backward(new double[] {1}, 0);
        double g = n.weightGradient(1, 2, 1);
        double z = n.preActivation(1, 0);
        BackpropTrace t = n.trace(new double[] {-3, 0.5}, 0, new double[] {0}, 0);
        assertEquals(g, n.weightGradient(1, 2, 1), 0);
        assertEquals(z, n.preActivation(1, 0), 0);
        assertEquals(-3, t.a(0, 0), 0);
        assertEquals(Activation.TANH, t.activation(1));
        assertEquals(Loss.CROSS_ENTROPY, t.lossFunction());
        assertEquals(2, t.layerCount());
        assertEquals(3, t.size(1));
        assertEquals(Activation.TANH.value(t.z(1, 1)), t.a(1, 1), 0);
    }

    @Test
    void crossEntropyWithSigmoidStaysFiniteForHugePreActivation() {
        Network n = new Network(new int[] {1, 1}, new Activation[] {Activation.SIGMOID}, Loss.CROSS_ENTROPY);
        n.setWeight(1, 0, 0, 1);
        for (double z : new double[] {800, -800}) {
            n.zeroGradients();
            n.forward(new double[] {z}, 0);
            double wrong = n.backward(new double[] {z > 0 ? 0 : 1}, 0);
            assertEquals(800, wrong, 1e-9, "confidently wrong costs |z|");
            assertEquals(z > 0 ? 800 : 800, Math.abs(n.weightGradient(1, 0, 0)), 1e-9);
            n.forward(new double[] {z}, 0);
            double right = n.backward(new double[] {z > 0 ? 1 : 0}, 0);
            assertEquals(0, right, 1e-300);
            assertTrue(Double.isFinite(n.weightGradient(1, 0, 0)));
        }
    }

    @Test
    void countsParametersAndReportsShape() {
        Network n = Network.create(7, new int[] {16, 16}, Activation.RELU, Activation.TANH, Loss.MSE);
        assertEquals(3, n.layerCount());
        assertEquals(7 * 16 + 16 + 16 * 16 + 16 + 16 + 1, n.parameterCount());
        assertEquals(16, n.size(2));
        assertEquals(1, n.size(3));
        assertEquals(Activation.RELU, n.activation(1));
        assertEquals(Activation.TANH, n.activation(3));
        assertEquals(Loss.MSE, n.loss());
    }

    @Test
    void largestOfferedNetworkWorks() {
        int[] hidden = {16, 16, 16, 16, 16, 16, 16, 16};
        Network n = Network.create(7, hidden, Activation.TANH, Activation.TANH, Loss.MSE);
        n.initialize(Initialization.RANDOM, new SeededRandom(1));
        double out = n.forward(new double[] {1, 2, 3, 4, 5, 6, 7}, 0);
        assertTrue(out > -1 && out < 1);
        assertTrue(Double.isFinite(n.backward(new double[] {1}, 0)));
    }

    @Test
    void randomInitializationUsesGlorotAndHeRangesAndZeroBiases() {
        Network n = new Network(new int[] {4, 6, 2}, new Activation[] {Activation.RELU, Activation.TANH}, Loss.MSE);
        n.setBias(1, 0, 5);
        n.initialize(Initialization.RANDOM, new SeededRandom(11));
        double he = Math.sqrt(6.0 / 4);
        double glorot = Math.sqrt(6.0 / (6 + 2));
        double maxHe = 0;
        for (int j = 0; j < 6; j++) {
            assertEquals(0, n.bias(1, j), 0);
            for (int k = 0; k < 4; k++) {
                maxHe = Math.max(maxHe, Math.abs(n.weight(1, j, k)));
            }
        }
        double maxGlorot = 0;
        for (int k = 0; k < 6; k++) {
            maxGlorot = Math.max(maxGlorot, Math.abs(n.weight(2, 0, k)));
        }
        assertTrue(maxHe < he && maxHe > glorot, "He weights use their wider range: " + maxHe);
        assertTrue(maxGlorot < glorot);
        // Same seed, same weights.
        Network m = n.copy();
        m.initialize(Initialization.RANDOM, new SeededRandom(11));
        assertEquals(n.weight(2, 1, 5), m.weight(2, 1, 5), 0);
        m.initialize(Initialization.ZEROS, null);
        assertEquals(0, m.weight(2, 1, 5), 0);
        assertEquals(0, m.weight(1, 0, 0), 0);
    }

    @Test
    void firstRandomWeightIsPinned() {
        Network n = Network.create(2, new int[] {2}, Activation.TANH, Activation.TANH, Loss.MSE);
        n.initialize(Initialization.RANDOM, new SeededRandom(5));
        SeededRandom r = new SeededRandom(5);
        double limit = Math.sqrt(6.0 / 4);
        assertEquals(r.nextDouble(-limit, limit), n.weight(1, 0, 0), 0);
        assertEquals(r.nextDouble(-limit, limit), n.weight(1, 0, 1), 0);
        assertEquals(r.nextDouble(-limit, limit), n.weight(1, 1, 0), 0);
    }

    @Test
    void rejectsBadConstruction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Network.create(2, new int[] {3}, Activation.TANH, Activation.TANH, Loss.CROSS_ENTROPY));
        assertTrue(e.getMessage().contains("sigmoid"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Network.create(2, new int[] {3}, Activation.STEP, Activation.SIGMOID, Loss.MSE));
        assertTrue(e.getMessage().contains("STEP"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Network.create(2, new int[] {0}, Activation.TANH, Activation.SIGMOID, Loss.MSE));
        assertTrue(e.getMessage().contains("sizes[1] (0)"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Network(new int[] {2}, new Activation[0], Loss.MSE));
        assertThrows(IllegalArgumentException.class,
                () -> new Network(new int[] {2, 1}, new Activation[] {Activation.TANH, Activation.TANH}, Loss.MSE));
    }

    @Test
    void rejectsBadIndicesAndShortArrays() {
        Network n = Network.create(2, new int[] {3}, Activation.TANH, Activation.SIGMOID, Loss.MSE);
        assertThrows(IllegalArgumentException.class, () -> n.weight(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> n.weight(1, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> n.weight(2, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> n.bias(3, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> n.forward(new double[] {1, 2}, 1));
        assertTrue(e.getMessage().contains("offset 1"), e.getMessage());
        n.forward(new double[] {1, 2}, 0);
        assertThrows(IllegalArgumentException.class, () -> n.backward(new double[0], 0));
        Network other = Network.create(2, new int[] {4}, Activation.TANH, Activation.SIGMOID, Loss.MSE);
        assertThrows(IllegalArgumentException.class, () -> n.copyParametersFrom(other));
    }

    @Test
    void copyIsIndependent() {
        Network n = Network.create(2, new int[] {3}, Activation.TANH, Activation.SIGMOID, Loss.MSE);
        n.initialize(Initialization.RANDOM, new SeededRandom(9));
        Network c = n.copy();
        assertEquals(n.weight(1, 2, 1), c.weight(1, 2, 1), 0);
        c.setWeight(1, 2, 1, 42);
        assertTrue(n.weight(1, 2, 1) != 42);
        n.copyParametersFrom(c);
        assertEquals(42, n.weight(1, 2, 1), 0);
    }

    /** The drawing pass's output for the single point (x1, x2). */
    private static double drawn(Network n, double x1, double x2) {
        double[] out = new double[1];
        DrawingPass pass = new DrawingPass(n);
        pass.forwardFastPoints(new double[] {x1, x2}, 1);
        pass.pointOutputs(n.layerCount(), 0, out, 0);
        return out[0];
    }

    @Test
    void theDrawingPassStaysCloseToForward() {
        Network n = Network.create(2, new int[] {8, 8, 8}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        n.initialize(Initialization.RANDOM, new SeededRandom(3));
        double[] x = new double[2];
        double worst = 0;
        for (int i = 0; i < 2000; i++) {
            x[0] = -6 + 12.0 * (i % 50) / 49;
            x[1] = -6 + 12.0 * (i / 50) / 39;
            worst = Math.max(worst, Math.abs(drawn(n, x[0], x[1]) - n.forward(x, 0)));
        }
        assertTrue(worst > 0 && worst < 1e-4, "max difference " + worst);
        // ReLU layers have nothing to approximate: the drawing pass gives the same bits.
        Network r = Network.create(2, new int[] {4}, Activation.RELU, Activation.LINEAR, Loss.MSE);
        r.initialize(Initialization.RANDOM, new SeededRandom(4));
        assertEquals(r.forward(new double[] {0.3, -1.7}, 0), drawn(r, 0.3, -1.7), 0);
    }

    @Test
    void theDrawingPassGivesEachPointTheSameBitsHoweverManyGoTogether() {
        SeededRandom random = new SeededRandom(21);
        Activation[] kinds = {Activation.TANH, Activation.SIGMOID, Activation.RELU, Activation.LEAKY_RELU,
            Activation.LINEAR};
        for (Activation hidden : kinds) {
            Network n = Network.create(3, new int[] {5, 7, 4}, hidden, Activation.SIGMOID, Loss.CROSS_ENTROPY);
            n.initialize(Initialization.RANDOM, random);
            DrawingPass pass = new DrawingPass(n);
            for (int points : new int[] {1, 3, 100, 37}) {
                double[] inputs = new double[3 * points];
                for (int i = 0; i < inputs.length; i++) {
                    inputs[i] = random.nextDouble(-6, 6);
                }
                pass.forwardFastPoints(inputs, points);
                double[] outputs = new double[points];
                double[] hiddenTwo = new double[points + 2];
                pass.pointOutputs(4, 0, outputs, 0);
                pass.pointOutputs(2, 6, hiddenTwo, 2);
                double[] point = new double[3];
                double[] alone = new double[1];
                double[] aloneHidden = new double[1];
                for (int p = 0; p < points; p++) {
                    for (int k = 0; k < 3; k++) {
                        point[k] = inputs[k * points + p];
                    }
                    pass.forwardFastPoints(point, 1);
                    pass.pointOutputs(4, 0, alone, 0);
                    pass.pointOutputs(2, 6, aloneHidden, 0);
                    String where = hidden + ", " + points + " points, point " + p;
                    assertEquals(alone[0], outputs[p], 0, where);
                    assertEquals(aloneHidden[0], hiddenTwo[p + 2], 0, where);
                    assertEquals(n.forward(point, 0), outputs[p], 2e-4, where);
                }
            }
        }
        DrawingPass n = new DrawingPass(Network.create(2, new int[] {2}, Activation.TANH, Activation.TANH, Loss.MSE));
        assertThrows(IllegalArgumentException.class, () -> n.forwardFastPoints(new double[5], 3));
        assertThrows(IllegalArgumentException.class, () -> n.forwardFastPoints(new double[4], 0));
        n.forwardFastPoints(new double[4], 2);
        assertThrows(IllegalArgumentException.class, () -> n.pointOutputs(1, 0, new double[3], 2));
        assertThrows(IllegalArgumentException.class, () -> n.pointOutputs(1, 2, new double[3], 0));
    }
}
