package hyperplane.browser;

import hyperplane.engine.Activation;
import hyperplane.state.ActivationsSettings;
import hyperplane.state.AppState;
import hyperplane.view.ActivationFacts;
import hyperplane.view.ColorScale;
import hyperplane.view.Format;
import hyperplane.view.FunctionPlot;
import hyperplane.view.PlotFrame;
import hyperplane.view.PlotWindow;
import hyperplane.view.ScalarFunction;
import hyperplane.view.TextAlign;
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
    private static final PlotWindow HOME = new PlotWindow(-5, 5, -1.5, 2.5);
    /** Room for the y tick labels. */
    private static final double LEFT = 40;
    private static final int VALUE_COLOR = ColorScale.CLASS_1;
    /** A darker orange than the class colour, so the thin derivative line has enough contrast on white. */
    private static final int DERIVATIVE_COLOR = 0xC0620F;
    private static final int SHADE = 0xD8D4CC;
    private static final int CURSOR = 0x5B2A9E;

    private final StateStore store;
    private final HTMLCanvasElement element = Dom.canvas("act-plot");
    private final HtmlCanvas canvas = new HtmlCanvas(element);
    private final HTMLSelectElement choice = Dom.select("act-function");
    private final FunctionPlot plot = new FunctionPlot(600);
    private Activation activation = Activation.SIGMOID;
    private ScalarFunction value = x -> activation.value(x);
    private ScalarFunction derivative = x -> activation.derivative(x);
    private final PlotPanZoom view = new PlotPanZoom(element, canvas, LEFT, this::changed);
    private double cursor = 0;
    private boolean visible;
    private boolean dirty = true;

    ActivationsView(StateStore store) {
        this.store = store;
        activation = store.state().activations().function();
        choice.setValue(activation.key());
        Dom.on(choice, "change", e -> {
            activation = Activation.fromKey(choice.getValue());
            store.setActivations(new ActivationsSettings(activation));
            changed();
        });
        view.setWindow(HOME);
        view.wire("act", () -> HOME);
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
            case "+", "=" -> window = window.zoom(1.5, cursor, (window.yMin() + window.yMax()) / 2);
            case "-", "_" -> window = window.zoom(1 / 1.5, cursor, (window.yMin() + window.yMax()) / 2);
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
        Dom.text("act-formula", formula(activation));
        Dom.text("act-range", ActivationFacts.range(activation));
        PlotWindow window = view.window();
        double[] runs = ActivationFacts.saturatedIntervals(activation, window.xMin(), window.xMax(), 401);
        StringBuilder text = new StringBuilder();
        if (runs.length == 0) {
            text.append("nowhere");
        }
        for (int i = 0; i < runs.length; i += 2) {
            if (i > 0) {
                text.append(" and ");
            }
            text.append("x from ").append(Format.fixed(runs[i], 2)).append(" to ").append(Format.fixed(runs[i + 1], 2));
        }
        Dom.text("act-saturated", text.toString());
        Dom.text("act-readout", "x = " + Format.fixed(cursor, 3) + ":  φ(x) = " + Format.fixed(activation.value(cursor), 4)
                + ",  φ′(x) = " + Format.fixed(activation.derivative(cursor), 4)
                + (ActivationFacts.isSaturated(activation, cursor) ? "  (saturated)" : ""));
    }

    static String formula(Activation a) {
        switch (a) {
            case SIGMOID:
                return "σ(x) = 1 / (1 + e^(−x)),  σ′(x) = σ(x)(1 − σ(x))";
            case TANH:
                return "tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x)),  tanh′(x) = 1 − tanh²(x)";
            case RELU:
                return "ReLU(x) = max(0, x),  ReLU′(x) = 0 for x ≤ 0, 1 for x > 0";
            case LEAKY_RELU:
                return "φ(x) = x for x > 0, 0.01x otherwise,  φ′(x) = 1 for x > 0, 0.01 otherwise";
            case LINEAR:
                return "φ(x) = x,  φ′(x) = 1";
            default:
                return "step(x) = 1 for x ≥ 0, 0 otherwise,  step′(x) = 0 (undefined at 0)";
        }
    }

    private void draw() {
        PlotWindow window = view.window();
        Viewport viewport = view.layout();
        PlotFrame.clear(canvas, canvas.width(), canvas.height());

        double[] runs = ActivationFacts.saturatedIntervals(activation, window.xMin(), window.xMax(), 401);
        canvas.setFill(SHADE);
        canvas.setAlpha(0.55);
        for (int i = 0; i < runs.length; i += 2) {
            double a = viewport.toPixelX(runs[i]);
            double b = viewport.toPixelX(runs[i + 1]);
            canvas.fillRect(a, viewport.top(), Math.max(1, b - a), viewport.height());
        }
        canvas.setAlpha(1);

        // The coordinate axes through 0, faint.
        canvas.setStroke(0xB8B2A7, 1);
        if (window.yMin() < 0 && window.yMax() > 0) {
            canvas.line(viewport.left(), viewport.toPixelY(0), viewport.right(), viewport.toPixelY(0));
        }
        if (window.xMin() < 0 && window.xMax() > 0) {
            canvas.line(viewport.toPixelX(0), viewport.top(), viewport.toPixelX(0), viewport.bottom());
        }
        drawBounds();

        plot.sample(derivative, viewport, window.xMin(), window.xMax());
        plot.draw(canvas, DERIVATIVE_COLOR, 2);
        plot.sample(value, viewport, window.xMin(), window.xMax());
        plot.draw(canvas, VALUE_COLOR, 3);

        if (cursor >= window.xMin() && cursor <= window.xMax()) {
            double px = viewport.toPixelX(cursor);
            canvas.setStroke(CURSOR, 1);
            canvas.setDash(4, 3);
            canvas.line(px, viewport.top(), px, viewport.bottom());
            canvas.setDash(0, 0);
            dot(px, activation.value(cursor), VALUE_COLOR);
            dot(px, activation.derivative(cursor), DERIVATIVE_COLOR);
        }

        PlotFrame.finish(canvas, viewport, canvas.width(), canvas.height());
    }

    private void drawBounds() {
        PlotWindow window = view.window();
        Viewport viewport = view.viewport();
        double low = ActivationFacts.lowerBound(activation);
        double high = ActivationFacts.upperBound(activation);
        canvas.setStroke(0x6B6258, 1);
        canvas.setDash(6, 4);
        canvas.setFill(0x4A433B);
        canvas.setFontSize(12);
        String label = "range " + ActivationFacts.range(activation);
        boolean labelled = false;
        if (high == high && high > window.yMin() && high < window.yMax()) {
            double py = viewport.toPixelY(high);
            canvas.line(viewport.left(), py, viewport.right(), py);
            canvas.text(label, viewport.left() + 6, py - 9, TextAlign.LEFT);
            labelled = true;
        }
        if (low == low && low > window.yMin() && low < window.yMax()) {
            double py = viewport.toPixelY(low);
            canvas.line(viewport.left(), py, viewport.right(), py);
        }
        if (!labelled) {
            canvas.text(label, viewport.left() + 6, viewport.top() + 12, TextAlign.LEFT);
        }
        canvas.setDash(0, 0);
    }

    private void dot(double px, double y, int color) {
        Viewport viewport = view.viewport();
        double py = viewport.toPixelY(y);
        if (py >= viewport.top() && py <= viewport.bottom()) {
            canvas.setFill(color);
            canvas.setStroke(0xFFFFFF, 2);
            canvas.circle(px, py, 5, true, true);
        }
    }
}
