package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The batch pass against the per-sample passes it replaces in training: the same bits, always. */
class BatchPassTest {
    private static void assertSameBitsAsSampleBySample(Network shape, int samples, int[] order, int first, int n,
            SeededRandom random) {
        Network byBatch = shape.copy();
        assertSameBitsAsSampleBySample(byBatch, new BatchPass(byBatch), samples, order, first, n, random);
    }

    /** Runs {@code pass} (made for {@code byBatch}) on one batch and compares with a copy run sample by sample. */
    private static void assertSameBitsAsSampleBySample(Network byBatch, BatchPass pass, int samples, int[] order,
            int first, int n, SeededRandom random) {
        Network shape = byBatch;
        int inputs = shape.size(0);
        int outputs = shape.size(shape.layerCount());
        double[] x = new double[samples * inputs];
        double[] y = new double[samples * outputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble(-3, 3);
        }
        boolean probabilities = shape.loss() == Loss.CROSS_ENTROPY;
        for (int i = 0; i < y.length; i++) {
            y[i] = probabilities ? (random.nextDouble() < 0.5 ? 0 : 1) : random.nextDouble(-1, 1);
        }
        Network bySample = shape.copy();
        double expected = 0;
        for (int s = first; s < first + n; s++) {
            bySample.forward(x, order[s] * inputs);
            expected += bySample.backward(y, order[s] * outputs);
        }
        byBatch.zeroGradients();
        double actual = pass.accumulate(x, y, order, first, n);
        String what = shape.activation(1) + " → " + shape.activation(shape.layerCount()) + ", " + shape.loss()
                + ", batch of " + n;
        assertEquals(expected, actual, 0, what + ": loss");
        for (int l = 1; l <= shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l); j++) {
                assertEquals(bySample.biasGradient(l, j), byBatch.biasGradient(l, j), 0, what + ": bias gradient");
                for (int k = 0; k < shape.size(l - 1); k++) {
                    assertEquals(bySample.weightGradient(l, j, k), byBatch.weightGradient(l, j, k), 0,
                            what + ": weight gradient " + l + "," + j + "," + k);
                }
            }
        }
    }

    @Test
    void givesTheGradientsAndLossOfSampleBySamplePassesBitForBit() {
        SeededRandom random = new SeededRandom(99);
        Activation[] hidden = {Activation.TANH, Activation.SIGMOID, Activation.RELU, Activation.LEAKY_RELU,
            Activation.LINEAR};
        int[][] shapes = {{}, {4, 2}, {8, 8, 8}, {3, 16, 1, 5}};
        for (Activation act : hidden) {
            for (int[] layers : shapes) {
                for (boolean crossEntropy : new boolean[] {false, true}) {
                    Network shape = crossEntropy
                            ? Network.create(3, layers, act, Activation.SIGMOID, Loss.CROSS_ENTROPY)
                            : Network.create(3, layers, act, act, Loss.MSE);
                    shape.initialize(Initialization.RANDOM, random);
                    int[] order = new int[40];
                    for (int i = 0; i < order.length; i++) {
                        order[i] = (i * 17) % order.length; // a permutation, as the shuffled epochs use
                    }
                    for (int n : new int[] {1, 10, 7, 30}) {
                        assertSameBitsAsSampleBySample(shape, order.length, order, 3, n, random);
                    }
                }
            }
        }
    }

    @Test
    void keepsSeveralOutputsApart() {
        SeededRandom random = new SeededRandom(5);
        Network shape = new Network(new int[] {2, 6, 3}, new Activation[] {Activation.TANH, Activation.LINEAR},
                Loss.MSE);
        shape.initialize(Initialization.RANDOM, random);
        int[] order = {4, 0, 3, 1, 2};
        assertSameBitsAsSampleBySample(shape, 5, order, 0, 5, random);
    }

    @Test
    void oneBatchPassServesBatchesOfEverySize() {
        SeededRandom random = new SeededRandom(6);
        Network shape = Network.create(2, new int[] {5}, Activation.TANH, Activation.TANH, Loss.MSE);
        shape.initialize(Initialization.RANDOM, random);
        int[] order = new int[64];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        BatchPass pass = new BatchPass(shape);
        for (int n : new int[] {2, 64, 3, 10}) {
            assertSameBitsAsSampleBySample(shape, pass, 64, order, 0, n, random);
        }
    }

    @Test
    void givesTheBitsOfSampleBySamplePassesBehindASoftmaxOutput() {
        SeededRandom random = new SeededRandom(98);
        int[][] hiddenShapes = {{}, {4}, {5, 3}};
        Activation[] hidden = {Activation.TANH, Activation.RELU, Activation.SIGMOID};
        for (int k : new int[] {2, 3, 6}) {
            for (int h = 0; h < hiddenShapes.length; h++) {
                for (Loss loss : Loss.values()) {
                    int[] sizes = new int[hiddenShapes[h].length + 2];
                    Activation[] acts = new Activation[sizes.length - 1];
                    sizes[0] = 3;
                    for (int i = 0; i < hiddenShapes[h].length; i++) {
                        sizes[i + 1] = hiddenShapes[h][i];
                        acts[i] = hidden[(h + i) % hidden.length];
                    }
                    sizes[sizes.length - 1] = k;
                    acts[acts.length - 1] = Activation.SOFTMAX;
                    Network shape = new Network(sizes, acts, loss);
                    shape.initialize(Initialization.RANDOM, random);
                    int[] order = new int[40];
                    for (int i = 0; i < order.length; i++) {
                        order[i] = (i * 17) % order.length;
                    }
                    for (int n : new int[] {1, 10, 7, 30}) {
                        assertSameBitsAsSampleBySample(shape, order.length, order, 3, n, random);
                    }
                    assertLossSumHasTheBitsOfSampleLoss(shape, random);
                }
            }
        }
    }

    /** {@link BatchPass#lossSum} over chunks of 64 against forward and sampleLoss one sample after another. */
    private static void assertLossSumHasTheBitsOfSampleLoss(Network n, SeededRandom random) {
        int in = n.size(0);
        int out = n.size(n.layerCount());
        int count = 150;
        double[] x = new double[count * in];
        double[] y = new double[count * out];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble(-4, 4);
        }
        for (int s = 0; s < count; s++) {
            y[s * out + random.nextInt(out)] = 1;
        }
        double sum = 0;
        for (int s = 0; s < count; s++) {
            n.forward(x, s * in);
            sum += n.sampleLoss(y, s * out);
        }
        assertEquals(sum, n.batchPass().lossSum(x, y, count), 0, n.loss() + ", " + out + " softmax outputs");
    }
}
