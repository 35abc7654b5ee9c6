package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Activation;
import hyperplane.sim.TrainingDiagnosis.DeadUnits;
import hyperplane.sim.TrainingDiagnosis.NoProgress;
import hyperplane.sim.TrainingDiagnosis.Saturated;
import hyperplane.sim.TrainingDiagnosis.VanishingGradients;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosisTextTest {
    private final DeadUnits deadLayer = new DeadUnits(2, 2, 2, 0.4921);
    private final DeadUnits someDead = new DeadUnits(1, 6, 8, 0.3);
    private final NoProgress bouncing = new NoProgress(50, 0.9812, 2.6034, 0.7704, 0.504, 3);
    private final Saturated flat = new Saturated(1, 3, 4, Activation.TANH, 2.5, false, 1);

    @Test
    void aDeadLayerSaysTheOutputIsConstantAndWhatToTry() {
        assertEquals("Dead network: both neurons of hidden layer 2 output 0 for every training point. ReLU's slope is 0"
                + " there too, so no gradient gets past this layer: the output stays near 0.49 for every point and"
                + " training cannot revive it. Try another seed, a smaller learning rate, or Leaky ReLU, which keeps a"
                + " small slope below 0.", DiagnosisText.line(List.of(deadLayer)));
        assertEquals("dead", DiagnosisText.kind(deadLayer));
        assertTrue(DiagnosisText.line(List.of(new DeadUnits(1, 4, 4, 0.5)))
                .startsWith("Dead network: all 4 neurons of hidden layer 1 output 0 "));
        assertTrue(DiagnosisText.line(List.of(new DeadUnits(3, 1, 1, 0.5)))
                .startsWith("Dead network: the only neuron of hidden layer 3 outputs 0 "));
    }

    @Test
    void aPartlyDeadLayerNamesTheCount() {
        assertEquals("6 of 8 neurons in hidden layer 1 output 0 for every training point, so they have stopped learning"
                + " (ReLU's slope is 0 there) and the others do all the work. If the fit stays poor, try another seed,"
                + " a smaller learning rate, or Leaky ReLU.", DiagnosisText.line(List.of(someDead)));
        assertEquals("some-dead", DiagnosisText.kind(someDead));
    }

    @Test
    void oneNeuronIsSaidInTheSingular() {
        assertTrue(DiagnosisText.line(List.of(new DeadUnits(2, 1, 2, 0.3)))
                .startsWith("1 of 2 neurons in hidden layer 2 outputs 0 for every training point, so it has stopped"));
        String flatOne = DiagnosisText.line(List.of(new Saturated(2, 1, 2, Activation.TANH, 2.5, false, 3)));
        assertTrue(flatOne.startsWith("Saturated neurons: 1 of 2 neurons in hidden layer 2 has z above 2.5"), flatOne);
        assertTrue(flatOne.contains(". Its output hardly changes from point to point and its gradients are tiny,"
                + " so learning is slow. Large weights put it there: try a learning rate of 3 and press Reset"),
                flatOne);
    }

    @Test
    void noProgressSaysTheLossIsNotFallingAndNamesTheSmallerRate() {
        assertEquals("No progress: in the last 50 epochs the training loss went up and down between 0.981 and 2.603 but"
                + " never fell below its earlier best, 0.770, and 50 % of the training points are right. The steps"
                + " overshoot the minimum: try a learning rate of 3.", DiagnosisText.line(List.of(bouncing)));
        assertEquals("no-progress", DiagnosisText.kind(bouncing));
    }

    @Test
    void noProgressWithoutAccuracyOrSmallerRate() {
        String text = DiagnosisText.line(List.of(new NoProgress(50, 0.5, 0.9, 0.45, Double.NaN, Double.NaN)));
        assertEquals("No progress: in the last 50 epochs the training loss went up and down between 0.500 and 0.900 but"
                + " never fell below its earlier best, 0.450. The steps overshoot the minimum: try a smaller learning"
                + " rate.", text);
    }

    @Test
    void saturationExplainsTheTinyGradientsAndWhatToTry() {
        assertEquals("Saturated neurons: 3 of 4 neurons in hidden layer 1 have z above 2.5 (or below −2.5) for nearly"
                + " every training point, where tanh is flat (slope under 0.03). Their output hardly changes from point"
                + " to point and their gradients are tiny, so learning is slow. Large weights put them there: try a"
                + " learning rate of 1 and press Reset, or use ReLU, which has no flat side above 0.",
                DiagnosisText.line(List.of(flat)));
        assertEquals("saturated", DiagnosisText.kind(flat));
        String given = DiagnosisText.line(List.of(new Saturated(2, 2, 2, Activation.SIGMOID, 4, true, 0.01)));
        assertTrue(given.contains("where sigmoid is flat (slope under 0.02)"), given);
        assertTrue(given.endsWith("These starting weights are large: press Reset to start from the seed's"
                + " small ones."), given);
    }

    @Test
    void furtherFindingsAddAShortClause() {
        String text = DiagnosisText.line(List.of(deadLayer, bouncing));
        assertTrue(text.startsWith("Dead network: both neurons"), text);
        assertTrue(text.endsWith(" below 0. The loss is not falling either (between 0.981 and 2.603 in the"
                + " last 50 epochs): try a learning rate of 3."), text);
        assertTrue(DiagnosisText.line(List.of(bouncing, flat)).endsWith("try a learning rate of 3. Also, 3 of 4"
                + " neurons in hidden layer 1 are stuck where tanh is flat."));
    }

    @Test
    void nothingFoundIsAnEmptyLine() {
        assertEquals("", DiagnosisText.line(List.of()));
    }

    @Test
    void ratesAreWrittenAsTheSelectWritesThem() {
        assertEquals("3", DiagnosisText.rateText(3));
        assertEquals("0.3", DiagnosisText.rateText(0.3));
        assertEquals("0.003", DiagnosisText.rateText(0.003));
        assertEquals("0.00001", DiagnosisText.rateText(0.00001));
    }

    @Test
    void vanishingGradientsSayHowManyTimesSmallerAndWhatToTry() {
        assertEquals("Vanishing gradients: the weights of hidden layer 1 get gradients about 9,700 times smaller than the"
                + " output layer's (mean |∂C/∂w| over the last 10 epochs), so the first hidden layers of the 6 hardly"
                + " learn. On the way back the gradient is multiplied at every layer by the slope of sigmoid, which is"
                + " at most 0.25, and by the weights, so it fades layer by layer. Try tanh or ReLU, or fewer hidden"
                + " layers. Gradient flow, under Inside the network, draws each layer's.",
                DiagnosisText.line(List.of(new VanishingGradients(6, 9731.4, Activation.SIGMOID))));
        assertTrue(DiagnosisText.line(List.of(new VanishingGradients(3, 80, Activation.TANH)))
                .contains("by the slope of tanh and by the weights, and here it fades layer by layer. Try ReLU,"),
                "tanh: ReLU is the advice");
        assertEquals("vanishing", DiagnosisText.kind(new VanishingGradients(3, 80, Activation.TANH)));
        assertEquals("The gradients fade on the way back, too: hidden layer 1's are about 120 times smaller than the"
                + " output layer's.", DiagnosisText.also(new VanishingGradients(3, 123, Activation.SIGMOID)));
    }

    @Test
    void ratiosAreRoundedToTwoDigits() {
        assertEquals("51", DiagnosisText.roughly(51.4));
        assertEquals("130", DiagnosisText.roughly(130));
        assertEquals("9,700", DiagnosisText.roughly(9731));
        assertEquals("12,000", DiagnosisText.roughly(12345));
        assertEquals("1,000,000", DiagnosisText.roughly(999_999));
    }
}
