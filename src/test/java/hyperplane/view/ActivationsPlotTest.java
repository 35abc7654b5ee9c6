package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivationsPlotTest {
    private final PlotWindow window = ActivationsPlot.HOME;
    private final Viewport viewport = PlotFrame.layout(window, ActivationsPlot.LEFT, 400, 300);

    private RecordingCanvas draw(Activation a, double cursor) {
        RecordingCanvas canvas = new RecordingCanvas();
        new ActivationsPlot().draw(canvas, 400, 300, window, viewport, a, cursor);
        return canvas;
    }

    @Test
    void drawsTheDerivativeUnderTheValueAndTheFrameLast() {
        RecordingCanvas canvas = draw(Activation.SIGMOID, 0);
        int derivative = canvas.calls.indexOf("setStroke #C0620F 2.0");
        int value = canvas.calls.indexOf("setStroke " + RecordingCanvas.hex(ColorScale.CLASS_1) + " 3.0");
        int cursor = canvas.calls.indexOf("setStroke #5B2A9E 1.0");
        int margins = canvas.calls.lastIndexOf("setFill #FFFFFF");
        assertTrue(0 < derivative && derivative < value && value < cursor && cursor < margins, canvas.calls.toString());
        assertEquals("fillRect 0.0 0.0 400.0 300.0", canvas.calls.get(3));
        // The cursor at 0 reads σ(0) = 0.5 and σ′(0) = 0.25: two dots on the dashed line.
        assertEquals(List.of("circle " + viewport.toPixelX(0) + " " + viewport.toPixelY(0.5) + " 5.0 true true",
                "circle " + viewport.toPixelX(0) + " " + viewport.toPixelY(0.25) + " 5.0 true true"),
                canvas.named("circle"));
        assertTrue(canvas.texts().contains("range"), canvas.texts().toString());
    }

    @Test
    void shadesTheSaturatedStretches() {
        RecordingCanvas sigmoid = draw(Activation.SIGMOID, 0);
        int shade = sigmoid.calls.indexOf("setFill #D8D4CC");
        assertEquals("setAlpha 0.55", sigmoid.calls.get(shade + 1));
        assertTrue(sigmoid.calls.get(shade + 2).startsWith("fillRect " + viewport.left() + " "));
        RecordingCanvas linear = draw(Activation.LINEAR, 0);
        int none = linear.calls.indexOf("setFill #D8D4CC");
        assertEquals("setAlpha 1.0", linear.calls.get(none + 2));
    }

    @Test
    void aCursorOutsideTheWindowIsNotDrawn() {
        RecordingCanvas canvas = draw(Activation.TANH, 7);
        assertEquals(List.of(), canvas.named("circle"));
        assertEquals(-1, canvas.calls.indexOf("setStroke #5B2A9E 1.0"));
    }

    @Test
    void writesTheFormulaTheSaturatedStretchesAndTheReading() {
        assertEquals("σ(x) = 1 / (1 + e^(−x)),  σ′(x) = σ(x)(1 − σ(x))", ActivationsPlot.formula(Activation.SIGMOID));
        assertEquals("φ(x) = x,  φ′(x) = 1", ActivationsPlot.formula(Activation.LINEAR));
        assertEquals("nowhere", ActivationsPlot.saturated(Activation.LINEAR, window));
        assertEquals("x from −5 to 0", ActivationsPlot.saturated(Activation.RELU, window));
        assertEquals("x from −5 to −2.89 and x from 2.89 to 5", ActivationsPlot.saturated(Activation.SIGMOID, window));
        assertEquals("x = 0.000:  φ(x) = 0.5000,  φ′(x) = 0.2500", ActivationsPlot.reading(Activation.SIGMOID, 0));
        assertEquals("x = −1.000:  φ(x) = −0.7616,  φ′(x) = 0.4200", ActivationsPlot.reading(Activation.TANH, -1));
        assertTrue(ActivationsPlot.reading(Activation.SIGMOID, -4.9).endsWith("  (saturated)"));
    }

    @Test
    void theReluStretchEndsAtZeroHoweverTheWindowIsZoomed() {
        PlotWindow zoomed = window.zoom(1.2, 0.1234567, 0.3).zoom(1.2, 0.1234567, 0.3).zoom(1.2, 0.1234567, 0.3);
        String text = ActivationsPlot.saturated(Activation.RELU, zoomed);
        assertTrue(text.startsWith("x from −") && text.endsWith(" to 0"), text);
        PlotWindow narrow = new PlotWindow(-0.0123456, 0.004, 0, 1);
        assertEquals("x from −0.0123 to 0", ActivationsPlot.saturated(Activation.RELU, narrow),
                "a narrow window gets the decimals its width needs");
    }

    @Test
    void zoomingAwayFromTheCurveBringsItBackIntoView() {
        // Zoomed far in about x = 6 at the window's middle height: tanh is near 1 there, far above the window.
        PlotWindow lost = new PlotWindow(5.8, 6.2, 0.3, 0.7);
        PlotWindow found = ActivationsPlot.keepInView(lost, Activation.TANH);
        assertEquals(5.8, found.xMin(), 1e-12, "x stays");
        assertEquals(0.4, found.yMax() - found.yMin(), 1e-12, "the zoom stays");
        assertEquals(Math.tanh(6), (found.yMin() + found.yMax()) / 2, 1e-12, "centred on the curve");
        PlotWindow below = new PlotWindow(-6.2, -5.8, 0.3, 0.7);
        assertEquals(Activation.SIGMOID.value(-6), centre(ActivationsPlot.keepInView(below, Activation.SIGMOID)),
                1e-12);
        // Where any of the curve shows, the window is left alone.
        PlotWindow partly = new PlotWindow(-1, 1, 0.5, 3);
        assertEquals(partly, ActivationsPlot.keepInView(partly, Activation.TANH));
        assertEquals(window, ActivationsPlot.keepInView(window, Activation.RELU));
    }

    private static double centre(PlotWindow w) {
        return (w.yMin() + w.yMax()) / 2;
    }
}
