package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {
    private final Viewport view = new Viewport(-6, 6, -6, 6, 10, 20, 240, 120);

    @Test
    void mapsCornersWithYUp() {
        assertEquals(10, view.toPixelX(-6));
        assertEquals(250, view.toPixelX(6));
        assertEquals(130, view.toPixelX(0));
        assertEquals(20, view.toPixelY(6));
        assertEquals(140, view.toPixelY(-6));
        assertEquals(80, view.toPixelY(0));
        assertEquals(250, view.right());
        assertEquals(140, view.bottom());
        assertEquals(20, view.scaleX());
        assertEquals(10, view.scaleY());
    }

    @Test
    void roundTripsDataAndPixels() {
        double[] samples = {-6, -5.5, -1e-3, 0, 0.1, 2.75, 6, 17.25};
        for (double x : samples) {
            assertEquals(x, view.toDataX(view.toPixelX(x)), 1e-12);
            assertEquals(x, view.toDataY(view.toPixelY(x)), 1e-12);
        }
        assertEquals(-6, view.toDataX(10));
        assertEquals(6, view.toDataY(20));
        assertEquals(0.5, view.toDataY(75));
    }

    @Test
    void nanMapsToNan() {
        assertTrue(Double.isNaN(view.toPixelX(Double.NaN)));
        assertTrue(Double.isNaN(view.toDataY(Double.NaN)));
        assertFalse(view.contains(Double.NaN, 0));
        assertTrue(view.contains(6, -6));
        assertFalse(view.contains(6.01, 0));
    }

    @Test
    void rejectsEmptyRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Viewport(1, 1, 0, 1, 0, 0, 10, 10));
        assertEquals("x range [1.0, 1.0] must have min < max", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 1, 2, -2, 0, 0, 10, 10));
    }

    @Test
    void rejectsNonFiniteBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Viewport(Double.NaN, 1, 0, 1, 0, 0, 10, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new Viewport(0, Double.POSITIVE_INFINITY, 0, 1, 0, 0, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 1, 0, 1, Double.NaN, 0, 10, 10));
    }

    @Test
    void rejectsNonPositivePixelSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Viewport(0, 1, 0, 1, 0, 0, 0, 10));
        assertEquals("width (0.0) must be finite and > 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 1, 0, 1, 0, 0, 10, Double.NaN));
    }
}
