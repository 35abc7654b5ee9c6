package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.DescentExplorer;
import hyperplane.state.DescentSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescentPlotTest {
    /** x in [0, 10] and y in [0, 100] on 200 × 100 px from (40, 10): 20 px per unit of x, 1 px per unit of y. */
    private final Viewport view = new Viewport(0, 10, 0, 100, 40, 10, 200, 100);

    @Test
    void startInsideTheWindowIsRingedAndLabelledX0() {
        RecordingCanvas canvas = new RecordingCanvas();
        DescentPlot.drawStart(canvas, view, 2, 50);
        assertEquals(List.of("circle 80.0 60.0 8.0 false true"), canvas.named("circle"));
        assertEquals(List.of("text x0 91.0 50.0 LEFT"), canvas.named("text"));
        assertTrue(canvas.calls.contains("setStroke #C0620F 2.5"));
        assertTrue(canvas.calls.contains("setFill #9A4A08"));
    }

    @Test
    void startAboveTheWindowIsPinnedToTheTopWithAnArrowAndItsValue() {
        RecordingCanvas canvas = new RecordingCanvas();
        DescentPlot.drawStart(canvas, view, 2, 400);
        assertEquals(List.of("circle 80.0 22.0 8.0 false true"), canvas.named("circle"));
        // Near the top edge the label goes below the ring.
        assertEquals(List.of("text x0 ↑ f = 400 91.0 40.0 LEFT"), canvas.named("text"));
    }

    @Test
    void startBelowTheWindowIsPinnedToTheBottom() {
        RecordingCanvas canvas = new RecordingCanvas();
        DescentPlot.drawStart(canvas, view, 2, -3.5);
        assertEquals(List.of("circle 80.0 98.0 8.0 false true"), canvas.named("circle"));
        assertEquals(List.of("text x0 ↓ f = −3.5 91.0 88.0 LEFT"), canvas.named("text"));
    }

    @Test
    void labelGoesLeftOfAStartNearTheRightEdge() {
        RecordingCanvas canvas = new RecordingCanvas();
        DescentPlot.drawStart(canvas, view, 9, 50);
        assertEquals(List.of("text x0 209.0 50.0 RIGHT"), canvas.named("text"));
    }

    @Test
    void startOutsideTheWindowSidewaysOrNotFiniteIsNotDrawn() {
        RecordingCanvas canvas = new RecordingCanvas();
        DescentPlot.drawStart(canvas, view, -1, 50);
        DescentPlot.drawStart(canvas, view, 11, 50);
        DescentPlot.drawStart(canvas, view, 2, Double.NaN);
        DescentPlot.drawStart(canvas, view, 2, Double.POSITIVE_INFINITY);
        assertEquals(List.of(), canvas.calls);
    }

    @Test
    void grabsTheStartWithinFourteenPixels() {
        assertTrue(DescentPlot.grabsStart(view, 80 + 14, 2));
        assertTrue(DescentPlot.grabsStart(view, 80 - 14, 2));
        assertFalse(DescentPlot.grabsStart(view, 80 + 14.5, 2));
    }

    @Test
    void draggedStartIsRoundedToTwoDecimalsAndKeptInTheWindow() {
        PlotWindow window = new PlotWindow(0, 10, 0, 100);
        assertEquals(2.35, DescentPlot.draggedStart(view, window, 40 + 2.3456 * 20));
        assertEquals(0, DescentPlot.draggedStart(view, window, 0));
        assertEquals(10, DescentPlot.draggedStart(view, window, 1000));
    }

    @Test
    void draggedStartStaysWithinTheSettingsBound() {
        double far = 10 * DescentSettings.MAX_START;
        PlotWindow window = new PlotWindow(-far, far, 0, 1);
        Viewport wide = window.viewport(0, 0, 100, 100);
        assertEquals(DescentSettings.MAX_START, DescentPlot.draggedStart(wide, window, 99.999));
        assertEquals(-DescentSettings.MAX_START, DescentPlot.draggedStart(wide, window, 0));
    }

    @Test
    void frameDrawsCurveIteratesAxesThenTheStartLast() {
        DescentExplorer explorer = new DescentExplorer();
        explorer.step();
        explorer.step();
        PlotWindow window = DescentWindow.of(explorer);
        Viewport viewport = PlotFrame.layout(window, DescentPlot.LEFT, 400, 300);
        RecordingCanvas canvas = new RecordingCanvas();
        new DescentPlot().draw(canvas, 400, 300, window, viewport, explorer);
        assertEquals("setAlpha 1.0", canvas.calls.get(0));
        assertEquals("fillRect 0.0 0.0 400.0 300.0", canvas.calls.get(3));
        Theme t = Theme.LIGHT;
        int curve = canvas.calls.indexOf("setStroke " + RecordingCanvas.hex(t.ink()) + " 2.0");
        int iterates = indexOfPrefix(canvas, "setFill " + RecordingCanvas.hex(t.cool()));
        int margins = canvas.calls.lastIndexOf("setFill " + RecordingCanvas.hex(t.paper()));
        int start = canvas.calls.indexOf("setStroke " + RecordingCanvas.hex(t.warm()) + " 2.5");
        assertTrue(0 < curve && curve < iterates && iterates < margins && margins < start, canvas.calls.toString());
        // Three iterates (x0, x1, x2) as dots, the start's ring on top.
        assertEquals(4, canvas.named("circle").size());
        assertEquals("x0", canvas.texts().get(canvas.texts().size() - 1));
    }

    private static int indexOfPrefix(RecordingCanvas canvas, String prefix) {
        for (int i = 0; i < canvas.calls.size(); i++) {
            if (canvas.calls.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
