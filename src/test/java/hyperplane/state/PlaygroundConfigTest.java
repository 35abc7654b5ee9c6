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
import hyperplane.engine.Network;
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

    @Test
    void refusesPointsOffTheCanvasAndTargetsOutOfRange() {
        Dataset off = Dataset.empty().withPoint(100, 100, 0, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> defaults.withPoints(off));
        assertTrue(e.getMessage().contains("point 1 (100.0, 100.0)"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> defaults.withPoints(Dataset.empty().withPoint(1e308, 0, 1, true)));
        defaults.withPoints(Dataset.empty().withPoint(6, -6, 1, true));
        PlaygroundConfig seven = defaults.withDataset(DatasetKind.SEVEN_POINTS);
        assertThrows(IllegalArgumentException.class,
                () -> seven.withPoints(Dataset.empty().withPoint(1.5, 0.5, 1, true)));
        PlaygroundConfig plane = defaults.withDataset(DatasetKind.PLANE);
        Dataset far = Dataset.of(new double[] {1}, new double[] {1}, new double[] {3}, new boolean[] {true},
                ProblemType.REGRESSION);
        assertThrows(IllegalArgumentException.class, () -> plane.withPoints(far));
    }

    @Test
    void weightsMustFitTheNetworkAndBeFinite() {
        assertEquals(25, Network.parameterCount(defaults.layerSizes()));
        assertThrows(IllegalArgumentException.class, () -> defaults.withWeights(new double[24]));
        double[] w = new double[25];
        w[3] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> defaults.withWeights(w));
        w[3] = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> defaults.withWeights(w));
        w[3] = 2;
        PlaygroundConfig with = defaults.withWeights(w);
        w[3] = 5;
        assertEquals(2, with.weights()[3], "the record keeps its own copy");
        assertTrue(with.hasWeights());
    }

    @Test
    void weightsStayWithTheSameNetworkAndGoWithAnother() {
        PlaygroundConfig with = defaults.withWeights(new double[25]);
        assertTrue(with.withLearningRate(0.3).hasWeights());
        assertTrue(with.withDataset(DatasetKind.XOR).hasWeights());
        assertTrue(with.withBatchSize(3).withShowTest(true).hasWeights());
        assertFalse(with.withHidden(new int[] {3}).hasWeights());
        assertFalse(with.withActivation(Activation.RELU).hasWeights());
        assertFalse(with.withSeed(9).hasWeights(), "the seed seeds the starting weights");
        assertFalse(with.withDataset(DatasetKind.PLANE).hasWeights(), "regression changes the output");
        assertFalse(with.withWeights(null).hasWeights());
        assertFalse(with.equals(defaults));
        assertTrue(with.equals(defaults.withWeights(new double[25])));
        double[] negativeZero = new double[25];
        negativeZero[0] = -0.0;
        assertFalse(with.sameWeightsAs(defaults.withWeights(negativeZero)), "bit for bit, the sign of zero too");
    }

    @Test
    void refusesSoftmaxForTwoClassesAndAsAHiddenActivation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.withOutput(Activation.SOFTMAX));
        assertEquals(PlaygroundConfig.SOFTMAX_NEEDS_CLASSES, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.withLoss(Loss.MSE).withOutput(Activation.SOFTMAX));
        e = assertThrows(IllegalArgumentException.class, () -> defaults.withActivation(Activation.SOFTMAX));
        assertTrue(e.getMessage().contains("softmax, which is for the output only"), e.getMessage());
    }

    @Test
    void moreClassesBringASoftmaxOfKOutputs() {
        PlaygroundConfig blobs = defaults.withDataset(DatasetKind.GAUSSIANS);
        assertEquals(2, blobs.classes());
        PlaygroundConfig three = blobs.withClasses(3);
        assertEquals(Activation.SOFTMAX, three.output());
        assertEquals(Loss.CROSS_ENTROPY, three.loss());
        assertEquals(3, three.outputs());
        assertArrayEquals(new int[] {2, 4, 2, 3}, three.layerSizes());
        assertFalse(three.sameModelAs(blobs));
        assertFalse(three.sameDataAs(blobs));
        assertEquals(Loss.MSE, three.withLoss(Loss.MSE).loss());
        assertEquals(Activation.SOFTMAX, three.withLoss(Loss.MSE).withLoss(Loss.CROSS_ENTROPY).output());
        PlaygroundConfig back = three.withLoss(Loss.MSE).withClasses(2);
        assertEquals(Activation.SIGMOID, back.output());
        assertEquals(Loss.MSE, back.loss());
        assertEquals(1, back.outputs());
        assertEquals(6, blobs.withClasses(6).outputs());
    }

    @Test
    void aTwoClassDatasetTakesTwoClassesBack() {
        PlaygroundConfig spiral = defaults.withDataset(DatasetKind.SPIRAL).withClasses(4);
        PlaygroundConfig circle = spiral.withDataset(DatasetKind.CIRCLE);
        assertEquals(2, circle.classes());
        assertEquals(Activation.SIGMOID, circle.output());
        assertEquals(4, spiral.withDataset(DatasetKind.PINWHEEL).classes());
        assertEquals(2, spiral.withProblem(ProblemType.REGRESSION).classes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> defaults.withClasses(3));
        assertEquals("the circle dataset comes in two classes only; 3 classes need gaussians, spiral, pinwheel or "
                + "your own points", e.getMessage());
        assertEquals(5, defaults.withPoints(Dataset.empty()).withClasses(5).classes(), "own points on any canvas");
    }

    @Test
    void refusesClassesOutOfRangeAndPointsOfAClassTooMany() {
        PlaygroundConfig blobs = defaults.withDataset(DatasetKind.GAUSSIANS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> blobs.withClasses(7));
        assertEquals("classes (7) must be in [2, 6]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> blobs.withClasses(1));
        Dataset mine = Dataset.empty().withPoint(1, 1, 0, true).withPoint(2, 2, 3, true);
        PlaygroundConfig four = blobs.withClasses(4).withPoints(mine);
        e = assertThrows(IllegalArgumentException.class, () -> four.withClasses(3));
        assertEquals("point 2 has class 3, but there are 3 classes (0 to 2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> blobs.withPoints(mine));
        assertEquals("point 2 has class 3, but there are 2 classes (0 to 1)", e.getMessage());
        PlaygroundConfig three = blobs.withClasses(3);
        e = assertThrows(IllegalArgumentException.class, () -> three.withOutput(Activation.SIGMOID));
        assertEquals("output (sigmoid) must be softmax for 3 classes", e.getMessage());
        ConfigBuilder b = defaults.withProblem(ProblemType.REGRESSION).builder();
        b.classes = 3;
        e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("classes (3) must be 2 for regression, which has no classes", e.getMessage());
    }
}
