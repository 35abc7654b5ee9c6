package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class TrainerTest {
    /** A 1-1 linear network w = 2, b = 0.5 and the two samples x = 1 and x = −1, both with target 0. */
    private static Network line() {
        Network n = new Network(new int[] {1, 1}, new Activation[] {Activation.LINEAR}, Loss.MSE);
        n.setWeight(1, 0, 0, 2);
        n.setBias(1, 0, 0.5);
        return n;
    }

    private static final double[] LINE_X = {1, -1};
    private static final double[] LINE_Y = {0, 0};

    @Test
    void oneBatchUpdateMatchesHandComputation() {
        // a = 2.5 and −1.5, so δ = 2.5 and −1.5; g_w = 1·2.5 + (−1)(−1.5) = 4, g_b = 2.5 − 1.5 = 1.
        // No penalty: w = 2 − 0.1·(4/2) = 1.8, b = 0.5 − 0.1·(1/2) = 0.45.
        Network n = line();
        Trainer t = new Trainer(n);
        t.setLearningRate(0.1);
        t.setBatchSize(2);
        t.setShuffle(false);
        double loss = t.trainEpoch(LINE_X, LINE_Y, 2, null);
        assertEquals((0.5 * 2.5 * 2.5 + 0.5 * 1.5 * 1.5) / 2, loss, 1e-15);
        assertEquals(1.8, n.weight(1, 0, 0), 1e-15);
        assertEquals(0.45, n.bias(1, 0), 1e-15);
    }

    @Test
    void l2DecaysWeightsButNotBiases() {
        // w = 2 − 0.1·(4/2 + 0.5·2) = 1.7; b as without a penalty: 0.45.
        Network n = line();
        Trainer t = new Trainer(n);
        t.setLearningRate(0.1);
        t.setBatchSize(2);
        t.setShuffle(false);
        t.setRegularization(Regularization.L2, 0.5);
        assertEquals(0.5 * 0.5 * 2 * 2, t.regularizationPenalty(), 0);
        t.trainEpoch(LINE_X, LINE_Y, 2, null);
        assertEquals(1.7, n.weight(1, 0, 0), 1e-15);
        assertEquals(0.45, n.bias(1, 0), 1e-15);
    }

    @Test
    void l1ShrinksWeightsBySignButNotBiases() {
        // w = 2 − 0.1·(4/2 + 0.5·sign(2)) = 1.75; b = 0.45.
        Network n = line();
        Trainer t = new Trainer(n);
        t.setLearningRate(0.1);
        t.setBatchSize(2);
        t.setShuffle(false);
        t.setRegularization(Regularization.L1, 0.5);
        assertEquals(1.0, t.regularizationPenalty(), 0);
        t.trainEpoch(LINE_X, LINE_Y, 2, null);
        assertEquals(1.75, n.weight(1, 0, 0), 1e-15);
        assertEquals(0.45, n.bias(1, 0), 1e-15);
    }

    @Test
    void batchOfOneUpdatesAfterEverySample() {
        // Sample 1: w = 2 − 0.1·2.5 = 1.75, b = 0.5 − 0.25 = 0.25.
        // Sample 2: a = −1.75 + 0.25 = −1.5, δ = −1.5; w = 1.75 − 0.1·1.5 = 1.6, b = 0.25 + 0.15 = 0.4.
        Network n = line();
        Trainer t = new Trainer(n);
        t.setLearningRate(0.1);
        t.setBatchSize(1);
        t.setShuffle(false);
        double loss = t.trainEpoch(LINE_X, LINE_Y, 2, null);
        assertEquals((3.125 + 1.125) / 2, loss, 1e-15);
        assertEquals(1.6, n.weight(1, 0, 0), 1e-15);
        assertEquals(0.4, n.bias(1, 0), 1e-15);
    }

    @Test
    void batchThenEpochFinishesTheSameEpochAsOneEpoch() {
        double[][] data = circleLike(25, new SeededRandom(3));
        Network a = Network.create(2, new int[] {3}, Activation.TANH, Activation.TANH, Loss.MSE);
        a.initialize(Initialization.RANDOM, new SeededRandom(4));
        Network b = a.copy();
        Trainer ta = new Trainer(a);
        Trainer tb = new Trainer(b);
        ta.trainEpoch(data[0], data[1], 25, new SeededRandom(5));
        SeededRandom rb = new SeededRandom(5);
        tb.trainBatch(data[0], data[1], 25, rb);
        assertTrue(tb.epochInProgress());
        tb.trainBatch(data[0], data[1], 25, rb);
        assertTrue(tb.epochInProgress());
        tb.trainEpoch(data[0], data[1], 25, rb);
        assertFalse(tb.epochInProgress());
        for (int j = 0; j < 3; j++) {
            assertEquals(a.weight(1, j, 1), b.weight(1, j, 1), 0);
            assertEquals(a.bias(1, j), b.bias(1, j), 0);
        }
    }

    @Test
    void sameSeedGivesSameWeightsAndLosses() {
        double[] first = run(21);
        double[] second = run(21);
        assertArrayEquals(first, second, 0);
        assertNotEquals(first[first.length - 1], run(22)[first.length - 1]);
    }

    private static double[] run(int seed) {
        SeededRandom random = new SeededRandom(seed);
        double[][] data = circleLike(60, random);
        Network n = Network.create(2, new int[] {4, 3}, Activation.RELU, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        n.initialize(Initialization.RANDOM, random);
        Trainer t = new Trainer(n);
        t.setBatchSize(7);
        double[] out = new double[21];
        for (int e = 0; e < 20; e++) {
            out[e] = t.trainEpoch(data[0], data[1], 60, random);
        }
        out[20] = n.weight(2, 2, 3);
        return out;
    }

    @Test
    void trainingReducesLoss() {
        SeededRandom random = new SeededRandom(8);
        double[][] data = circleLike(100, random);
        Network n = Network.create(2, new int[] {6}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        n.initialize(Initialization.RANDOM, random);
        Trainer t = new Trainer(n);
        t.setLearningRate(0.3);
        double before = Trainer.meanLoss(n, data[0], data[1], 100);
        for (int e = 0; e < 100; e++) {
            t.trainEpoch(data[0], data[1], 100, random);
        }
        double after = Trainer.meanLoss(n, data[0], data[1], 100);
        assertTrue(after < before / 3, before + " -> " + after);
    }

    @Test
    void hugeLearningRateStopsRestoresAndExplains() {
        SeededRandom random = new SeededRandom(12);
        double[][] data = circleLike(50, random);
        Network n = Network.create(2, new int[] {8, 8}, Activation.RELU, Activation.LINEAR, Loss.MSE);
        n.initialize(Initialization.RANDOM, random);
        Trainer t = new Trainer(n);
        t.setLearningRate(1e150);
        int epochs = 0;
        while (!t.diverged() && epochs < 100) {
            t.trainEpoch(data[0], data[1], 50, random);
            epochs++;
        }
        assertTrue(t.diverged(), "diverged");
        assertTrue(t.divergence().startsWith("Training diverged: "), t.divergence());
        assertTrue(t.divergence().endsWith(", so the last update was undone."), t.divergence());
        Network frozen = n.copy();
        assertFinite(n);
        assertTrue(Double.isNaN(t.trainEpoch(data[0], data[1], 50, random)), "refuses while diverged");
        assertTrue(Double.isNaN(t.trainBatch(data[0], data[1], 50, random)));
        assertEquals(frozen.weight(2, 3, 4), n.weight(2, 3, 4), 0);
        t.resetDivergence();
        assertFalse(t.diverged());
        assertEquals("", t.divergence());
        // The last finite parameters can be enormous, so the way back is a smaller rate and fresh weights.
        t.setLearningRate(0.01);
        n.initialize(Initialization.RANDOM, random);
        assertTrue(Double.isFinite(t.trainEpoch(data[0], data[1], 50, random)));
    }

    @Test
    void aWeightOverflowingMidUpdateLeavesEveryParameterAsBeforeTheBatch() {
        // One tanh layer, 2 inputs → 2 outputs. The input 1e300 meets the weight 1e-300, so z stays 1 and the loss
        // finite, but that weight's gradient is about 7e299 and η = 1e10 overflows its update. Weight 0 (input 1)
        // was updated before it, and must be put back.
        Network n = new Network(new int[] {2, 2}, new Activation[] {Activation.TANH}, Loss.MSE);
        n.setWeight(1, 0, 1, 1e-300);
        n.setWeight(1, 1, 0, 0.25);
        n.setBias(1, 1, -0.5);
        Network before = n.copy();
        Trainer t = new Trainer(n);
        t.setShuffle(false);
        t.setBatchSize(1);
        t.setLearningRate(1e10);
        assertTrue(Double.isNaN(t.trainBatch(new double[] {1, 1e300}, new double[] {-1, 1}, 1, null)));
        assertTrue(t.diverged());
        assertTrue(t.divergence().contains("a weight became infinite"), t.divergence());
        for (int j = 0; j < 2; j++) {
            assertEquals(before.bias(1, j), n.bias(1, j), 0, "bias " + j);
            for (int k = 0; k < 2; k++) {
                assertEquals(before.weight(1, j, k), n.weight(1, j, k), 0, "weight " + j + "," + k);
            }
        }
    }

    @Test
    void meanLossHasTheBitsOfForwardAndSampleLossSampleBySample() {
        SeededRandom random = new SeededRandom(77);
        Network[] networks = {
            Network.create(2, new int[] {8, 8, 8}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY),
            Network.create(3, new int[] {5}, Activation.RELU, Activation.LINEAR, Loss.MSE),
            new Network(new int[] {2, 4, 3}, new Activation[] {Activation.SIGMOID, Activation.TANH}, Loss.MSE)};
        for (Network n : networks) {
            n.initialize(Initialization.RANDOM, random);
            int in = n.size(0);
            int out = n.size(n.layerCount());
            for (int count : new int[] {1, 63, 64, 65, 250}) {
                double[] x = new double[count * in];
                double[] y = new double[count * out];
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextDouble(-4, 4);
                }
                for (int i = 0; i < y.length; i++) {
                    y[i] = random.nextDouble() < 0.5 ? 0 : 1;
                }
                double sum = 0;
                for (int i = 0; i < count; i++) {
                    n.forward(x, i * in);
                    sum += n.sampleLoss(y, i * out);
                }
                assertEquals(sum / count, Trainer.meanLoss(n, x, y, count), 0, n.loss() + ", " + count + " samples");
            }
        }
    }

    @Test
    void meanLossCountsTheSamplesOnTheRightSideOfTheThresholdInTheSamePass() {
        SeededRandom random = new SeededRandom(5);
        Network n = Network.create(2, new int[] {6}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        n.initialize(Initialization.RANDOM, random);
        for (int count : new int[] {1, 64, 65, 200}) {
            double[] x = new double[2 * count];
            double[] y = new double[count];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextDouble(-3, 3);
            }
            int right = 0;
            for (int i = 0; i < count; i++) {
                y[i] = random.nextDouble() < 0.5 ? 0 : 1;
                right += (n.forward(x, 2 * i) >= 0.5) == (y[i] >= 0.5) ? 1 : 0;
            }
            double[] share = {-1};
            double loss = Trainer.meanLoss(n, x, y, count, 0.5, share);
            assertEquals(Trainer.meanLoss(n, x, y, count), loss, 0, "the same loss");
            assertEquals((double) right / count, share[0], 0, count + " samples");
            Trainer.meanLoss(n, x, y, count, Double.NaN, share);
            assertTrue(Double.isNaN(share[0]), "no threshold, no share");
        }
    }

    @Test
    void meanLossCountsTheLargestOutputAgainstTheOneHotClassWithKOutputs() {
        SeededRandom random = new SeededRandom(6);
        for (Loss loss : Loss.values()) {
            Network n = new Network(new int[] {2, 5, 4}, new Activation[] {Activation.TANH, Activation.SOFTMAX}, loss);
            n.initialize(Initialization.RANDOM, random);
            for (int count : new int[] {1, 64, 65, 300}) {
                double[] x = new double[2 * count];
                double[] y = new double[4 * count];
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextDouble(-3, 3);
                }
                int right = 0;
                for (int i = 0; i < count; i++) {
                    int c = random.nextInt(4);
                    y[4 * i + c] = 1;
                    n.forward(x, 2 * i);
                    int best = 0;
                    for (int j = 1; j < 4; j++) {
                        best = n.output(2, j) > n.output(2, best) ? j : best;
                    }
                    right += best == c ? 1 : 0;
                }
                double[] share = {-1};
                double mean = Trainer.meanLoss(n, x, y, count, 0.5, share);
                assertEquals(Trainer.meanLoss(n, x, y, count), mean, 0, "the same loss");
                assertEquals((double) right / count, share[0], 0, loss + ", " + count + " samples");
                assertTrue(right > 0 && right < count || count < 10, "a test that can fail: " + right);
            }
        }
    }

    private static void assertFinite(Network n) {
        for (int l = 1; l <= n.layerCount(); l++) {
            for (int j = 0; j < n.size(l); j++) {
                assertTrue(Double.isFinite(n.bias(l, j)));
                for (int k = 0; k < n.size(l - 1); k++) {
                    assertTrue(Double.isFinite(n.weight(l, j, k)));
                }
            }
        }
    }

    @Test
    void allocatesNothingPerSampleOrEpoch() {
        SeededRandom random = new SeededRandom(30);
        double[][] data = circleLike(250, random);
        Network n = Network.create(2, new int[] {8, 8, 8}, Activation.TANH, Activation.TANH, Loss.MSE);
        n.initialize(Initialization.RANDOM, random);
        Trainer t = new Trainer(n);
        t.setRegularization(Regularization.L2, 0.001);
        for (int e = 0; e < 200; e++) {
            t.trainEpoch(data[0], data[1], 250, random);
            Trainer.meanLoss(n, data[0], data[1], 250);
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        double sum = 0;
        for (int e = 0; e < 1000; e++) {
            sum += t.trainEpoch(data[0], data[1], 250, random);
            sum += t.trainBatch(data[0], data[1], 250, random);
            sum += Trainer.meanLoss(n, data[0], data[1], 250);
        }
        long allocated = bean.getThreadAllocatedBytes(id) - before;
        assertTrue(Double.isFinite(sum));
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes in 1000 epochs");
    }

    @Test
    void meanLossLeavesParametersAndGradientsAlone() {
        Network n = line();
        n.forward(new double[] {1}, 0);
        n.backward(new double[] {0}, 0);
        assertEquals(2.125, Trainer.meanLoss(n, LINE_X, LINE_Y, 2), 1e-15);
        assertEquals(2.5, n.weightGradient(1, 0, 0), 0);
        assertEquals(2, n.weight(1, 0, 0), 0);
        assertTrue(Double.isNaN(Trainer.meanLoss(n, LINE_X, LINE_Y, 0)));
    }

    @Test
    void rejectsBadSettingsWithMessages() {
        Trainer t = new Trainer(line());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.setLearningRate(-1));
        assertEquals("learningRate (-1.0) must be > 0 and finite", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.setLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> t.setLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> t.setLearningRate(Double.POSITIVE_INFINITY));
        e = assertThrows(IllegalArgumentException.class, () -> t.setBatchSize(0));
        assertEquals("batchSize (0) must be >= 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.setRegularization(Regularization.L2, -0.1));
        assertThrows(IllegalArgumentException.class, () -> t.setRegularization(Regularization.L2, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> t.setRegularization(null, 0));
        assertThrows(IllegalArgumentException.class, () -> t.trainEpoch(LINE_X, LINE_Y, 3, new SeededRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> t.trainEpoch(LINE_X, LINE_Y, -1, new SeededRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> t.trainEpoch(LINE_X, LINE_Y, 2, null));
        assertTrue(Double.isNaN(t.trainEpoch(LINE_X, LINE_Y, 0, null)));
        assertEquals(0.03, t.learningRate(), 0);
        assertEquals(10, t.batchSize(), 0);
    }

    /** Points in [−5, 5]², target 1 inside radius 2.5 else 0 (inputs x1, x2). */
    static double[][] circleLike(int count, SeededRandom random) {
        double[] x = new double[2 * count];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            x[2 * i] = random.nextDouble(-5, 5);
            x[2 * i + 1] = random.nextDouble(-5, 5);
            y[i] = Math.hypot(x[2 * i], x[2 * i + 1]) < 2.5 ? 1 : 0;
        }
        return new double[][] {x, y};
    }
}
