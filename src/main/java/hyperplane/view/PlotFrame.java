package hyperplane.view;

/**
 * The frame of a function plot, shared by the activations and gradient-descent explorers: the margins around the
 * plot area, the window laid out on a canvas of a given size, the ground before a frame and, after its
 * curves, the margins painted again (curves may run past the plot area) with the axes on top.
 */
public final class PlotFrame {
    /** The margins above, right of and below the plot area, in logical pixels; the left one is the view's. */
    public static final double TOP = 10;
    public static final double RIGHT = 12;
    public static final double BOTTOM = 26;
    /** Room kept between a y tick label and the canvas's left edge. */
    static final double LABEL_GAP = 4;

    private PlotFrame() {
    }

    /**
     * Where the plot area of {@code window} on a canvas {@code height} px tall must start so that no y tick label is
     * cut off at the canvas's left edge: {@code minLeft}, or more when the widest label (see
     * {@link Axes#labelWidth}) and its tick need it, as a deep zoom's "−0.0005" does.
     */
    public static double leftFor(PlotWindow window, double minLeft, double height) {
        double widest = 0;
        for (String label : Axes.yLabels(window.yMin(), window.yMax(), height - TOP - BOTTOM)) {
            widest = Math.max(widest, Axes.labelWidth(label));
        }
        return Math.max(minLeft, Math.ceil(widest + Axes.TICK_LENGTH + 2 + LABEL_GAP));
    }

    /** The window on a canvas {@code width} × {@code height} whose plot area starts {@code left} px from its left. */
    public static Viewport layout(PlotWindow window, double left, double width, double height) {
        return window.viewport(left, TOP, width - left - RIGHT, height - TOP - BOTTOM);
    }

    /** Starts a frame: the whole canvas in the theme's paper colour, opaque, with solid lines. */
    public static void clear(Canvas canvas, double width, double height) {
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setFill(canvas.theme().paper());
        canvas.fillRect(0, 0, width, height);
    }

    /** Ends a frame: the four margins around {@code viewport} painted over the curves, then the axes. */
    public static void finish(Canvas canvas, Viewport viewport, double width, double height) {
        canvas.setFill(canvas.theme().paper());
        canvas.fillRect(0, 0, width, viewport.top());
        canvas.fillRect(0, viewport.bottom(), width, height - viewport.bottom());
        canvas.fillRect(0, 0, viewport.left(), height);
        canvas.fillRect(viewport.right(), 0, width - viewport.right(), height);
        Axes.draw(canvas, viewport);
    }

    /**
     * The window after a key on a focused plot: the arrow keys pan by a tenth of the window, + (or =) and − (or _)
     * zoom by 1.5 about its centre, Home goes back to {@code home}; null for any other key.
     */
    public static PlotWindow afterKey(PlotWindow window, String key, PlotWindow home) {
        double dx = (window.xMax() - window.xMin()) / 10;
        double dy = (window.yMax() - window.yMin()) / 10;
        return switch (key) {
            case "ArrowLeft" -> window.pan(-dx, 0);
            case "ArrowRight" -> window.pan(dx, 0);
            case "ArrowUp" -> window.pan(0, dy);
            case "ArrowDown" -> window.pan(0, -dy);
            case "+", "=" -> window.zoom(1.5);
            case "-", "_" -> window.zoom(1 / 1.5);
            case "Home" -> home;
            default -> null;
        };
    }
}
