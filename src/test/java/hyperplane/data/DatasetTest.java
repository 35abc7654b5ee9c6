package hyperplane.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatasetTest {
    private static Dataset three() {
        return Dataset.of(new double[] {1, 2, 3}, new double[] {-1, -2, -3}, new double[] {0, 1, 1},
                new boolean[] {true, false, true});
    }

    @Test
    void copiesItsInputs() {
        double[] x1 = {1, 2};
        Dataset d = Dataset.of(x1, new double[] {3, 4}, new double[] {0, 1}, new boolean[] {true, true});
        x1[0] = 99;
        assertEquals(1, d.x1(0), 0);
    }

    @Test
    void countsSplits() {
        Dataset d = three();
        assertEquals(3, d.size());
        assertEquals(2, d.trainCount());
        assertEquals(1, d.testCount());
        assertFalse(d.isTrain(1));
        assertEquals(ProblemType.CLASSIFICATION, d.problemType());
    }

    @Test
    void infersRegressionFromRealLabels() {
        Dataset d = Dataset.of(new double[] {0}, new double[] {0}, new double[] {0.5}, new boolean[] {true});
        assertEquals(ProblemType.REGRESSION, d.problemType());
        assertEquals(0.5, d.label(0), 0);
    }

    @Test
    void editsReturnNewDatasetsAndLeaveTheOriginal() {
        Dataset d = three();
        Dataset added = d.withPoint(4, -4, 0, false);
        assertEquals(4, added.size());
        assertEquals(2, added.testCount());
        assertEquals(4, added.x1(3), 0);
        assertEquals(3, d.size());
        Dataset removed = d.withoutPoint(0);
        assertEquals(2, removed.size());
        assertEquals(2, removed.x1(0), 0);
        assertEquals(3, removed.x1(1), 0);
        assertEquals(1, removed.trainCount());
        Dataset moved = d.withMovedPoint(1, 5, 6);
        assertEquals(5, moved.x1(1), 0);
        assertEquals(6, moved.x2(1), 0);
        assertEquals(1, moved.label(1), 0);
        assertEquals(2, d.x1(1), 0);
        assertEquals(0, d.withLabel(2, 0).label(2), 0);
        assertEquals(3, d.withSplit(1, true).trainCount());
        assertEquals(3, d.withAllTrain().trainCount());
    }

    @Test
    void emptyHasNothing() {
        Dataset e = Dataset.empty();
        assertEquals(0, e.size());
        assertTrue(e.isEmpty());
        assertEquals(0, e.trainCount());
        assertSame(e, Dataset.empty());
        assertEquals(1, e.withPoint(0, 0, 1, true).size());
    }

    @Test
    void rejectsBadInputWithMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[] {1}, new double[] {1, 2}, new double[] {0}, new boolean[] {true}));
        assertEquals("x1 (1), x2 (2), labels (1) and train (1) must have equal lengths", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[] {Double.NaN}, new double[] {1}, new double[] {0}, new boolean[] {true}));
        assertEquals("x1[0] (NaN) must be finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> three().withPoint(0, Double.POSITIVE_INFINITY, 1, true));
        assertEquals("x2[3] (Infinity) must be finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> three().withPoint(0, 0, 0.5, true));
        assertEquals("label[3] (0.5) must be a whole number 0..5 for classification", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> three().x1(3));
        assertEquals("index (3) must be in 0..2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> three().withoutPoint(-1));
        assertThrows(IllegalArgumentException.class, () -> Dataset.of(null, null, null, null));
    }
}
