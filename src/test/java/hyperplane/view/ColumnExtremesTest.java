package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.SeededRandom;
import org.junit.jupiter.api.Test;

class ColumnExtremesTest {
    @Test
    void downsamplingKeepsEachColumnsMinimumAndMaximum() {
        int count = 100_000;
        double[] values = new double[count];
        SeededRandom random = new SeededRandom(7);
        for (int k = 0; k < count; k++) {
            values[k] = Math.exp(-k / 20_000.0) + 0.01 * random.nextGaussian();
        }
        values[31_337] = 9;
        values[77_777] = -3;
        int columns = 346;
        double[] early = new double[columns];
        double[] late = new double[columns];
        assertEquals(columns, ColumnExtremes.downsample(values, count, columns, early, late));
        double globalMin = Double.POSITIVE_INFINITY;
        double globalMax = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < columns; c++) {
            int from = (int) ((double) c * count / columns);
            int to = (int) ((double) (c + 1) * count / columns);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = from; k < to; k++) {
                min = Math.min(min, values[k]);
                max = Math.max(max, values[k]);
            }
            assertEquals(min, Math.min(early[c], late[c]), "column " + c);
            assertEquals(max, Math.max(early[c], late[c]), "column " + c);
            globalMin = Math.min(globalMin, Math.min(early[c], late[c]));
            globalMax = Math.max(globalMax, Math.max(early[c], late[c]));
        }
        assertEquals(9, globalMax);
        assertEquals(-3, globalMin);
    }

    @Test
    void downsamplingKeepsTimeOrderWithinAColumn() {
        double[] values = {5, 1, 2, 0, 4, 9};
        double[] early = new double[2];
        double[] late = new double[2];
        assertEquals(2, ColumnExtremes.downsample(values, 6, 2, early, late));
        // Column 0 = {5, 1, 2}: the maximum 5 comes first. Column 1 = {0, 4, 9}: the minimum 0 comes first.
        assertArrayEquals(new double[] {5, 0}, early);
        assertArrayEquals(new double[] {1, 9}, late);
    }

    @Test
    void shortHistoriesAreNotReduced() {
        double[] values = {3, Double.NaN, 1};
        double[] early = new double[10];
        double[] late = new double[10];
        assertEquals(3, ColumnExtremes.downsample(values, 3, 10, early, late));
        assertEquals(3, early[0]);
        assertEquals(3, late[0]);
        assertTrue(Double.isNaN(early[1]) && Double.isNaN(late[1]));
        assertEquals(1, late[2]);
    }

    @Test
    void columnsOfAnyWidthKeepTheirExtremesAndEmptyOnesAreNaN() {
        double[] values = {5, 1, 4, Double.NaN, 2, 8, 3};
        int[] starts = {0, 1, 1, 4, 4, 7};
        double[] early = new double[5];
        double[] late = new double[5];
        ColumnExtremes.downsample(values, starts, 5, early, late);
        assertArrayEquals(new double[] {5, Double.NaN, 1, Double.NaN, 2}, early, 0);
        assertArrayEquals(new double[] {5, Double.NaN, 4, Double.NaN, 8}, late, 0);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ColumnExtremes.downsample(values, new int[] {0, 3, 2}, 2, early, late));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ColumnExtremes.downsample(values, new int[] {0, 8}, 1, early, late));
    }
}
