package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;
import org.junit.jupiter.api.Test;

class BackpropReadoutTest {
    private final Dataset data = Dataset.of(new double[] {0.5, 1, -2}, new double[] {-1.25, 0, 3},
            new double[] {1, 0, 1}, new boolean[] {false, true, true});

    @Test
    void listsTheTrainingPointsInOrder() {
        assertArrayEquals(new int[] {1, 2}, BackpropReadout.trainingPoints(data));
        assertArrayEquals(new int[0], BackpropReadout.trainingPoints(Dataset.empty()));
        assertEquals("#3 (-2.00, 3.00) class 1", BackpropReadout.pointLabel(data, 2));
        Dataset regression = Dataset.of(new double[] {0}, new double[] {0}, new double[] {0.75}, new boolean[] {true},
                ProblemType.REGRESSION);
        assertEquals("#1 (0.00, 0.00) target 0.75", BackpropReadout.pointLabel(regression, 0));
    }

    @Test
    void aWrongPointFallsBackToTheFirstAndSaysSo() {
        assertEquals(new BackpropReadout.Choice(2, ""), BackpropReadout.choose(data, 2, 1));
        assertEquals(new BackpropReadout.Choice(1, ""), BackpropReadout.choose(data, -1, 1), "none asked: no notice");
        BackpropReadout.Choice test = BackpropReadout.choose(data, 0, 1);
        assertEquals(1, test.point(), "a test point is not inspected");
        assertTrue(test.notice().startsWith("Ignored bp.point=0:"));
        assertEquals(1, BackpropReadout.choose(data, 9, 1).point());
    }

    @Test
    void stepsStayInRangeAndTinyNumbersKeepTheirDigits() {
        assertEquals(0, BackpropReadout.clampStep(-1, 5));
        assertEquals(4, BackpropReadout.clampStep(7, 5));
        assertEquals(2, BackpropReadout.clampStep(2, 5));
        assertEquals("0.2500", BackpropReadout.number(0.25));
        assertEquals("0.0000", BackpropReadout.number(0));
        assertEquals(Format.scientific(2.5e-5), BackpropReadout.number(2.5e-5));
    }

    @Test
    void theFirstTrainingPointIsTheLinksDefault() {
        assertEquals(-1, BackpropReadout.linkedPoint(3, 3));
        assertEquals(5, BackpropReadout.linkedPoint(5, 3));
    }

    @Test
    void theAppliedUpdateSaysWhatChanged() {
        String text = BackpropReadout.applied(0.03, 0.6, 0.65, 1, 0.08, 0.06125);
        assertTrue(text.startsWith("Applied w ← w − η ∂C/∂w and b ← b − η ∂C/∂b with η = 0.03."), text);
        assertTrue(text.contains("output went from 0.6000 to 0.6500 (target 1.00), its cost from 0.0800 to 0.0613"),
                text);
        assertTrue(BackpropReadout.refused(3).contains("η = 3 a weight"));
        // The smallest rate the playground offers, and a cost too small for four decimals, still read as numbers.
        String tiny = BackpropReadout.applied(0.000001, 0.6, 0.6, 1, 0.00002, 0.000019);
        assertTrue(tiny.contains("with η = 0.000001."), tiny);
        assertTrue(tiny.contains("its cost from " + Format.scientific(0.00002) + " to " + Format.scientific(0.000019)),
                tiny);
    }
}
