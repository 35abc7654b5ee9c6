package hyperplane.view;

import hyperplane.engine.Activation;

/**
 * The activations explorer's picture and words: φ and φ′ of one activation over a plot window, its saturated
 * stretches shaded, the bounds of its range dashed, and a reading cursor with a dot on each curve; its formula,
 * the saturated stretches and the cursor's reading as text; the cursor's keys.
 */
public final class ActivationsPlot {
    /** Where the plot starts and "Home" returns. */
    public static final PlotWindow HOME = new PlotWindow(-5, 5, -1.5, 2.5);
    /** The least room for the y tick labels; longer labels get more (see {@link PlotFrame#leftFor}). */
    public static final double LEFT = 40;

    private final FunctionPlot plot = new FunctionPlot(600);
    private Activation activation = Activation.SIGMOID;
    private final ScalarFunction value = x -> activation.value(x);
    private final ScalarFunction derivative = x -> activation.derivative(x);

    /**
     * One frame on a canvas {@code width} × {@code height}: white ground, the shaded saturated stretches, the
     * coordinate axes through 0, the range's bounds, φ′ then φ, the cursor at x = {@code cursor} when it is in the
     * window, then the frame's margins and axes.
     */
    public void draw(Canvas canvas, double width, double height, PlotWindow window, Viewport viewport,
            Activation shown, double cursor) {
        activation = shown;
        PlotFrame.clear(canvas, width, height);
        double[] runs = ActivationFacts.saturatedIntervals(activation, window.xMin(), window.xMax());
        Theme theme = canvas.theme();
        canvas.setFill(theme.shade());
        canvas.setAlpha(0.55);
        for (int i = 0; i < runs.length; i += 2) {
            double a = viewport.toPixelX(runs[i]);
            double b = viewport.toPixelX(runs[i + 1]);
            canvas.fillRect(a, viewport.top(), Math.max(1, b - a), viewport.height());
        }
        canvas.setAlpha(1);

        // The coordinate axes through 0, faint.
        canvas.setStroke(theme.grid(), 1);
        if (window.yMin() < 0 && window.yMax() > 0) {
            canvas.line(viewport.left(), viewport.toPixelY(0), viewport.right(), viewport.toPixelY(0));
        }
        if (window.xMin() < 0 && window.xMax() > 0) {
            canvas.line(viewport.toPixelX(0), viewport.top(), viewport.toPixelX(0), viewport.bottom());
        }
        drawBounds(canvas, window, viewport);

        plot.sample(derivative, viewport, window.xMin(), window.xMax());
        plot.draw(canvas, theme.warm(), 2);
        plot.sample(value, viewport, window.xMin(), window.xMax());
        plot.draw(canvas, theme.cool(), 3);

        if (cursor >= window.xMin() && cursor <= window.xMax()) {
            double px = viewport.toPixelX(cursor);
            canvas.setStroke(theme.cursor(), 1);
            canvas.setDash(4, 3);
            canvas.line(px, viewport.top(), px, viewport.bottom());
            canvas.setDash(0, 0);
            dot(canvas, viewport, px, activation.value(cursor), theme.cool());
            dot(canvas, viewport, px, activation.derivative(cursor), theme.warm());
        }

        PlotFrame.finish(canvas, viewport, width, height);
    }

    private void drawBounds(Canvas canvas, PlotWindow window, Viewport viewport) {
        double low = ActivationFacts.lowerBound(activation);
        double high = ActivationFacts.upperBound(activation);
        canvas.setStroke(canvas.theme().muted(), 1);
        canvas.setDash(6, 4);
        canvas.setFill(canvas.theme().muted());
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

    private static void dot(Canvas canvas, Viewport viewport, double px, double y, int color) {
        double py = viewport.toPixelY(y);
        if (py >= viewport.top() && py <= viewport.bottom()) {
            canvas.setFill(color);
            canvas.setStroke(canvas.theme().paper(), 2);
            canvas.circle(px, py, 5, true, true);
        }
    }

    /** The activation's definition and derivative in one line. */
    public static String formula(Activation a) {
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

    /**
     * "x from −5 to −2.89 and x from 2.89 to 5", or "nowhere": where {@code a} saturates in the window, the ends
     * with as many decimals as the window's width needs (at least two, trailing zeros dropped), so ReLU's stretch
     * ends "to 0", where it does end.
     */
    public static String saturated(Activation a, PlotWindow window) {
        double[] runs = ActivationFacts.saturatedIntervals(a, window.xMin(), window.xMax());
        int decimals = Math.min(9, Math.max(2, Ticks.decimalsFor(Ticks.step(window.xMin(), window.xMax(), 100))));
        StringBuilder text = new StringBuilder();
        if (runs.length == 0) {
            text.append("nowhere");
        }
        for (int i = 0; i < runs.length; i += 2) {
            if (i > 0) {
                text.append(" and ");
            }
            text.append("x from ").append(LinearForm.minus(Format.trimmed(runs[i], decimals))).append(" to ")
                    .append(LinearForm.minus(Format.trimmed(runs[i + 1], decimals)));
        }
        return text.toString();
    }

    /** "x = 0.500:  φ(x) = 0.6225,  φ′(x) = 0.2350", with "  (saturated)" where it saturates; minus signs U+2212. */
    public static String reading(Activation a, double x) {
        return "x = " + LinearForm.minus(Format.fixed(x, 3)) + ":  φ(x) = "
                + LinearForm.minus(Format.fixed(a.value(x), 4)) + ",  φ′(x) = "
                + LinearForm.minus(Format.fixed(a.derivative(x), 4))
                + (ActivationFacts.isSaturated(a, x) ? "  (saturated)" : "");
    }

    /**
     * {@code window}, moved up or down so that φ shows when none of it would: φ is monotone for every activation
     * offered, so over [xMin, xMax] it runs from φ(xMin) to φ(xMax); when that stretch lies wholly above or below
     * the window, the window is centred on φ at its middle x. Otherwise, and for a NaN, the window as it is.
     */
    public static PlotWindow keepInView(PlotWindow window, Activation a) {
        double low = a.value(window.xMin());
        double high = a.value(window.xMax());
        if (high >= window.yMin() && low <= window.yMax()) {
            return window;
        }
        double middle = a.value((window.xMin() + window.xMax()) / 2);
        return window.pan(0, middle - (window.yMin() + window.yMax()) / 2);
    }
}
