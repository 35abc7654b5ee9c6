package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.FeatureMap;
import hyperplane.engine.Activation;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.SeededRandom;
import hyperplane.engine.Trainer;
import hyperplane.state.HashCodec;
import hyperplane.state.PlaygroundConfig;
import org.junit.jupiter.api.Test;

/**
 * Each layer's mean |∂C/∂w| per epoch, checked against the gradients {@link Network#backward} gives sample by
 * sample (relative error below 1e-12: the trainer's batched pass adds the same terms in the same order).
 */
class GradientHistoryTest {
    private static final double TOLERANCE = 1e-12;

    /** Per layer l (index l − 1), the mean over its weights of |Σ_s ∂C_s/∂w| / n over the given samples. */
    private static double[] direct(Network net, double[] inputs, double[] targets, int[] samples) {
        Network copy = net.copy();
        copy.zeroGradients();
        for (int s : samples) {
            copy.forward(inputs, s * copy.size(0));
            copy.backward(targets, s * copy.size(copy.layerCount()));
        }
        double[] out = new double[copy.layerCount()];
        for (int l = 1; l <= copy.layerCount(); l++) {
            double sum = 0;
            for (int j = 0; j < copy.size(l); j++) {
                for (int k = 0; k < copy.size(l - 1); k++) {
                    sum += Math.abs(copy.weightGradient(l, j, k));
                }
            }
            out[l - 1] = sum / samples.length / (copy.size(l) * copy.size(l - 1));
        }
        return out;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.abs(expected), what + ": expected " + expected
                + ", was " + actual);
    }

    @Test
    void aSessionsEpochsHoldTheFullBatchGradientsOfBackward() {
        // 50 training points in one batch: each epoch's entry is the gradient before its single update.
        PlaygroundConfig config = HashCodec.decode("#v=1&count=100&ratio=0.5&batch=50&hidden=4,3&act=sigmoid")
                .state().playground();
        PlaygroundSession session = new PlaygroundSession(config);
        Samples train = new Samples(true);
        train.fill(session.data(), new FeatureMap(config.features()), config.output(), config.outputs());
        assertEquals(50, train.count);
        int[] all = new int[train.count];
        for (int s = 0; s < all.length; s++) {
            all[s] = s;
        }
        for (int epoch = 0; epoch < 3; epoch++) {
            double[] expected = direct(session.network(), train.inputs, train.targets, all);
            session.trainEpochs(1);
            GradientHistory history = session.gradients();
            assertEquals(epoch + 1, history.size());
            assertEquals(3, history.layers());
            for (int l = 1; l <= 3; l++) {
                assertClose(expected[l - 1], history.value(l, epoch), "epoch " + (epoch + 1) + " layer " + l);
            }
        }
        session.reset();
        assertEquals(0, session.gradients().size(), "Reset starts the history again");
    }

    @Test
    void anEpochOfSeveralBatchesAveragesTheBatchesGradients() {
        Network net = new Network(new int[] {2, 3, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID},
                Loss.CROSS_ENTROPY);
        net.initialize(Initialization.RANDOM, new SeededRandom(5));
        double[] inputs = new double[14];
        double[] targets = new double[7];
        SeededRandom random = new SeededRandom(9);
        for (int s = 0; s < 7; s++) {
            inputs[2 * s] = random.nextDouble(-1, 1);
            inputs[2 * s + 1] = random.nextDouble(-1, 1);
            targets[s] = s % 2;
        }
        Trainer trainer = new Trainer(net);
        trainer.setShuffle(false);
        trainer.setBatchSize(3);
        trainer.setLearningRate(0.5);
        int[][] batches = {{0, 1, 2}, {3, 4, 5}, {6}};
        double[] sum = new double[2];
        for (int[] batch : batches) {
            double[] g = direct(net, inputs, targets, batch);
            sum[0] += g[0];
            sum[1] += g[1];
            trainer.trainBatch(inputs, targets, 7, null);
        }
        double[] taken = new double[2];
        assertEquals(3, trainer.takeGradientSizes(taken));
        assertClose(sum[0] / 3, taken[0], "layer 1");
        assertClose(sum[1] / 3, taken[1], "layer 2");
        assertEquals(0, trainer.takeGradientSizes(taken), "taking starts a new sum");
        assertTrue(Double.isNaN(taken[0]));
    }

    @Test
    void growsPastItsFirstArraysAndChecksItsArguments() {
        GradientHistory history = new GradientHistory();
        history.clear(2);
        for (int e = 0; e < 600; e++) {
            history.add(new double[] {e, -e});
        }
        assertEquals(600, history.size());
        assertEquals(599, history.value(1, 599));
        assertEquals(-599, history.values(2)[599]);
        assertThrows(IllegalArgumentException.class, () -> history.add(new double[1]));
        assertThrows(IllegalArgumentException.class, () -> history.values(3));
        assertThrows(IndexOutOfBoundsException.class, () -> history.value(1, 600));
        assertThrows(IllegalArgumentException.class, () -> history.clear(0));
    }
}
