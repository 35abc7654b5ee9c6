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
        assertArrayEquals(new int[] {ColorScale.CLASS_1, ColorScale.CLASS_0}, Arrays.copyOf(c.fills(), 2));
        assertArrayEquals(new int[] {ColorScale.CLASS_1_OUTLINE, ColorScale.CLASS_0_OUTLINE},
                Arrays.copyOf(c.outlines(), 2));
        assertArrayEquals(new int[] {0, 2}, Arrays.copyOf(c.index(), 2));
    }

    @Test
    void keepsTheTestPointsOrAll() {
        PointColumns c = new PointColumns();
        c.fill(MIXED, PointColumns.Which.TEST);
        assertArrayEquals(new int[] {1, 3}, Arrays.copyOf(c.index(), c.count()));
        c.fill(MIXED, PointColumns.Which.ALL);
        assertArrayEquals(new int[] {0, 1, 2, 3}, Arrays.copyOf(c.index(), c.count()));
        assertArrayEquals(new int[] {ColorScale.CLASS_1, ColorScale.CLASS_0, ColorScale.CLASS_0, ColorScale.CLASS_1},
                Arrays.copyOf(c.fills(), c.count()));
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
    void coloursRegressionTargetsOnTheHeatmapsScale() {
        Dataset d = Dataset.of(new double[] {0, 0, 0, 0, 0}, new double[] {0, 0, 0, 0, 0},
                new double[] {1, 0.5, 0, -1, -7}, new boolean[] {true, true, true, true, true}, ProblemType.REGRESSION);
        ColorScale scale = ColorScale.continuous();
        assertEquals(ColorScale.CLASS_1, PointColumns.fillColor(d, 0));
        assertEquals(scale.colorFor(0.5, -1, 1), PointColumns.fillColor(d, 1));
        assertEquals(ColorScale.MIDDLE, PointColumns.fillColor(d, 2));
        assertEquals(ColorScale.CLASS_0, PointColumns.fillColor(d, 3));
        assertEquals(ColorScale.CLASS_0, PointColumns.fillColor(d, 4), "beyond −1: the end colour");
        assertEquals(PointColumns.outlineColor(d, 0), PointColumns.outlineColor(d, 3), "one outline for all values");
    }

    @Test
    void rejectsNullData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PointColumns().fill(null, PointColumns.Which.ALL));
        assertEquals("data and which must not be null", e.getMessage());
    }

    @Test
    void classesBeyondOneTakeThePalettesColours() {
        Dataset six = Dataset.of(new double[] {0, 0, 0, 0, 0, 0}, new double[] {0, 0, 0, 0, 0, 0},
                new double[] {0, 1, 2, 3, 4, 5}, new boolean[] {true, true, true, true, true, true},
                ProblemType.CLASSIFICATION);
        PointColumns c = new PointColumns();
        c.fill(six, PointColumns.Which.ALL);
        for (int k = 0; k < 6; k++) {
            assertEquals(ClassPalette.color(k), c.fills()[k]);
            assertEquals(ClassPalette.outline(k), c.outlines()[k]);
        }
    }
}
