package hyperplane.view;

import hyperplane.engine.Function1D;
import hyperplane.engine.GradientDescent;
import hyperplane.sim.DescentExplorer;
import hyperplane.state.DescentSettings;

/**
 * The gradient-descent explorer's picture: the curve f, the iterates x_k as dots joined by arrows, the axes, and
 * the ringed start point x0, which the user drags. Buffers grow with the run and are reused; drawing a frame
 * allocates nothing once they are large enough.
 */
public final class DescentPlot {
    /** Room for the y tick labels. */
    public static final double LEFT = 48;
    /** Anywhere within this many pixels of x0's column grabs the start point: easy to hit on touch screens. */
    public static final double GRAB_PIXELS = 14;

    private final FunctionPlot plot = new FunctionPlot(800);
    private double[] xs = new double[64];
    private double[] fs = new double[64];
    /** The function last drawn, and the curve that reads it (made when the function changes, not per frame). */
    private Function1D curveOf;
    private ScalarFunction curve;

    /**
     * One frame on a canvas {@code width} × {@code height}: white ground, the curve over the window's x range,
     * the run's iterates, the frame's margins and axes, and the start point last so it stays visible.
     */
    public void draw(Canvas canvas, double width, double height, PlotWindow window, Viewport viewport,
            DescentExplorer explorer) {
        PlotFrame.clear(canvas, width, height);
        Function1D f = explorer.function();
        if (f != curveOf) {
            curveOf = f;
            curve = f::value;
        }
        plot.sample(curve, viewport, window.xMin(), window.xMax());
        plot.draw(canvas, canvas.theme().ink(), 2);
        GradientDescent run = explorer.run();
        int count = run.rowCount();
        if (xs.length < count) {
            int capacity = Math.max(count, 2 * xs.length);
            xs = new double[capacity];
            fs = new double[capacity];
        }
        for (int k = 0; k < count; k++) {
            xs[k] = run.x(k);
            fs[k] = run.value(k);
        }
        plot.drawIterates(canvas, viewport, xs, fs, count, canvas.theme().cool());
        PlotFrame.finish(canvas, viewport, width, height);
        drawStart(canvas, viewport, explorer.start(), run.value(0));
    }

    /**
     * The ringed start point (x0, f0): a start above or below the window (the fit may leave out a far-off f(x0))
     * is pinned 12 px inside that edge with an arrow and its value; a start left or right of the window, or an
     * f0 that is not finite, is not drawn. The label goes left of the ring near the right edge.
     */
    static void drawStart(Canvas canvas, Viewport viewport, double x0, double f0) {
        double sx = viewport.toPixelX(x0);
        double sy = viewport.toPixelY(f0);
        if (!Double.isFinite(sy) || sx < viewport.left() || sx > viewport.right()) {
            return;
        }
        String label = "x0";
        if (sy < viewport.top() + 12) {
            sy = viewport.top() + 12;
            label = "x0 ↑ f = " + DescentTable.cell(f0);
        } else if (sy > viewport.bottom() - 12) {
            sy = viewport.bottom() - 12;
            label = "x0 ↓ f = " + DescentTable.cell(f0);
        }
        canvas.setAlpha(1);
        canvas.setStroke(canvas.theme().warm(), 2.5);
        canvas.circle(sx, sy, 8, false, true);
        canvas.setFill(canvas.theme().warmText());
        canvas.setFontSize(12);
        boolean right = sx > viewport.right() - 110;
        canvas.text(label, right ? sx - 11 : sx + 11, sy < viewport.top() + 24 ? sy + 18 : sy - 10,
                right ? TextAlign.RIGHT : TextAlign.LEFT);
    }

    /** Whether a press at pixel column {@code px} grabs the start point x0 (within {@link #GRAB_PIXELS}). */
    public static boolean grabsStart(Viewport viewport, double px, double x0) {
        return Math.abs(px - viewport.toPixelX(x0)) <= GRAB_PIXELS;
    }

    /**
     * The start x0 for the start point dragged to pixel column {@code px}: kept inside the window and within
     * ±{@link DescentSettings#MAX_START}, and rounded to two decimals, what the field shows, so that the table
     * starts at the number the user sees.
     */
    public static double draggedStart(Viewport viewport, PlotWindow window, double px) {
        double x = viewport.toDataX(px);
        x = Math.max(window.xMin(), Math.min(window.xMax(), x));
        x = Math.max(-DescentSettings.MAX_START, Math.min(DescentSettings.MAX_START, x));
        return Math.round(x * 100) / 100.0;
    }
}
