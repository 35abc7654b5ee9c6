package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointPlotTest {
    private final Viewport unit = new Viewport(0, 1, 0, 1, 0, 0, 100, 100);
    private final double[] xs = {0.8, 0.3, 0.8, Double.NaN};
    private final double[] ys = {0.4, 0.1, 0.75, 0.5};
    private final int[] fills = {ColorScale.CLASS_0, ColorScale.CLASS_0, ColorScale.CLASS_1, ColorScale.CLASS_1};
    private final int[] outlines = {ColorScale.CLASS_0_OUTLINE, ColorScale.CLASS_0_OUTLINE,
        ColorScale.CLASS_1_OUTLINE, ColorScale.CLASS_1_OUTLINE};

    @Test
    void trainingPointsAreDiscsInClassColours() {
        RecordingCanvas canvas = new RecordingCanvas();
        PointPlot.draw(canvas, unit, xs, ys, fills, outlines, 4, false);
        assertEquals(List.of("circle 80.0 60.0 4.5 false true", "circle 80.0 60.0 4.5 true true",
                "circle 30.0 90.0 4.5 false true", "circle 30.0 90.0 4.5 true true",
                "circle 80.0 25.0 4.5 false true", "circle 80.0 25.0 4.5 true true"), canvas.named("circle"));
        assertEquals(List.of("setFill #F08A24", "setFill #F08A24", "setFill #2C6FB7"), canvas.named("setFill"));
        assertEquals("setStroke #FFFFFF 3.0", canvas.named("setStroke").get(4), "white halo");
        assertEquals("setStroke #123F6E 1.0", canvas.named("setStroke").get(5));
    }

    @Test
    void testPointsAreRingsWithADarkOutlineInsideAWhiteHalo() {
        RecordingCanvas canvas = new RecordingCanvas();
        PointPlot.draw(canvas, unit, xs, ys, fills, outlines, 3, true);
        List<String> circles = canvas.named("circle");
        assertEquals(List.of("circle 80.0 60.0 5.0 false true", "circle 80.0 60.0 5.0 true true",
                "circle 80.0 60.0 2.0 true false"), circles.subList(0, 3), "halo (drawn 5 ± 2.25), ring, hole");
        assertEquals(9, circles.size());
        assertEquals(List.of("setStroke #FFFFFF 4.5", "setStroke #222222 1.25", "setStroke #FFFFFF 4.5",
                "setStroke #222222 1.25", "setStroke #FFFFFF 4.5", "setStroke #222222 1.25"),
                canvas.named("setStroke"));
        assertEquals(List.of("setFill #F08A24", "setFill #FFFFFF", "setFill #F08A24", "setFill #FFFFFF",
                "setFill #2C6FB7", "setFill #FFFFFF"), canvas.named("setFill"));
    }

    @Test
    void aTestPointsClassColourLiesBetweenADarkOutlineAndWhiteOnAnyBackground() {
        // Outside in: white halo from 5.625 to 7.25 px, dark outline from 4.375 to 5.625, class ring from 2 to 4.375,
        // white hole inside 2. So on a region of either class colour the ring is framed by dark and white.
        double outlineOuter = PointPlot.TEST_RADIUS + PointPlot.TEST_OUTLINE / 2;
        double outlineInner = PointPlot.TEST_RADIUS - PointPlot.TEST_OUTLINE / 2;
        double haloOuter = PointPlot.TEST_RADIUS + PointPlot.TEST_HALO / 2;
        assertTrue(haloOuter - outlineOuter >= 1.25, "more than a pixel of white halo outside the outline");
        assertTrue(outlineInner - PointPlot.TEST_HOLE >= 2, "at least two pixels of class colour");
        assertTrue(PointPlot.TEST_HOLE >= 2, "a hole wide enough to see");
        assertTrue(haloOuter > PointPlot.RADIUS + 1.5, "larger than a training point with its halo");
    }

    @Test
    void nearestFindsThePointUnderThePointer() {
        assertEquals(2, PointPlot.nearest(unit, xs, ys, 4, 81, 26, 5));
        assertEquals(0, PointPlot.nearest(unit, xs, ys, 4, 80, 64, 5));
        assertEquals(-1, PointPlot.nearest(unit, xs, ys, 4, 50, 50, 5));
        assertEquals(-1, PointPlot.nearest(unit, xs, ys, 4, Double.NaN, 50, 5));
        assertEquals(-1, PointPlot.nearest(unit, xs, ys, 0, 80, 60, 5));
    }

    @Test
    void highlightIsADashedRing() {
        RecordingCanvas canvas = new RecordingCanvas();
        PointPlot.highlight(canvas, unit, 0.5, 0.5);
        assertEquals(List.of("setDash 3.0 2.0", "setDash 0.0 0.0"), canvas.named("setDash"));
        assertEquals(List.of("circle 50.0 50.0 9.0 false true"), canvas.named("circle"));
    }

    @Test
    void rejectsCountLongerThanArrays() {
        assertThrows(IllegalArgumentException.class,
                () -> PointPlot.draw(new RecordingCanvas(), unit, xs, ys, fills, outlines, 5, false));
        assertThrows(IllegalArgumentException.class,
                () -> PointPlot.draw(new RecordingCanvas(), unit, xs, ys, new int[2], outlines, 3, false));
        assertThrows(IllegalArgumentException.class,
                () -> PointPlot.draw(new RecordingCanvas(), unit, xs, ys, fills, null, 3, false));
    }

    @Test
    void cursorIsACrossWithARingOnAWhiteOutline() {
        RecordingCanvas canvas = new RecordingCanvas();
        PointPlot.cursor(canvas, unit, 0.5, 0.5);
        assertEquals(List.of("line 40.0 50.0 60.0 50.0", "line 50.0 40.0 50.0 60.0", "line 40.0 50.0 60.0 50.0",
                "line 50.0 40.0 50.0 60.0"), canvas.named("line"));
        assertEquals(List.of("setStroke #FFFFFF 4.0", "setStroke #5B2A9E 2.0"), canvas.named("setStroke"));
        assertEquals(List.of("circle 50.0 50.0 6.0 false true"), canvas.named("circle"));
        RecordingCanvas none = new RecordingCanvas();
        PointPlot.cursor(none, unit, Double.NaN, 0.5);
        assertEquals(List.of(), none.named("line"));
    }
}
