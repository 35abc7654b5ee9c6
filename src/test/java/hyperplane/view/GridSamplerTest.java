package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GridSamplerTest {
    @Test
    void cellCentresRunLeftToRightAndTopToBottom() {
        GridSampler sampler = new GridSampler(new Viewport(-6, 6, -6, 6, 0, 0, 100, 100), 4);
        assertEquals(4, sampler.n());
        assertArrayEquals(new double[] {-4.5, -1.5, 1.5, 4.5}, sampler.xs());
        assertArrayEquals(new double[] {4.5, 1.5, -1.5, -4.5}, sampler.ys());
        assertEquals(-4.5, sampler.x(0));
        assertEquals(-4.5, sampler.y(3));
    }

    @Test
    void unevenRectangle() {
        GridSampler sampler = new GridSampler(0, 1, 10, 20, 2);
        assertArrayEquals(new double[] {0.25, 0.75}, sampler.xs());
        assertArrayEquals(new double[] {17.5, 12.5}, sampler.ys());
    }

    @Test
    void rejectsZeroCells() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridSampler(0, 1, 0, 1, 0));
        assertEquals("n (0) must be in 1..4096", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GridSampler(0, Double.NaN, 0, 1, 3));
    }
}
