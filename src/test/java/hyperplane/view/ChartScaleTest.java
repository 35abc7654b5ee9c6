package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChartScaleTest {
    private static final String THIN = "\u2009";

    @Test
    void aLinearScaleMapsValuesToPixelsAndBack() {
        ChartScale y = new ChartScale();
        y.set(false, 0, 0.8, 150, 20); // a y axis: up is fewer pixels
        assertEquals(150, y.pixel(0));
        assertEquals(20, y.pixel(0.8), 1e-12);
        assertEquals(85, y.pixel(0.4), 1e-12);
        assertEquals(0.4, y.value(85), 1e-12);
        assertEquals(Double.NaN, y.pixel(Double.NaN));
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8}, y.ticks(4), 1e-15);
        assertArrayEquals(new String[] {"0", "0.2", "0.4", "0.6", "0.8"},
                y.labels(y.ticks(4), ChartScale.Labels.VALUES));
    }

    @Test
    void aLogScaleGivesEachDecadeTheSameWidth() {
        ChartScale x = new ChartScale();
        x.set(true, 1, 10_000, 40, 440);
        assertEquals(40, x.pixel(1));
        assertEquals(140, x.pixel(10), 1e-9);
        assertEquals(340, x.pixel(1000), 1e-9);
        assertEquals(440, x.pixel(10_000), 1e-9);
        assertEquals(40, x.pixel(0), "a value ≤ 0 goes to the edge");
        assertEquals(100, x.value(240), 1e-9);
    }

    @Test
    void logTicksAreOneTwoAndFiveWhenTheyFitElsePowersOfTen() {
        ChartScale x = new ChartScale();
        x.set(true, 1, 300, 0, 400);
        assertArrayEquals(new double[] {1, 2, 5, 10, 20, 50, 100, 200}, x.ticks(10), 0);
        assertArrayEquals(new double[] {1, 10, 100}, x.ticks(5), 0);
        x.set(true, 1, 40_000, 0, 400);
        assertArrayEquals(new double[] {1, 10, 100, 1000, 10_000}, x.ticks(5), 0);
        assertArrayEquals(new double[] {1, 100, 10_000}, x.ticks(3), 0);
        assertArrayEquals(new String[] {"1", "10", "100", "1" + THIN + "000", "10" + THIN + "000"},
                x.labels(x.ticks(5), ChartScale.Labels.EPOCHS));
        x.set(true, 0.1, 10, 0, 50);
        assertArrayEquals(new double[] {0.1, 1, 10}, x.ticks(2), 0, "two ends rather than one label");
    }

    @Test
    void logValueTicksReadAsDecimalsOrInShortScientificForm() {
        ChartScale y = new ChartScale();
        y.set(true, 1e-6, 10, 200, 0);
        double[] ticks = y.ticks(20);
        assertArrayEquals(new double[] {1e-6, 1e-5, 1e-4, 0.001, 0.01, 0.1, 1, 10}, ticks, 1e-20);
        assertArrayEquals(new String[] {"1e-6", "1e-5", "1e-4", "0.001", "0.01", "0.1", "1", "10"},
                y.labels(ticks, ChartScale.Labels.VALUES));
    }

    @Test
    void labelsNeverShowAPointZeroAndGroupThousands() {
        assertEquals("10", ChartScale.number(10, 10));
        assertEquals("2.5", ChartScale.number(2.5, 0.5));
        assertEquals("2e6", ChartScale.number(2e6, 1e6));
        assertEquals("1", ChartScale.epochs(1));
        assertEquals("999", ChartScale.epochs(999));
        assertEquals("1" + THIN + "000", ChartScale.epochs(1000));
        assertEquals("40" + THIN + "000", ChartScale.epochs(40_000));
        assertEquals("1" + THIN + "234" + THIN + "567", ChartScale.epochs(1_234_567));
        ChartScale share = new ChartScale();
        share.set(false, 0, 1, 100, 50);
        assertArrayEquals(new String[] {"0%", "50%", "100%"}, share.labels(share.ticks(2), ChartScale.Labels.PERCENT));
    }

    @Test
    void rejectsAnEmptyOrNonPositiveLogRange() {
        ChartScale s = new ChartScale();
        assertThrows(IllegalArgumentException.class, () -> s.set(false, 1, 1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> s.set(true, 0, 1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> s.set(false, 0, Double.NaN, 0, 10));
    }
}
