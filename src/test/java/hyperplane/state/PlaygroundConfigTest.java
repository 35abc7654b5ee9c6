package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaygroundConfigTest {
    private final PlaygroundConfig defaults = PlaygroundConfig.defaults();

    @Test
    void defaultsAreTensorFlowPlaygroundsStartingPoint() {
        assertEquals(DatasetKind.CIRCLE, defaults.dataset());
        assertEquals(List.of(Feature.X1, Feature.X2), defaults.features());
        assertArrayEquals(new int[] {2, 4, 2, 1}, defaults.layerSizes());
        assertEquals(Activation.TANH, defaults.activation());
        assertEquals(0.03, defaults.learningRate());
        assertEquals(10, defaults.batchSize());
    }

    @Test
    void switchingToRegressionPicksAFittingDatasetOutputAndLoss() {
        PlaygroundConfig regression = defaults.withProblem(ProblemType.REGRESSION);
        assertEquals(DatasetKind.PLANE, regression.dataset());
        assertEquals(Activation.LINEAR, regression.output());
        assertEquals(Loss.MSE, regression.loss());
        PlaygroundConfig back = regression.withDataset(DatasetKind.XOR);
        assertEquals(ProblemType.CLASSIFICATION, back.problem());
        assertEquals(Activation.SIGMOID, back.output());
    }

    @Test
    void crossEntropyForcesSigmoidAndTanhForcesMse() {
        PlaygroundConfig tanh = defaults.withOutput(Activation.TANH);
        assertEquals(Loss.MSE, tanh.loss());
        PlaygroundConfig ce = tanh.withLoss(Loss.CROSS_ENTROPY);
        assertEquals(Activation.SIGMOID, ce.output());
    }

    @Test
    void rejectsOutOfRangeValuesNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> defaults.withNoise(0.7));
        assertTrue(e.getMessage().contains("noise (0.7)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.withLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> defaults.withBatchSize(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withHidden(new int[9]));
        assertThrows(IllegalArgumentException.class, () -> defaults.withHidden(new int[] {17}));
        assertThrows(IllegalArgumentException.class, () -> defaults.withFeatures(List.of()));
        assertThrows(IllegalArgumentException.class, () -> defaults.withFeatures(List.of(Feature.X1, Feature.X1)));
        assertThrows(IllegalArgumentException.class, () -> defaults.withActivation(Activation.STEP));
    }

    @Test
    void hiddenSizesAreCopiedBothWays() {
        int[] hidden = {3, 3};
        PlaygroundConfig c = defaults.withHidden(hidden);
        hidden[0] = 9;
        assertEquals(3, c.hidden()[0]);
        c.hidden()[1] = 9;
        assertEquals(3, c.hidden()[1]);
    }

    @Test
    void comparesDataAndModelSeparately() {
        assertTrue(defaults.withLearningRate(0.1).sameDataAs(defaults));
        assertTrue(defaults.withLearningRate(0.1).sameModelAs(defaults));
        assertFalse(defaults.withSeed(2).sameDataAs(defaults));
        assertFalse(defaults.withHidden(new int[] {3}).sameModelAs(defaults));
        assertEquals(defaults, PlaygroundConfig.defaults());
    }

    @Test
    void choosingAGeneratedDatasetDropsOwnPoints() {
        Dataset mine = Dataset.empty().withPoint(1, 1, 1, true);
        PlaygroundConfig c = defaults.withPoints(mine);
        assertEquals(1, c.points().size());
        assertNull(c.withDataset(DatasetKind.XOR).points());
    }
}
