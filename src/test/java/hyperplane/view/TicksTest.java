package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void unitRange() {
        assertEquals(0.2, Ticks.step(0, 1, 5));
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, Ticks.values(0, 1, 5));
        assertArrayEquals(new String[] {"0", "0.2", "0.4", "0.6", "0.8", "1"},
                Ticks.labels(Ticks.values(0, 1, 5), 0.2));
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}, Ticks.values(0, 1, 10));
    }

    @Test
    void symmetricRange() {
        assertArrayEquals(new double[] {-5, 0, 5}, Ticks.values(-6, 6, 5));
        assertArrayEquals(new double[] {-6, -4, -2, 0, 2, 4, 6}, Ticks.values(-6, 6, 6));
        assertArrayEquals(new String[] {"−6", "−4", "−2", "0", "2", "4", "6"},
                Ticks.labels(Ticks.values(-6, 6, 6), 2));
    }

    @Test
    void smallRange() {
        assertEquals(0.005, Ticks.step(0.0001, 0.03, 10));
        assertArrayEquals(new double[] {0.005, 0.01, 0.015, 0.02, 0.025, 0.03}, Ticks.values(0.0001, 0.03, 10));
        assertArrayEquals(new String[] {"0.005", "0.01", "0.015", "0.02", "0.025", "0.03"},
                Ticks.labels(Ticks.values(0.0001, 0.03, 10), 0.005));
        assertArrayEquals(new double[] {0.01, 0.02, 0.03}, Ticks.values(0.0001, 0.03, 5));
    }

    @Test
    void largeRange() {
        assertArrayEquals(new double[] {0, 5000, 10000}, Ticks.values(0, 12345, 5));
        assertArrayEquals(new double[] {0, 2000, 4000, 6000, 8000, 10000, 12000}, Ticks.values(0, 12345, 10));
        assertArrayEquals(new String[] {"0", "5000", "10000"}, Ticks.labels(Ticks.values(0, 12345, 5), 5000));
    }

    @Test
    void exactPowerOfTenSpan() {
        // raw step exactly 1: the step is 1, not 2.
        assertEquals(1, Ticks.step(0, 10, 10));
        assertEquals(0.1, Ticks.step(0, 1, 10));
        assertEquals(100, Ticks.step(-500, 500, 10));
    }

    @Test
    void formatsWithoutTrailingZeros() {
        assertEquals("2.5", Ticks.format(2.5, 1));
        assertEquals("0.001", Ticks.format(0.001, 3));
        assertEquals("-5", Ticks.format(-5, 0));
        assertEquals("0", Ticks.format(-0.0, 2));
        assertEquals("0", Ticks.format(-0.004, 2));
        assertEquals("0.3", Ticks.format(0.1 + 0.2, 2));
        assertEquals("1234.57", Ticks.format(1234.5678, 2));
        assertEquals("-0.05", Ticks.format(-0.05, 3));
        assertEquals("0.0001", Ticks.format(1e-4, 4));
        assertEquals("NaN", Ticks.format(Double.NaN, 1));
        assertEquals("1.00e16", Ticks.format(1e16, 0));
        assertEquals("-1.80e308", Ticks.format(-Double.MAX_VALUE, 3));
        assertEquals("-Infinity", Ticks.format(Double.NEGATIVE_INFINITY, 1));
    }

    @Test
    void decimalsFollowTheStep() {
        assertEquals(0, Ticks.decimalsFor(5000));
        assertEquals(0, Ticks.decimalsFor(1));
        assertEquals(1, Ticks.decimalsFor(0.5));
        assertEquals(3, Ticks.decimalsFor(0.005));
        assertEquals(4, Ticks.decimalsFor(1e-4));
        assertEquals(0, Ticks.decimalsFor(Double.NaN));
    }

    @Test
    void rejectsEmptyRangeAndZeroCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ticks.values(1, 1, 5));
        assertEquals("tick range [1.0, 1.0] must be finite with min < max", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ticks.values(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Ticks.values(Double.NaN, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> Ticks.format(1, 16));
    }

    @Test
    void hugeRangesGetScientificLabels() {
        double[] ticks = Ticks.values(0, 6.4e286, 4);
        String[] labels = Ticks.labels(ticks, Ticks.step(0, 6.4e286, 4));
        assertEquals("0", labels[0]);
        assertEquals("2.00e286", labels[1]);
    }
}
