package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.sim.ConfusionMatrix;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import org.junit.jupiter.api.Test;

class ClassTextTest {
    private static final PlaygroundConfig THREE = PlaygroundConfig.defaults().withDataset(DatasetKind.GAUSSIANS)
            .withClasses(3);

    @Test
    void aSoftmaxOutputNeuronIsNamedByItsClass() {
        Network n = new Network(new int[] {2, 3}, new Activation[] {Activation.SOFTMAX}, Loss.CROSS_ENTROPY);
        n.setBias(1, 2, 0.25);
        assertEquals("Output neuron for class 2 (green), a softmax: the canvas and its square show the probability "
                + "of class 2; bias 0.250; z = 0.000·x₁ + 0.000·x₂ + 0.250.",
                PlaygroundText.describe(n, new NodeRef(1, 2), THREE));
        Network two = Network.create(2, new int[0], Activation.TANH, Activation.SIGMOID, Loss.MSE);
        assertTrue(PlaygroundText.describe(two, new NodeRef(1, 0), PlaygroundConfig.defaults())
                .startsWith("Output neuron (Sigmoid): bias"));
    }

    @Test
    void probabilitiesAtAPointAddUpAndNameTheWinner() {
        PlaygroundSession s = new PlaygroundSession(THREE);
        s.trainEpochs(30);
        String text = ClassText.probabilities(s, -2.5, -2.5);
        assertTrue(text.startsWith("At (-2.50, -2.50): class 0 (orange) "), text);
        assertTrue(text.contains(", class 1 (blue) ") && text.contains(", class 2 (green) "), text);
        // The blob of class 0 sits at 5π/4 on the circle of radius 3.5: about (−2.5, −2.5).
        assertTrue(text.endsWith("; the network picks class 0."), text);
        assertEquals("", ClassText.probabilities(new PlaygroundSession(PlaygroundConfig.defaults()), 0, 0));
    }

    @Test
    void theConfusionTablesCellsShowCountsAndShares() {
        Dataset mine = Dataset.empty().withPoint(-4, -4, 0, true).withPoint(-3, -4, 0, true)
                .withPoint(4, -4, 1, true).withPoint(0, 4, 2, false);
        PlaygroundSession s = new PlaygroundSession(PlaygroundConfig.defaults().withPoints(Dataset.empty())
                .withClasses(3).withPoints(mine).withHidden(new int[0]).withLearningRate(0.3));
        s.trainEpochs(300);
        ConfusionMatrix train = s.confusion(true);
        assertEquals("Training points: 3 of 3 right (100.0 %)", ClassText.caption(train, true));
        assertEquals("2 (100 %)", ClassText.cell(train, 0, 0));
        assertEquals("2", ClassText.count(train, 0, 0));
        assertEquals("100 %", ClassText.share(train, 0, 0));
        assertEquals("", ClassText.share(train, 0, 1));
        assertEquals("0", ClassText.cell(train, 0, 1));
        assertEquals("–", ClassText.cell(train, 2, 2), "no training point of class 2");
        assertEquals("2 green", ClassText.rowHeader(2));
        assertEquals("1", ClassText.columnHeader(1));
        ConfusionMatrix test = s.confusion(false);
        assertEquals(1, test.total());
        assertTrue(ClassText.caption(test, false).startsWith("Test points: "), ClassText.caption(test, false));
        PlaygroundSession empty = new PlaygroundSession(PlaygroundConfig.defaults().withPoints(Dataset.empty()));
        assertEquals("Test points: none", ClassText.caption(empty.confusion(false), false));
        assertEquals("50 %", ClassText.percent(0.5));
        assertEquals("–", ClassText.percent(Double.NaN));
    }
}
