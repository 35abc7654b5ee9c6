package hyperplane.browser;

import hyperplane.engine.Activation;
import hyperplane.state.ActivationsSettings;
import hyperplane.state.AppState;
import hyperplane.view.ActivationFacts;
import hyperplane.view.ActivationsPlot;
import hyperplane.view.PlotWindow;
import hyperplane.view.Viewport;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The activations explorer: φ and φ′ of one activation on a plot that pans and zooms, its saturated stretches
 * shaded, and a reading cursor moved by pointer or arrow keys. Its setting (the function) is kept in the link
 * as {@code act.f}.
 */
final class ActivationsView implements Views.View, FrameLoop.Client {
    private static final PlotWindow HOME = ActivationsPlot.HOME;

    private final StateStore store;
    private final HTMLCanvasElement element = Dom.canvas("act-plot");
    private final HtmlCanvas canvas = new HtmlCanvas(element);
    private final HTMLSelectElement choice = Dom.select("act-function");
    private final ActivationsPlot plot = new ActivationsPlot();
    private Activation activation = Activation.SIGMOID;
    private final PlotPanZoom view = new PlotPanZoom(element, canvas, ActivationsPlot.LEFT, this::changed);
    private double cursor = 0;
    private boolean visible;
    private boolean dirty = true;

    ActivationsView(StateStore store) {
        this.store = store;
        activation = store.state().activations().function();
        choice.setValue(activation.key());
        Dom.on(choice, "change", e -> {
            activation = Activation.fromKey(choice.getValue());
            store.update(s -> s.withActivations(new ActivationsSettings(activation)));
            view.setWindow(ActivationsPlot.keepInView(view.window(), activation));
            changed();
        });
        view.setWindow(HOME);
        view.wire("act", () -> HOME);
        view.setAfterZoom(w -> ActivationsPlot.keepInView(w, activation));
        wirePointer();
        element.addEventListener("keydown", (KeyboardEvent e) -> key(e));
        updateText();
    }

    @Override
    public void setVisible(boolean value) {
        visible = value;
        dirty = true;
    }

    /** A link or "start over": shows the activation it names (the plot window and cursor stay). */
    @Override
    public void restore(AppState state) {
        Activation next = state.activations().function();
        if (next != activation) {
            activation = next;
            choice.setValue(activation.key());
            view.setWindow(ActivationsPlot.keepInView(view.window(), activation));
            changed();
        }
    }

    private void changed() {
        dirty = true;
        updateText();
    }

    @Override
    public void frame(double timestamp) {
        if (visible && dirty) {
            dirty = false;
            draw();
        }
    }

    private void wirePointer() {
        Dom.on(element, "pointerdown", e -> {
            view.startPan(Dom.eventX(element, e), Dom.eventY(element, e));
            Dom.capturePointer(element, Dom.pointerId(e));
        });
        Dom.on(element, "pointermove", e -> {
            double px = Dom.eventX(element, e);
            view.panTo(px, Dom.eventY(element, e));
            if (view.viewport() != null) {
                cursor = view.viewport().toDataX(px);
            }
            changed();
        });
        Dom.on(element, "pointerup", e -> view.endPan());
        Dom.on(element, "pointercancel", e -> view.endPan());
    }

    private void key(KeyboardEvent e) {
        PlotWindow window = view.window();
        double width = window.xMax() - window.xMin();
        double stride = e.isShiftKey() ? width / 10 : width / 100;
        switch (e.getKey()) {
            case "ArrowLeft" -> cursor -= stride;
            case "ArrowRight" -> cursor += stride;
            case "+", "=" -> window = ActivationsPlot.keepInView(
                    window.zoom(1.5, cursor, (window.yMin() + window.yMax()) / 2), activation);
            case "-", "_" -> window = ActivationsPlot.keepInView(
                    window.zoom(1 / 1.5, cursor, (window.yMin() + window.yMax()) / 2), activation);
            case "Home" -> {
                window = HOME;
                cursor = 0;
            }
            default -> {
                return;
            }
        }
        e.preventDefault();
        // Keep the cursor in view: pan along with it when it leaves the window.
        if (cursor < window.xMin()) {
            window = window.pan(cursor - window.xMin(), 0);
        } else if (cursor > window.xMax()) {
            window = window.pan(cursor - window.xMax(), 0);
        }
        view.setWindow(window);
        changed();
    }

    private void updateText() {
        Dom.text("act-name", activation.label());
        Dom.text("act-formula", ActivationsPlot.formula(activation));
        Dom.text("act-range", ActivationFacts.range(activation));
        Dom.text("act-saturated", ActivationsPlot.saturated(activation, view.window()));
        Dom.text("act-readout", ActivationsPlot.reading(activation, cursor));
    }

    private void draw() {
        Viewport viewport = view.layout();
        plot.draw(canvas, canvas.width(), canvas.height(), view.window(), viewport, activation, cursor);
    }
}
