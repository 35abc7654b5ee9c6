package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlotWindowTest {
    private final PlotWindow window = new PlotWindow(-4, 4, -1, 3);

    @Test
    void panShiftsBothBounds() {
        PlotWindow moved = window.pan(1.5, -0.5);
        assertEquals(-2.5, moved.xMin());
        assertEquals(5.5, moved.xMax());
        assertEquals(-1.5, moved.yMin());
        assertEquals(2.5, moved.yMax());
    }

    @Test
    void zoomInAboutAPointKeepsThatPointFixed() {
        PlotWindow zoomed = window.zoom(2, 2, 1);
        assertEquals(-1, zoomed.xMin());
        assertEquals(3, zoomed.xMax());
        assertEquals(0, zoomed.yMin());
        assertEquals(2, zoomed.yMax());
    }

    @Test
    void zoomAboutTheCentreHalvesTheSpans() {
        PlotWindow zoomed = window.zoom(2);
        assertEquals(-2, zoomed.xMin());
        assertEquals(2, zoomed.xMax());
        assertEquals(0, zoomed.yMin());
        assertEquals(2, zoomed.yMax());
    }

    @Test
    void zoomOutStopsAtTheWidestSpan() {
        PlotWindow far = window.zoom(1e-9);
        assertEquals(PlotWindow.MAX_SPAN, far.xMax() - far.xMin(), 1e-3);
    }

    @Test
    void zoomInStopsAtTheNarrowestSpan() {
        PlotWindow near = window.zoom(1e9);
        assertEquals(PlotWindow.MIN_SPAN, near.xMax() - near.xMin(), 1e-12);
    }

    @Test
    void ignoresNanAndNonPositiveZoomAndNanPan() {
        assertSame(window, window.zoom(Double.NaN));
        assertSame(window, window.zoom(0));
        assertSame(window, window.zoom(-2));
        assertSame(window, window.pan(Double.NaN, 0));
    }

    @Test
    void rejectsEmptyOrInfiniteRanges() {
        assertThrows(IllegalArgumentException.class, () -> new PlotWindow(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlotWindow(0, 1, 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new PlotWindow(Double.NaN, 1, 0, 1));
    }

    @Test
    void fittingPadsTheSampledRangeByEightPercent() {
        // (x - 2)^2 on [0, 4] takes values 0 .. 4 (x = 2 is a sample with 5 samples).
        PlotWindow fit = PlotWindow.fitting(x -> (x - 2) * (x - 2), 0, 4, 5);
        assertEquals(0, fit.xMin());
        assertEquals(4, fit.xMax());
        assertEquals(-0.32, fit.yMin(), 1e-12);
        assertEquals(4.32, fit.yMax(), 1e-12);
    }

    @Test
    void fittingIgnoresPolesAndNan() {
        PlotWindow fit = PlotWindow.fitting(x -> x == 0 ? Double.POSITIVE_INFINITY : (x < 0 ? Double.NaN : x), -1, 1,
                3);
        assertEquals(0, fit.yMin());
        assertEquals(2, fit.yMax());
    }

    @Test
    void fittingAConstantGivesAUnitBandAroundIt() {
        PlotWindow fit = PlotWindow.fitting(x -> 3, -1, 1, 10);
        assertEquals(2, fit.yMin());
        assertEquals(4, fit.yMax());
    }

    @Test
    void viewportMapsTheWindow() {
        Viewport v = window.viewport(10, 20, 80, 40);
        assertEquals(10, v.toPixelX(-4));
        assertEquals(20, v.toPixelY(3));
    }
}
