package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PointColumnsTest {
    private static final Dataset MIXED = Dataset.of(new double[] {0.1, 0.2, 0.3, 0.4}, new double[] {1, 2, 3, 4},
            new double[] {1, 0, 0, 1}, new boolean[] {true, false, true, false});

    @Test
    void keepsTheTrainingPointsWithTheirDatasetIndex() {
        PointColumns c = new PointColumns();
        c.fill(MIXED, PointColumns.Which.TRAIN);
        assertEquals(2, c.count());
        assertArrayEquals(new double[] {0.1, 0.3}, Arrays.copyOf(c.xs(), 2));
        assertArrayEquals(new double[] {1, 3}, Arrays.copyOf(c.ys(), 2));
        assertArrayEquals(new int[] {1, 0}, Arrays.copyOf(c.labels(), 2));
        assertArrayEquals(new int[] {0, 2}, Arrays.copyOf(c.index(), 2));
    }

    @Test
    void keepsTheTestPointsOrAll() {
        PointColumns c = new PointColumns();
        c.fill(MIXED, PointColumns.Which.TEST);
        assertArrayEquals(new int[] {1, 3}, Arrays.copyOf(c.index(), c.count()));
        c.fill(MIXED, PointColumns.Which.ALL);
        assertArrayEquals(new int[] {0, 1, 2, 3}, Arrays.copyOf(c.index(), c.count()));
        assertArrayEquals(new int[] {1, 0, 0, 1}, Arrays.copyOf(c.labels(), c.count()));
    }

    @Test
    void reusesItsArraysForASmallerDataset() {
        PointColumns c = new PointColumns();
        c.fill(MIXED, PointColumns.Which.ALL);
        double[] xs = c.xs();
        c.fill(Dataset.of(new double[] {5}, new double[] {6}, new double[] {1}, new boolean[] {true}),
                PointColumns.Which.ALL);
        assertSame(xs, c.xs());
        assertEquals(1, c.count());
        assertEquals(5, c.xs()[0]);
        c.fill(Dataset.empty(), PointColumns.Which.TRAIN);
        assertEquals(0, c.count());
    }

    @Test
    void coloursRegressionTargetsBySign() {
        Dataset d = Dataset.of(new double[] {0, 0, 0}, new double[] {0, 0, 0}, new double[] {0.5, 0, -0.5},
                new boolean[] {true, true, true}, ProblemType.REGRESSION);
        assertEquals(1, PointColumns.colourClass(d, 0));
        assertEquals(0, PointColumns.colourClass(d, 1));
        assertEquals(0, PointColumns.colourClass(d, 2));
    }

    @Test
    void rejectsNullData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PointColumns().fill(null, PointColumns.Which.ALL));
        assertEquals("data and which must not be null", e.getMessage());
    }
}
