package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import org.junit.jupiter.api.Test;

class PlaygroundTextTest {
    private final PlaygroundConfig config = PlaygroundConfig.defaults();

    @Test
    void describesANeuronsBiasAndIncomingWeights() {
        Network n = Network.create(2, new int[] {2}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        n.setBias(1, 1, 0.5);
        n.setWeight(1, 1, 0, -1.25);
        n.setWeight(1, 1, 1, 2);
        assertEquals("Layer 1, neuron 2 (" + Activation.TANH.label() + "): bias 0.500; z = −1.250·x₁ + 2.000·x₂"
                + " + 0.500.", PlaygroundText.describe(n, new NodeRef(1, 1), config));
        n.setBias(2, 0, -0.25);
        n.setWeight(2, 0, 0, 0.125);
        n.setWeight(2, 0, 1, -3);
        assertEquals("Output neuron (" + Activation.SIGMOID.label() + "): bias −0.250; z = 0.125·a₁ − 3.000·a₂"
                + " − 0.250, with aₖ the output of neuron k of layer 1.",
                PlaygroundText.describe(n, new NodeRef(2, 0), config));
        assertEquals("Input " + config.features().get(0).label()
                + ": the main canvas shows this feature's value over the plane.",
                PlaygroundText.describe(n, new NodeRef(0, 0), config));
    }

    @Test
    void summaryCountsPointsAndTellsTheAccuracy() {
        PlaygroundSession session = new PlaygroundSession(config);
        String summary = PlaygroundText.summary(session);
        assertTrue(summary.startsWith(session.trainCount() + " training points, " + session.testCount()
                + " test points; "), summary);
        assertTrue(summary.endsWith(" % of training points classified right."), summary);
    }

    @Test
    void progressNamesEpochAndLosses() {
        PlaygroundSession session = new PlaygroundSession(config);
        session.trainEpochs(2);
        assertEquals("Epoch 2, training loss " + Format.loss(session.trainLoss()) + ", test loss "
                + Format.loss(session.testLoss()) + ".", PlaygroundText.progress(session));
    }

    @Test
    void arrowKeysMoveBetweenNeuronsWithinTheNetwork() {
        int[] sizes = {2, 4, 1};
        assertEquals(new NodeRef(1, 0), PlaygroundText.moved(null, "ArrowLeft", sizes));
        assertEquals(new NodeRef(2, 0), PlaygroundText.moved(null, "ArrowRight", sizes));
        assertEquals(new NodeRef(1, 3), PlaygroundText.moved(new NodeRef(1, 3), "ArrowDown", sizes));
        assertEquals(new NodeRef(1, 0), PlaygroundText.moved(new NodeRef(1, 0), "ArrowUp", sizes));
        assertEquals(new NodeRef(1, 2), PlaygroundText.moved(new NodeRef(1, 1), "ArrowDown", sizes));
        // Into a smaller layer the neuron is kept within it.
        assertEquals(new NodeRef(0, 1), PlaygroundText.moved(new NodeRef(1, 3), "ArrowLeft", sizes));
        assertEquals(new NodeRef(0, 0), PlaygroundText.moved(new NodeRef(0, 0), "ArrowLeft", sizes));
        assertNull(PlaygroundText.moved(new NodeRef(1, 1), "Enter", sizes));
    }

    @Test
    void neuronEditorNamesTheNeuronAndItsInputs() {
        Network n = Network.create(2, new int[] {3}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        assertEquals("Edit neuron 2 of hidden layer 1 (" + Activation.TANH.label() + ")",
                PlaygroundText.editorTitle(n, new NodeRef(1, 1)));
        assertEquals("Edit the output neuron (" + Activation.SIGMOID.label() + ")",
                PlaygroundText.editorTitle(n, new NodeRef(2, 0)));
        assertEquals("weight from " + config.features().get(1).label(), PlaygroundText.weightLabel(1, 1, config));
        assertEquals("weight from neuron 3 of layer 1", PlaygroundText.weightLabel(2, 2, config));
    }

    @Test
    void typedParametersMustBeNumbersWithinTheLimit() {
        assertEquals(-2.5, PlaygroundText.typedParameter("-2.5", 1000));
        assertEquals(1000, PlaygroundText.typedParameter("1000", 1000));
        assertTrue(Double.isNaN(PlaygroundText.typedParameter("1001", 1000)));
        assertTrue(Double.isNaN(PlaygroundText.typedParameter("abc", 1000)));
        assertEquals("The bias b was not changed: \"abc\" is not a number between −1000 and 1000.",
                PlaygroundText.editRefused("bias b", "abc", 1000));
    }
}
