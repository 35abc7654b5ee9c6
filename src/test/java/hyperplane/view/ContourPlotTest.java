package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Function2D;
import hyperplane.engine.Sgd;
import hyperplane.engine.Surface;
import hyperplane.sim.DescentRace;
import hyperplane.sim.RaceCursor;
import hyperplane.sim.RacePreset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The race's contour plot: the pixel mapping, what is drawn, the axes, and the result lines at a step. */
class ContourPlotTest {
    private static final Function2D VALLEY_50 = Surface.VALLEY.function(50);

    @Test
    void pixelsAndThePlaneMapBothWaysAndAClickOutsideThePlotIsClamped() {
        double[] w = Surface.VALLEY.window();
        Viewport v = ContourPlot.viewport(w, ContourPlot.WIDTH, ContourPlot.HEIGHT);
        assertEquals(ContourPlot.LEFT, v.toPixelX(-10), 1e-9);
        assertEquals(ContourPlot.WIDTH - PlotFrame.RIGHT, v.toPixelX(10), 1e-9);
        assertEquals(PlotFrame.TOP, v.toPixelY(5), 1e-9, "the top is the largest y");
        assertEquals(ContourPlot.HEIGHT - PlotFrame.BOTTOM, v.toPixelY(-5), 1e-9);
        double[] centre = ContourPlot.planePoint(ContourPlot.LEFT + ContourPlot.SIDE / 2,
                PlotFrame.TOP + ContourPlot.SIDE / 2, w, ContourPlot.WIDTH, ContourPlot.HEIGHT);
        assertEquals(0, centre[0], 1e-9);
        assertEquals(0, centre[1], 1e-9);
        double[] corner = ContourPlot.planePoint(0, ContourPlot.HEIGHT, w, ContourPlot.WIDTH, ContourPlot.HEIGHT);
        assertEquals(-10, corner[0], 0, "a click on the y axis's labels starts at the window's edge");
        assertEquals(-5, corner[1], 0);
        Viewport phone = ContourPlot.viewport(w, 300, 290);
        assertEquals(300 - ContourPlot.LEFT - PlotFrame.RIGHT, phone.width(), 1e-9, "a narrower canvas, a smaller plot");
        assertEquals(phone.width(), phone.height(), 1e-9);
    }

    @Test
    void drawsTheBandsEveryPathInItsColourTheStartAndTheAxes() {
        RecordingCanvas c = new RecordingCanvas();
        RaceCursor cursor = new RaceCursor(RacePreset.ZIGZAG.race(1000));
        ContourBands bands = new ContourBands(VALLEY_50, Surface.VALLEY.window());
        ContourPlot.draw(c, ContourPlot.WIDTH, ContourPlot.HEIGHT, bands, -9, 3, cursor);
        long rects = c.calls.stream().filter(s -> s.startsWith("fillRect")).count();
        assertTrue(rects > ContourBands.CELLS && rects < ContourBands.CELLS * ContourBands.CELLS / 4,
                "neighbouring cells of a band share one rectangle: " + rects);
        assertEquals(2, c.calls.stream().filter(s -> s.startsWith("polyline")).count());
        int first = c.calls.indexOf("setStroke #1F5FAD 2.0");
        int second = c.calls.indexOf("setStroke #D9661F 2.0");
        assertTrue(first > 0 && second > first, "blue, then orange");
        assertTrue(c.calls.get(first + 1).startsWith("polyline") && c.calls.get(second + 1).startsWith("polyline"));
        int ring = c.calls.indexOf("setStroke #111111 2.0");
        assertTrue(ring > second, "the start ring after the paths");
        for (String label : List.of("−10", "0", "10", "−4", "4")) {
            assertTrue(c.calls.stream().anyMatch(s -> s.startsWith("text " + label + " ")), "tick label " + label
                    + " in " + c.calls.subList(ring, c.calls.size()));
        }
        assertEquals(ContourPlot.bandColor(0), 0xFAF6E8, "the lowest band is the palest");
        assertEquals(ContourPlot.UNDEFINED_COLOR, ContourPlot.bandColor(ContourBands.UNDEFINED));
    }

    @Test
    void thePathsStopAtTheCursorsStep() {
        RecordingCanvas c = new RecordingCanvas();
        RaceCursor cursor = new RaceCursor(RacePreset.ZIGZAG.race(1000));
        cursor.reset();
        cursor.advance(5);
        ContourPlot.draw(c, ContourPlot.WIDTH, ContourPlot.HEIGHT, new ContourBands(VALLEY_50, Surface.VALLEY.window()), -9, 3, cursor);
        assertEquals(2, c.calls.stream().filter(s -> s.startsWith("polyline 6 ")).count(),
                c.calls.stream().filter(s -> s.startsWith("polyline")).toList().toString());
    }

    @Test
    void resultLinesNameTheOutcomeOrWhereTheRacerIs() {
        List<DescentRace.Run> runs = RacePreset.DIVERGING.race(100000);
        assertTrue(ContourPlot.result(runs.get(0), VALLEY_50).startsWith("converged in 212 steps at ("),
                ContourPlot.result(runs.get(0), VALLEY_50));
        assertEquals("diverged at step 261", ContourPlot.result(runs.get(1), VALLEY_50));
        DescentRace.Run capped = DescentRace.run(VALLEY_50, -9, 3, new Sgd(), 0.038, 1e-4, 5);
        assertTrue(ContourPlot.result(capped, VALLEY_50).startsWith("stopped at the cap of 5 steps at ("));
        RaceCursor cursor = new RaceCursor(runs);
        assertEquals("Step 261 of 261 (the end)", ContourPlot.stepText(cursor));
        cursor.reset();
        assertEquals("step 0 at (-9.0000, 3.0000), f = 265.500", ContourPlot.resultAt(cursor, 0, VALLEY_50));
        cursor.advance(230);
        assertTrue(ContourPlot.resultAt(cursor, 0, VALLEY_50).startsWith("converged in 212 steps"));
        assertTrue(ContourPlot.resultAt(cursor, 1, VALLEY_50).startsWith("step 230 at ("));
        assertEquals("Step 230 of 261", ContourPlot.stepText(cursor));
    }

    @Test
    void theStepTableListsEveryPointFromTheStartUpToTheStepShownAndItsLimit() {
        RaceCursor zigzag = new RaceCursor(RacePreset.ZIGZAG.race(100000));
        assertEquals(64, ContourPlot.rowCount(zigzag, 1), "the start and momentum's 63 steps");
        assertEquals(List.of("0", "-9.0000", "3.0000", "265.500"), List.of(ContourPlot.row(zigzag.runs().get(1), 0,
                VALLEY_50)), "f = (81 + 50·9)/2");
        zigzag.reset();
        zigzag.advance(10);
        assertEquals(11, ContourPlot.rowCount(zigzag, 1));
        RaceCursor adam = new RaceCursor(RacePreset.ADAM_ROSENBROCK.race(100000));
        assertEquals(ContourPlot.MAX_ROWS, ContourPlot.rowCount(adam, 0));
    }
}
