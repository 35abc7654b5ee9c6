package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlotFrameTest {
    private final PlotWindow window = new PlotWindow(-5, 5, -1, 1);

    @Test
    void layoutLeavesTheMarginsAroundThePlotArea() {
        Viewport v = PlotFrame.layout(window, 40, 400, 300);
        assertEquals(40, v.left());
        assertEquals(PlotFrame.TOP, v.top());
        assertEquals(400 - PlotFrame.RIGHT, v.right());
        assertEquals(300 - PlotFrame.BOTTOM, v.bottom());
    }

    @Test
    void clearPaintsTheWholeCanvasWhiteWithSolidOpaqueLines() {
        RecordingCanvas canvas = new RecordingCanvas();
        PlotFrame.clear(canvas, 400, 300);
        assertEquals(List.of("setAlpha 1.0", "setDash 0.0 0.0", "setFill #FFFFFF", "fillRect 0.0 0.0 400.0 300.0"),
                canvas.calls);
    }

    @Test
    void finishPaintsTheFourMarginsThenTheAxes() {
        RecordingCanvas canvas = new RecordingCanvas();
        Viewport v = PlotFrame.layout(window, 40, 400, 300);
        PlotFrame.finish(canvas, v, 400, 300);
        assertEquals(List.of("fillRect 0.0 0.0 400.0 10.0", "fillRect 0.0 274.0 400.0 26.0",
                "fillRect 0.0 0.0 40.0 300.0", "fillRect 388.0 0.0 12.0 300.0"),
                canvas.named("fillRect").subList(0, 4));
        RecordingCanvas axes = new RecordingCanvas();
        Axes.draw(axes, v);
        assertEquals(axes.calls, canvas.calls.subList(canvas.calls.size() - axes.calls.size(), canvas.calls.size()));
    }

    @Test
    void keysPanByATenthZoomAboutTheCentreAndGoHome() {
        PlotWindow home = new PlotWindow(0, 1, 0, 1);
        PlotWindow right = PlotFrame.afterKey(window, "ArrowRight", home);
        assertEquals(-4, right.xMin(), 1e-12);
        assertEquals(6, right.xMax(), 1e-12);
        PlotWindow up = PlotFrame.afterKey(window, "ArrowUp", home);
        assertEquals(-0.8, up.yMin(), 1e-12);
        PlotWindow in = PlotFrame.afterKey(window, "+", home);
        assertEquals(10 / 1.5, in.xMax() - in.xMin(), 1e-12);
        assertEquals(0, (in.xMin() + in.xMax()) / 2, 1e-12);
        PlotWindow out = PlotFrame.afterKey(window, "_", home);
        assertEquals(15, out.xMax() - out.xMin(), 1e-12);
        assertSame(home, PlotFrame.afterKey(window, "Home", home));
        assertNull(PlotFrame.afterKey(window, "a", home));
    }

    @Test
    void theLeftMarginGrowsSoThatNoYLabelIsCutOff() {
        assertEquals(40, PlotFrame.leftFor(ActivationsPlot.HOME, 40, 420), "short labels fit the least margin");
        // Zoomed far in: labels such as "-0.5005" need more than 40 px.
        PlotWindow deep = new PlotWindow(-0.001, 0.001, -0.5008, -0.4992);
        double left = PlotFrame.leftFor(deep, 40, 420);
        assertTrue(left > 40, "left " + left);
        for (String label : Axes.yLabels(deep.yMin(), deep.yMax(), 420 - PlotFrame.TOP - PlotFrame.BOTTOM)) {
            double start = left - Axes.TICK_LENGTH - 2 - Axes.labelWidth(label);
            assertTrue(start >= PlotFrame.LABEL_GAP - 1e-9, label + " starts at " + start);
        }
        // What the frame draws is what was measured: the y labels of a frame laid out with that margin.
        RecordingCanvas canvas = new RecordingCanvas();
        PlotFrame.finish(canvas, PlotFrame.layout(deep, left, 640, 420), 640, 420);
        for (String label : Axes.yLabels(deep.yMin(), deep.yMax(), 420 - PlotFrame.TOP - PlotFrame.BOTTOM)) {
            assertTrue(canvas.texts().contains(label), label + " in " + canvas.texts());
        }
    }

    @Test
    void aLabelIsMeasuredByItsCharacters() {
        assertEquals(11 * (0.37 + 0.64 + 0.32 + 0.64), Axes.labelWidth("-0.5"), 1e-9);
        assertEquals(0, Axes.labelWidth(""));
    }
}
