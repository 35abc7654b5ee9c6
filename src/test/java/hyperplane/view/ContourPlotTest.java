package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Sgd;
import hyperplane.engine.Surface;
import hyperplane.sim.DescentRace;
import hyperplane.sim.RacePreset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The race's contour plot: the pixel mapping, what is drawn, and the result lines. */
class ContourPlotTest {
    @Test
    void pixelsAndThePlaneMapBothWays() {
        double[] w = Surface.VALLEY.window();
        assertEquals(-10, ContourPlot.planeX(0, 480, w), 0);
        assertEquals(10, ContourPlot.planeX(480, 480, w), 0);
        assertEquals(5, ContourPlot.planeY(0, 480, w), 0, "the top is the largest y");
        assertEquals(0, ContourPlot.planeY(240, 480, w), 0);
        assertEquals(123, ContourPlot.pixelX(ContourPlot.planeX(123, 480, w), 480, w), 1e-9);
        assertEquals(77, ContourPlot.pixelY(ContourPlot.planeY(77, 480, w), 480, w), 1e-9);
    }

    @Test
    void drawsTheBandsEveryPathInItsColourAndTheStart() {
        RecordingCanvas c = new RecordingCanvas();
        List<DescentRace.Run> runs = RacePreset.ZIGZAG.race(1000);
        ContourPlot.draw(c, 480, Surface.VALLEY, 50, Surface.VALLEY.window(), -9, 3, runs);
        assertEquals(ContourPlot.CELLS * ContourPlot.CELLS, c.calls.stream().filter(s -> s.startsWith("fillRect"))
                .count());
        assertEquals(2, c.calls.stream().filter(s -> s.startsWith("polyline")).count());
        int first = c.calls.indexOf("setStroke #1F5FAD 2.0");
        int second = c.calls.indexOf("setStroke #D9661F 2.0");
        assertTrue(first > 0 && second > first, "blue, then orange");
        assertTrue(c.calls.get(first + 1).startsWith("polyline") && c.calls.get(second + 1).startsWith("polyline"));
        assertEquals("setStroke #111111 2.0", c.calls.get(c.calls.size() - 2), "the start ring last");
        assertEquals(ContourPlot.bandColor(0), 0xFAF6E8, "the lowest band is the palest");
    }

    @Test
    void resultLinesNameTheOutcome() {
        List<DescentRace.Run> runs = RacePreset.DIVERGING.race(100000);
        assertTrue(ContourPlot.result(runs.get(0), Surface.VALLEY, 50).startsWith("converged in 212 steps at ("),
                ContourPlot.result(runs.get(0), Surface.VALLEY, 50));
        assertEquals("diverged at step 261", ContourPlot.result(runs.get(1), Surface.VALLEY, 50));
        DescentRace.Run capped = DescentRace.run(Surface.VALLEY, 50, -9, 3, new Sgd(), 0.038, 1e-4, 5);
        assertTrue(ContourPlot.result(capped, Surface.VALLEY, 50).startsWith("stopped at the cap of 5 steps at ("));
    }

    @Test
    void theStepTableListsEveryPointFromTheStartUpToItsLimit() {
        List<DescentRace.Run> runs = RacePreset.ZIGZAG.race(100000);
        List<String[]> rows = ContourPlot.rows(runs.get(1), Surface.VALLEY, 50);
        assertEquals(64, rows.size(), "the start and 63 steps");
        assertEquals(List.of("0", "-9.0000", "3.0000", "265.500"), List.of(rows.get(0)), "f = (81 + 50·9)/2");
        assertEquals(ContourPlot.MAX_ROWS, ContourPlot.rows(RacePreset.ADAM_ROSENBROCK.race(100000).get(0),
                Surface.ROSENBROCK, 1).size());
    }
}
