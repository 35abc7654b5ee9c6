package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;
import hyperplane.engine.Regularization;
import hyperplane.state.PlaygroundConfig;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaygroundControlTest {
    private final PlaygroundConfig defaults = PlaygroundConfig.defaults();

    @Test
    void everyControlShowsTheValueThatMakesTheSameConfiguration() {
        for (PlaygroundControl control : PlaygroundControl.values()) {
            String value = control.value(defaults);
            assertNotNull(value, control.name());
            assertEquals(defaults, control.with(defaults, value), control.name());
        }
    }

    @Test
    void idsAreUniqueAndRangesChangeWhileDragged() {
        Set<String> ids = new HashSet<>();
        for (PlaygroundControl control : PlaygroundControl.values()) {
            assertTrue(ids.add(control.id()), control.id());
            assertEquals(control.kind() == PlaygroundControl.Kind.RANGE ? "input" : "change", control.event());
        }
    }

    @Test
    void rangesHoldPercentagesOfTheConfigurationsFractions() {
        PlaygroundConfig noisy = PlaygroundControl.NOISE.with(defaults, "30");
        assertEquals(0.3, noisy.noise(), 1e-12);
        assertEquals("30", PlaygroundControl.NOISE.value(noisy));
        assertEquals(0.7, PlaygroundControl.TRAIN_RATIO.with(defaults, "70").trainRatio(), 1e-12);
        assertEquals(12, PlaygroundControl.BATCH_SIZE.with(defaults, "12").batchSize());
    }

    @Test
    void switchesAndNumberChoicesReadTheirText() {
        assertEquals(!defaults.showTest(),
                PlaygroundControl.SHOW_TEST.with(defaults, Boolean.toString(!defaults.showTest())).showTest());
        assertEquals(0.3, PlaygroundControl.LEARNING_RATE.with(defaults, "0.3").learningRate());
        PlaygroundConfig l2 = PlaygroundControl.REGULARIZATION.with(defaults, Regularization.L2.key());
        assertEquals(Regularization.L2, l2.regularization());
        assertEquals(defaults.regularizationRate(), l2.regularizationRate(), "the rate stays");
    }

    @Test
    void myPointsIsADatasetChoice() {
        PlaygroundConfig mine = PlaygroundControl.DATASET.with(defaults, PlaygroundEdits.MY_POINTS);
        assertNotNull(mine.points());
        assertEquals(PlaygroundEdits.MY_POINTS, PlaygroundControl.DATASET.value(mine));
        assertTrue(PlaygroundControl.NOISE.disabled(mine));
        assertTrue(PlaygroundControl.TRAIN_RATIO.disabled(mine));
        assertFalse(PlaygroundControl.NOISE.disabled(defaults));
    }

    @Test
    void lossIsFixedForRegressionAndTheRateNeedsARegularizer() {
        PlaygroundConfig regression = PlaygroundControl.PROBLEM.with(defaults, ProblemType.REGRESSION.key());
        assertTrue(PlaygroundControl.LOSS.disabled(regression));
        assertFalse(PlaygroundControl.LOSS.disabled(defaults));
        assertEquals(defaults.regularization() == Regularization.NONE,
                PlaygroundControl.REGULARIZATION_RATE.disabled(defaults));
    }

    @Test
    void onlyControlsWithARuleFollowTheConfigurationsDisabling() {
        for (PlaygroundControl control : PlaygroundControl.values()) {
            if (!control.followsConfig()) {
                assertFalse(control.disabled(defaults.withPoints(Dataset.empty())), control.name());
            }
        }
        assertFalse(PlaygroundControl.PROBLEM.followsConfig());
    }

    @Test
    void newPointsGetClassesOrTargets() {
        assertEquals("Class of new points", PlaygroundControl.classLegend(ProblemType.CLASSIFICATION));
        assertEquals("Target of new points", PlaygroundControl.classLegend(ProblemType.REGRESSION));
        assertEquals("0", PlaygroundControl.classValue(ProblemType.CLASSIFICATION, 0));
        assertEquals("1", PlaygroundControl.classValue(ProblemType.CLASSIFICATION, 1));
        assertEquals("−1", PlaygroundControl.classValue(ProblemType.REGRESSION, 0));
        assertEquals("+1", PlaygroundControl.classValue(ProblemType.REGRESSION, 1));
    }

    @Test
    void theClassesSelectOffersMoreClassesWhereTheDataComeInMore() {
        assertTrue(PlaygroundControl.CLASSES.disabled(defaults), "the circle has two classes");
        PlaygroundConfig spiral = PlaygroundControl.DATASET.with(defaults, "spiral");
        assertFalse(PlaygroundControl.CLASSES.disabled(spiral));
        PlaygroundConfig four = PlaygroundControl.CLASSES.with(spiral, "4");
        assertEquals(4, four.classes());
        assertEquals("4", PlaygroundControl.CLASSES.value(four));
        assertEquals(4, PlaygroundControl.classButtons(four));
        PlaygroundConfig mine = PlaygroundControl.DATASET.with(defaults, PlaygroundEdits.MY_POINTS);
        assertFalse(PlaygroundControl.CLASSES.disabled(mine), "own points take any number of classes");
        PlaygroundConfig regression = PlaygroundControl.PROBLEM.with(defaults, ProblemType.REGRESSION.key());
        assertTrue(PlaygroundControl.CLASSES.disabled(regression.withPoints(Dataset.of(new double[0], new double[0],
                new double[0], new boolean[0], ProblemType.REGRESSION))));
        assertEquals(2, PlaygroundControl.classButtons(regression));
        assertEquals("5", PlaygroundControl.classValue(ProblemType.CLASSIFICATION, 5));
        assertEquals("Still 4 classes: point 2 has class 3, but there are 3 classes (0 to 2). Remove those points, "
                + "or give them another class, first.", PlaygroundControl.classesRefused(4,
                "point 2 has class 3, but there are 3 classes (0 to 2)"));
    }
}
