package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossCountTest {
    @Test
    void chunkByChunkGivesTheBitsOfTheOnePieceCount() {
        SeededRandom random = new SeededRandom(31);
        Network[] networks = {
            Network.create(2, new int[] {16, 16, 16}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY),
            Network.create(3, new int[] {5}, Activation.RELU, Activation.LINEAR, Loss.MSE),
            new Network(new int[] {2, 5, 3}, new Activation[] {Activation.TANH, Activation.SOFTMAX},
                    Loss.CROSS_ENTROPY)};
        for (Network n : networks) {
            n.initialize(Initialization.RANDOM, random);
            int in = n.size(0);
            int out = n.size(n.layerCount());
            LossCount count = new LossCount(n);
            for (int samples : new int[] {1, 63, 64, 65, 250}) {
                double[] x = new double[samples * in];
                double[] y = new double[samples * out];
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextDouble(-4, 4);
                }
                for (int i = 0; i < samples; i++) {
                    y[i * out + (out == 1 ? 0 : random.nextInt(out))] = random.nextDouble() < 0.5 ? 0 : 1;
                }
                for (double threshold : new double[] {0.5, Double.NaN}) {
                    double[] share = {-1};
                    int k = Trainer.classes(n);
                    int[] wholeTally = new int[k * k];
                    wholeTally[0] = 99; // cleared by the count
                    double whole = Trainer.meanLoss(n, x, y, samples, threshold, share, wholeTally);
                    count.begin(x, y, samples, threshold);
                    int steps = 1;
                    while (!count.step()) {
                        steps++;
                    }
                    String what = n.loss() + ", " + samples + " samples, threshold " + threshold;
                    assertEquals((samples + BatchPass.LOSS_CHUNK - 1) / BatchPass.LOSS_CHUNK, steps, what);
                    assertEquals(Double.doubleToRawLongBits(whole), Double.doubleToRawLongBits(count.meanLoss()), what);
                    assertEquals(Double.doubleToRawLongBits(share[0]), Double.doubleToRawLongBits(count.share()), what);
                    int[] tally = new int[k * k];
                    count.confusion(tally);
                    assertArrayEquals(wholeTally, tally, what);
                    int tallied = 0;
                    int diagonal = 0;
                    for (int c = 0; c < k; c++) {
                        for (int p = 0; p < k; p++) {
                            tallied += tally[c * k + p];
                        }
                        diagonal += tally[c * k + c];
                    }
                    if (threshold == threshold) {
                        assertEquals(samples, tallied, what + ": every sample in one cell");
                        assertEquals(share[0], (double) diagonal / samples, 0, what + ": the diagonal is the share");
                    } else {
                        assertEquals(0, tallied, what + ": no classes without a threshold");
                    }
                }
            }
        }
    }

    @Test
    void noSamplesAreCountedAtOnceAsNaN() {
        LossCount count = new LossCount(TestNetworks.hand());
        count.begin(new double[0], new double[0], 0, 0.5);
        assertTrue(count.done());
        assertTrue(count.step());
        assertTrue(Double.isNaN(count.meanLoss()));
        assertTrue(Double.isNaN(count.share()));
    }

    @Test
    void refusesAResultBeforeTheLastChunkAndArraysTooShort() {
        Network n = TestNetworks.hand();
        LossCount count = new LossCount(n);
        double[] x = new double[2 * 100];
        double[] y = new double[100];
        count.begin(x, y, 100, 0.5);
        assertFalse(count.done());
        assertThrows(IllegalStateException.class, count::meanLoss);
        assertFalse(count.step(), "64 of 100");
        assertTrue(count.step());
        assertEquals(Trainer.meanLoss(n, x, y, 100), count.meanLoss(), 0);
        assertThrows(IllegalArgumentException.class, () -> count.begin(x, y, 101, 0.5));
        assertThrows(IllegalArgumentException.class, () -> count.confusion(new int[3]), "K = 2 takes 4 counts");
        assertThrows(IllegalArgumentException.class, () -> new LossCount(null));
    }
}
