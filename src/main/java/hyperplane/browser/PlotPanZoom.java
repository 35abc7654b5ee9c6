package hyperplane.browser;

import hyperplane.view.PlotFrame;
import hyperplane.view.PlotWindow;
import hyperplane.view.Viewport;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The pan and zoom a function plot shares between the activations and gradient-descent explorers: the plot
 * window, the viewport of the last frame, the zoom buttons ({@code <prefix>-zoom-in}, {@code -zoom-out},
 * {@code -zoom-reset}), wheel zoom about the pointer and drag panning. The view decides when a drag pans (it
 * calls {@link #startPan}, {@link #panTo} and {@link #endPan} from its own pointer handlers) and what its keys do.
 * Every change to the window made here calls the view's {@code changed} callback.
 */
final class PlotPanZoom {
    /** The narrowest logical width a plot is laid out for; a narrower screen scales it down. */
    private static final int MIN_WIDTH = 280;

    private final HTMLCanvasElement element;
    private final HtmlCanvas canvas;
    private final double left;
    private final Runnable changed;
    /** What a zoom's window becomes before it is taken (the activations plot keeps its curve in view). */
    private UnaryOperator<PlotWindow> afterZoom = UnaryOperator.identity();
    private PlotWindow window;
    /** The viewport of the last frame drawn; null before the first frame. */
    private Viewport viewport;
    private boolean panning;
    private double panX;
    private double panY;

    /** A plot on {@code canvas} whose frame starts {@code left} logical pixels from its left edge. */
    PlotPanZoom(HTMLCanvasElement element, HtmlCanvas canvas, double left, Runnable changed) {
        this.element = element;
        this.canvas = canvas;
        this.left = left;
        this.changed = changed;
        // A new width (a phone turned, a window resized) lays the plot out again at the size it is shown.
        LayoutChanges.listen(changed);
    }

    /** Wires the zoom buttons named {@code prefix}-zoom-in, -zoom-out and -zoom-reset, and the wheel. */
    void wire(String prefix, Supplier<PlotWindow> home) {
        Dom.on(Dom.byId(prefix + "-zoom-in"), "click", e -> zoom(1.5));
        Dom.on(Dom.byId(prefix + "-zoom-out"), "click", e -> zoom(1 / 1.5));
        Dom.on(Dom.byId(prefix + "-zoom-reset"), "click", e -> {
            window = home.get();
            changed.run();
        });
        element.addEventListener("wheel", this::wheel);
    }

    PlotWindow window() {
        return window;
    }

    /** Passes every window a zoom (button or wheel) makes through {@code adjust} before it is taken. */
    void setAfterZoom(UnaryOperator<PlotWindow> adjust) {
        afterZoom = adjust;
    }

    /** Replaces the window without calling back: the caller redraws as it needs. */
    void setWindow(PlotWindow value) {
        window = value;
    }

    /** The viewport of the last frame drawn, or null before the first. */
    Viewport viewport() {
        return viewport;
    }

    /**
     * Lays a frame out: sizes the canvas to the width it is shown at (up to the page's width attribute, so the
     * labels stay legible on a phone) and the current window on it (see {@link PlotFrame}), with room on the left
     * for the widest y label ({@link PlotFrame#leftFor}). Returns the viewport for this frame; the view draws it,
     * from {@link PlotFrame#clear} to {@link PlotFrame#finish}.
     */
    Viewport layout() {
        canvas.fitToDisplay(MIN_WIDTH);
        viewport = PlotFrame.layout(window, PlotFrame.leftFor(window, left, canvas.height()), canvas.width(),
                canvas.height());
        return viewport;
    }

    /** A drag that pans starts at pixel (px, py). */
    void startPan(double px, double py) {
        panning = true;
        panX = px;
        panY = py;
    }

    /** Moves a panning drag to (px, py) so the data under the pointer follows it; false when not panning. */
    boolean panTo(double px, double py) {
        if (!panning || viewport == null) {
            return false;
        }
        window = window.pan(-(px - panX) / viewport.scaleX(), (py - panY) / viewport.scaleY());
        panX = px;
        panY = py;
        return true;
    }

    void endPan() {
        panning = false;
    }

    private void zoom(double factor) {
        window = afterZoom.apply(window.zoom(factor));
        changed.run();
    }

    /** Wheel up zooms in by 1.2 about the data point under the pointer, wheel down out. */
    private void wheel(Event e) {
        if (viewport == null) {
            return;
        }
        e.preventDefault();
        double factor = wheelDelta(e) < 0 ? 1.2 : 1 / 1.2;
        double cx = viewport.toDataX(Dom.eventX(element, e));
        double cy = viewport.toDataY(Dom.eventY(element, e));
        window = afterZoom.apply(window.zoom(factor, cx, cy));
        changed.run();
    }

    @JSBody(params = "event", script = "return event.deltaY || 0;")
    private static native double wheelDelta(Event event);
}
