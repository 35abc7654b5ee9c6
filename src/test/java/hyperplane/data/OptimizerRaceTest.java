package hyperplane.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hyperplane.engine.Activation;
import hyperplane.engine.Adam;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.SeededRandom;
import hyperplane.engine.Trainer;
import hyperplane.engine.Sgd;
import hyperplane.engine.UpdateRule;
import org.junit.jupiter.api.Test;

/**
 * Adam against plain SGD on the spiral, from the same seed: 500 noise-free points, half for training, all seven
 * features, hidden layers 8-8-8 of tanh, tanh output with MSE on −1/+1 targets, batch 10 (as in
 * {@link LearnabilityTest}), seed 2024. The count is the first epoch after which the training accuracy is ≥ 95 %.
 */
class OptimizerRaceTest {
    @Test
    void adamAtTheUsualRateReachesNinetyFivePercentInFewerEpochsThanSgdAtTheDefaultRate() {
        assertEquals(192, epochs(new Sgd(), 0.03, 2024), "SGD at the playground's default rate 0.03");
        assertEquals(31, epochs(new Adam(0.9, 0.999, 1e-8), 0.01, 2024), "Adam (0.9, 0.999, 1e-8) at rate 0.01");
    }

    @Test
    void adamAtTheDefaultRateIsTooNoisyForThisSeed() {
        // The honest other half: at SGD's rate 0.03 Adam's steps (about η per parameter) keep the accuracy under
        // 95 % for the whole 2000 epochs on this seed (on seeds 1 and 7 it gets there in 14 and 57 epochs).
        assertEquals(-1, epochs(new Adam(0.9, 0.999, 1e-8), 0.03, 2024));
    }

    /** The first epoch (1 …) after which the training accuracy is ≥ 95 %, or −1 if none up to 2000. */
    private static int epochs(UpdateRule rule, double rate, int seed) {
        SeededRandom random = new SeededRandom(seed);
        Dataset d = DatasetKind.SPIRAL.generate(500, 0, 0.5, random);
        FeatureMap map = new FeatureMap(Feature.values());
        double[] inputs = new double[d.size() * map.count()];
        double[] targets = new double[d.size()];
        int n = map.fill(d, true, inputs, targets, Activation.TANH);
        Network net = Network.create(map.count(), new int[] {8, 8, 8}, Activation.TANH, Activation.TANH, Loss.MSE);
        net.initialize(Initialization.RANDOM, random);
        Trainer t = new Trainer(net);
        t.setUpdateRule(rule);
        t.setLearningRate(rate);
        for (int epoch = 1; epoch <= 2000; epoch++) {
            t.trainEpoch(inputs, targets, n, random);
            if (accuracy(net, inputs, targets, n) >= 0.95) {
                return epoch;
            }
        }
        return -1;
    }

    private static double accuracy(Network net, double[] inputs, double[] targets, int n) {
        int right = 0;
        int width = net.size(0);
        for (int i = 0; i < n; i++) {
            if (net.forward(inputs, i * width) >= 0 == targets[i] > 0) {
                right++;
            }
        }
        return (double) right / n;
    }
}
