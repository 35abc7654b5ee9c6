package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.state.PlaygroundConfig;
import org.junit.jupiter.api.Test;

/** The playground with K = 3 … 6 classes: a softmax of K outputs, one-hot targets, argmax accuracy, confusion. */
class MultiClassSessionTest {
    private static final PlaygroundConfig DEFAULTS = PlaygroundConfig.defaults();

    /**
     * Three gaussian blobs (500 points, noise 0, seed 1, half for training) with the default network: x1 and x2,
     * hidden layers of 4 and 2 tanh neurons, a softmax over 3, cross-entropy, η = 0.03, batch 10; 50 epochs.
     */
    @Test
    void threeBlobsReachNinetyFivePercentInFiftyEpochs() {
        PlaygroundSession s = new PlaygroundSession(DEFAULTS.withDataset(DatasetKind.GAUSSIANS).withClasses(3));
        assertArrayEquals(new int[] {2, 4, 2, 3}, s.network().sizes());
        assertEquals(Activation.SOFTMAX, s.network().activation(3));
        assertEquals(50, s.trainEpochs(50));
        assertTrue(s.accuracy(true) >= 0.95, "training accuracy " + s.accuracy(true));
    }

    /**
     * A three-arm spiral (500 points, noise 0, seed 1, half for training): x1 and x2, hidden layers of 8 and 8 tanh
     * neurons, a softmax over 3, cross-entropy, η = 0.03, batch 10; 300 epochs (measured 99.6 %; 74 % after 100).
     */
    @Test
    void aThreeArmSpiralReachesNinetyPercentInThreeHundredEpochs() {
        PlaygroundConfig c = DEFAULTS.withDataset(DatasetKind.SPIRAL).withClasses(3).withHidden(new int[] {8, 8});
        PlaygroundSession s = new PlaygroundSession(c);
        s.trainEpochs(100);
        assertTrue(s.accuracy(true) < 0.9, "not learnt at once: " + s.accuracy(true));
        s.trainEpochs(200);
        assertEquals(300, s.epoch());
        assertTrue(s.accuracy(true) >= 0.9, "training accuracy " + s.accuracy(true));
    }

    @Test
    void twoClassesKeepOneSigmoidOutput() {
        PlaygroundSession s = new PlaygroundSession(DEFAULTS.withDataset(DatasetKind.GAUSSIANS));
        assertArrayEquals(new int[] {2, 4, 2, 1}, s.network().sizes());
        assertEquals(Activation.SIGMOID, s.network().activation(3));
        PlaygroundSession back = new PlaygroundSession(DEFAULTS.withDataset(DatasetKind.GAUSSIANS).withClasses(4)
                .withClasses(2));
        s.trainEpochs(5);
        back.trainEpochs(5);
        assertArrayEquals(s.parameters(), back.parameters(), 0);
    }

    @Test
    void theConfusionMatrixAgreesWithTheAccuracy() {
        PlaygroundConfig[] configs = {
            DEFAULTS.withDataset(DatasetKind.PINWHEEL).withClasses(4).withHidden(new int[] {6}),
            DEFAULTS.withDataset(DatasetKind.SPIRAL).withClasses(6).withLoss(Loss.MSE),
            DEFAULTS.withDataset(DatasetKind.XOR),
            DEFAULTS.withOutput(Activation.TANH),
        };
        for (PlaygroundConfig c : configs) {
            PlaygroundSession s = new PlaygroundSession(c.withTrainRatio(0.7));
            s.trainEpochs(2);
            for (boolean train : new boolean[] {true, false}) {
                ConfusionMatrix m = ConfusionMatrix.of(s, train);
                assertEquals(c.classes(), m.classes());
                assertEquals(train ? s.trainCount() : s.testCount(), m.total());
                assertEquals(s.accuracy(train), (double) m.correct() / m.total(), 1e-15, c.dataset() + " " + train);
                assertTrue(m.correct() < m.total() && m.correct() > 0, "a test that could fail: " + m.correct());
                Dataset d = s.data();
                for (int actual = 0; actual < m.classes(); actual++) {
                    int points = 0;
                    for (int i = 0; i < d.size(); i++) {
                        points += d.isTrain(i) == train && d.label(i) == actual ? 1 : 0;
                    }
                    assertEquals(points, m.actual(actual));
                    assertTrue(points > 0, c.dataset() + " " + train + ": every class has points in the split");
                    double shares = 0;
                    for (int p = 0; p < m.classes(); p++) {
                        shares += m.share(actual, p);
                    }
                    assertEquals(1, shares, 1e-12);
                }
            }
        }
    }

    @Test
    void ownPointsOfThreeClassesTrainAndCountPerClass() {
        Dataset mine = Dataset.empty().withPoint(-4, -4, 0, true).withPoint(-3, -4, 0, true)
                .withPoint(4, -4, 1, true).withPoint(4, -3, 1, true).withPoint(0, 4, 2, true).withPoint(1, 4, 2, true);
        PlaygroundSession s = new PlaygroundSession(DEFAULTS.withPoints(Dataset.empty()).withClasses(3)
                .withPoints(mine).withHidden(new int[0]).withLearningRate(0.3));
        s.trainEpochs(200);
        ConfusionMatrix m = ConfusionMatrix.of(s, true);
        for (int c = 0; c < 3; c++) {
            assertEquals(2, m.count(c, c), "class " + c);
            assertEquals(1, m.share(c, c), 0);
        }
        assertEquals(1, s.accuracy(true), 0);
        assertTrue(Double.isNaN(s.accuracy(false)));
        assertEquals(0, ConfusionMatrix.of(s, false).total());
        assertTrue(Double.isNaN(ConfusionMatrix.of(s, false).share(0, 0)));
        assertThrows(IllegalArgumentException.class, () -> m.count(3, 0));
    }

    @Test
    void softmaxOutputsAreProbabilitiesAndTheHeatmapRowHasEveryClass() {
        PlaygroundSession s = new PlaygroundSession(DEFAULTS.withDataset(DatasetKind.GAUSSIANS).withClasses(5));
        s.trainEpochs(10);
        double p0 = s.predict(1, 2);
        double sum = 0;
        for (int j = 0; j < 5; j++) {
            sum += s.network().output(3, j);
        }
        assertEquals(1, sum, 1e-12);
        assertEquals(p0, s.network().output(3, 0), 0);
        double[] xs = {-3, 0, 3};
        double[] row = new double[5 * 3];
        s.evaluateOutputsRow(xs, 2, 3, row, 0, 3);
        for (int i = 0; i < 3; i++) {
            s.predict(xs[i], 2);
            for (int j = 0; j < 5; j++) {
                assertEquals(s.network().output(3, j), row[j * 3 + i], 1e-4, "drawing pass within its bound");
            }
        }
    }

    @Test
    void regressionHasNoConfusionMatrix() {
        PlaygroundSession s = new PlaygroundSession(DEFAULTS.withProblem(ProblemType.REGRESSION));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(s, true));
    }
}
