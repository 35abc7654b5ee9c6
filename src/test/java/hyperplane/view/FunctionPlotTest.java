package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionPlotTest {
    /** x and y in [-5, 5] on 100 × 100 px: 10 px per unit, origin at (50, 50). */
    private final Viewport view = new Viewport(-5, 5, -5, 5, 0, 0, 100, 100);

    @Test
    void straightLineIsOneSegmentThroughEverySample() {
        FunctionPlot plot = new FunctionPlot(11);
        plot.sample(x -> x, view, -5, 5);
        assertEquals(1, plot.segmentCount());
        assertEquals(11, plot.segmentLength(0));
        assertEquals(0, plot.pointX(0, 0));
        assertEquals(100, plot.pointY(0, 0));
        assertEquals(60, plot.pointX(0, 6));
        assertEquals(40, plot.pointY(0, 6));
        assertEquals(100, plot.pointX(0, 10));
        assertEquals(0, plot.pointY(0, 10));
    }

    @Test
    void poleSplitsTheCurveIntoTwoBranches() {
        FunctionPlot plot = new FunctionPlot(201);
        plot.sample(x -> 1 / x, view, -5, 5);
        assertEquals(2, plot.segmentCount());
        // Far means more than one view height (10 units) outside: |1/x| ≤ 15, so |x| ≥ 1/15.
        double lastLeft = view.toDataX(plot.pointX(0, plot.segmentLength(0) - 1));
        double firstRight = view.toDataX(plot.pointX(1, 0));
        assertTrue(lastLeft < -1.0 / 15 + 1e-12 && lastLeft > -0.2, "left branch ends at " + lastLeft);
        assertTrue(firstRight > 1.0 / 15 - 1e-12 && firstRight < 0.2, "right branch starts at " + firstRight);
    }

    @Test
    void exponentialStopsWhenItLeavesTheViewFar() {
        FunctionPlot plot = new FunctionPlot(101);
        plot.sample(Math::exp, view, -5, 5);
        assertEquals(1, plot.segmentCount());
        double lastX = view.toDataX(plot.pointX(0, plot.segmentLength(0) - 1));
        // exp(x) ≤ 15 up to x = ln 15 ≈ 2.708; samples are 0.1 apart.
        assertEquals(2.7, lastX, 1e-9);
    }

    @Test
    void nanValuesBreakTheLine() {
        FunctionPlot plot = new FunctionPlot(11);
        plot.sample(Math::sqrt, view, -5, 5);
        assertEquals(1, plot.segmentCount());
        assertEquals(6, plot.segmentLength(0));
        assertEquals(50, plot.pointX(0, 0));
        plot.sample(x -> x == 0 ? Double.NaN : 1, view, -5, 5);
        assertEquals(2, plot.segmentCount());
        assertEquals(5, plot.segmentLength(0));
        assertEquals(5, plot.segmentLength(1));
    }

    @Test
    void drawsOnePolylinePerSegment() {
        FunctionPlot plot = new FunctionPlot(11);
        plot.sample(x -> x == 0 ? Double.NaN : 1, view, -5, 5);
        RecordingCanvas canvas = new RecordingCanvas();
        plot.draw(canvas, ColorScale.CLASS_1, 2);
        assertEquals(List.of("setStroke #2C6FB7 2.0"), canvas.named("setStroke"));
        List<String> lines = canvas.named("polyline");
        assertEquals(2, lines.size());
        assertEquals("polyline 5 60.0,40.0 70.0,40.0 80.0,40.0 90.0,40.0 100.0,40.0", lines.get(1));
    }

    @Test
    void iteratesAreDotsJoinedByArrows() {
        FunctionPlot plot = new FunctionPlot(11);
        RecordingCanvas canvas = new RecordingCanvas();
        double[] xs = {4, 3, 2.5, Double.NaN, 2.1};
        double[] fs = {4, 1, 0.25, Double.NaN, 0.01};
        plot.drawIterates(canvas, view, xs, fs, 5, ColorScale.CLASS_0);
        assertEquals(4, canvas.named("circle").size());
        // 4 → 3 and 3 → 2.5 get arrows; the steps to and from NaN are skipped.
        assertEquals(2, canvas.named("fillPolygon").size());
        assertEquals(2, canvas.named("line").size());
        assertEquals("circle 90.0 10.0 3.5 true false", canvas.named("circle").get(0));
        String shaft = canvas.named("line").get(0);
        String[] parts = shaft.split(" ");
        // The first arrow leaves the first dot's rim, heading from (90, 10) towards (80, 40).
        double length = Math.sqrt(10 * 10 + 30 * 30);
        assertEquals(90 - 10 / length * FunctionPlot.DOT_RADIUS, Double.parseDouble(parts[1]), 1e-12);
        assertEquals(10 + 30 / length * FunctionPlot.DOT_RADIUS, Double.parseDouble(parts[2]), 1e-12);
    }

    @Test
    void rejectsBadIntervalAndCounts() {
        FunctionPlot plot = new FunctionPlot(11);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plot.sample(x -> x, view, 1, 1));
        assertEquals("interval [1.0, 1.0] must be finite with a < b", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FunctionPlot(1));
        assertThrows(IllegalArgumentException.class,
                () -> plot.drawIterates(new RecordingCanvas(), view, new double[2], new double[1], 2, 0));
        assertThrows(IllegalArgumentException.class, () -> plot.segmentLength(0));
    }
}
