package hyperplane.view;

import hyperplane.engine.Function2D;
import hyperplane.sim.DescentRace;
import hyperplane.sim.RaceCursor;

/**
 * The two-dimensional descent race drawn on a canvas of at most {@link #WIDTH} × {@link #HEIGHT} logical pixels (a
 * phone's narrower canvas keeps its text size, so the plot area shrinks instead): the surface
 * f(x, y) as filled contour bands ({@link ContourBands}: light where f is low, dark where it is high, grey where it
 * is undefined) in a square plot area with x and y axes, the start as a ring, and each racer's path up to the step
 * shown as a line of its own colour ending in a dot. Also the mapping between canvas pixels and the plane, for
 * choosing the start by click or keyboard, each racer's result line and the step table.
 */
public final class ContourPlot {
    /** The racers' colours, in legend order: blue, orange, green, purple. */
    public static final int[] COLORS = {0x1F5FAD, 0xD9661F, 0x2E8B3E, 0x8E3FA8};
    /** The canvas's logical size: a square plot area of {@link #SIDE} px with room for the axes left and below. */
    public static final double WIDTH = 480;
    static final double LEFT = 40;
    static final double SIDE = WIDTH - LEFT - PlotFrame.RIGHT;
    public static final double HEIGHT = PlotFrame.TOP + SIDE + PlotFrame.BOTTOM;
    /** The colour of cells where f is not finite. */
    static final int UNDEFINED_COLOR = 0xC8C8C8;
    /** The most rows {@link #rows} gives: a long run's table shows its first steps. */
    public static final int MAX_ROWS = 500;

    private ContourPlot() {
    }

    /**
     * The square plot area over {@code window} = {xMin, xMax, yMin, yMax} on a canvas {@code width} × {@code height}:
     * as large as fits beside the y axis's labels and above the x axis's.
     */
    public static Viewport viewport(double[] window, double width, double height) {
        double side = Math.max(1, Math.min(width - LEFT - PlotFrame.RIGHT, height - PlotFrame.TOP - PlotFrame.BOTTOM));
        return new Viewport(window[0], window[1], window[2], window[3], LEFT, PlotFrame.TOP, side, side);
    }

    /**
     * The point of the window at pixel (px, py) of a canvas {@code width} × {@code height}, clamped to the window (a
     * click on an axis counts).
     */
    public static double[] planePoint(double px, double py, double[] window, double width, double height) {
        Viewport v = viewport(window, width, height);
        return new double[] {Math.max(window[0], Math.min(window[1], v.toDataX(px))),
                Math.max(window[2], Math.min(window[3], v.toDataY(py)))};
    }

    /** The colour of contour band {@code band} (0 the lowest): a pale cream through to a grey-blue. */
    static int bandColor(int band) {
        if (band == ContourBands.UNDEFINED) {
            return UNDEFINED_COLOR;
        }
        double t = (double) band / (ContourBands.BANDS - 1);
        int r = (int) Math.round(250 - t * (250 - 96));
        int g = (int) Math.round(246 - t * (246 - 116));
        int b = (int) Math.round(232 - t * (232 - 146));
        return (r << 16) | (g << 8) | b;
    }

    /**
     * Draws the bands, the racers' paths up to the cursor's step in {@link #COLORS} order, the start (x0, y0) and
     * the axes, on a canvas {@code width} × {@code height}: {@link #drawBands}, then {@link #drawRace}.
     */
    public static void draw(Canvas c, double width, double height, ContourBands bands, double x0, double y0,
            RaceCursor cursor) {
        drawBands(c, width, height, bands);
        drawRace(c, width, height, bands, x0, y0, cursor);
    }

    /**
     * The plot's ground and its bands, which change only with the surface, the size or the theme: a view can keep
     * them in a layer and draw only {@link #drawRace} over a copy of it each frame. A row's neighbouring cells of
     * one band are filled as one rectangle.
     */
    public static void drawBands(Canvas c, double width, double height, ContourBands bands) {
        Viewport v = viewport(bands.window(), width, height);
        PlotFrame.clear(c, width, height);
        for (int j = 0; j < ContourBands.CELLS; j++) {
            double top = edge(v.top(), j, v.height());
            double rowHeight = edge(v.top(), j + 1, v.height()) - top;
            int i = 0;
            while (i < ContourBands.CELLS) {
                int band = bands.band(i, j);
                int end = i + 1;
                while (end < ContourBands.CELLS && bands.band(end, j) == band) {
                    end++;
                }
                c.setFill(bandColor(band));
                c.fillRect(edge(LEFT, i, v.width()), top, edge(LEFT, end, v.width()) - edge(LEFT, i, v.width()),
                        rowHeight);
                i = end;
            }
        }
    }

    /** Over the bands: the racers' paths up to the cursor's step, the start (x0, y0), the margins and the axes. */
    public static void drawRace(Canvas c, double width, double height, ContourBands bands, double x0, double y0,
            RaceCursor cursor) {
        Viewport v = viewport(bands.window(), width, height);
        for (int r = 0; r < cursor.runs().size(); r++) {
            drawPath(c, v, width, height, cursor.runs().get(r), cursor.pointOf(r), COLORS[r % COLORS.length]);
        }
        c.setStroke(0x111111, 2);
        c.circle(v.toPixelX(x0), v.toPixelY(y0), 7, false, true);
        PlotFrame.finish(c, v, width, height);
    }

    /** The whole pixel where cell row or column {@code k} begins: neighbours meet exactly, so no seams show. */
    private static double edge(double origin, int k, double side) {
        return Math.round(origin + k * side / ContourBands.CELLS);
    }

    private static void drawPath(Canvas c, Viewport v, double width, double height, DescentRace.Run run, int shown,
            int color) {
        int n = shown + 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            // Clamped a little outside the plot, so a path that leaves the window still draws as a line.
            xs[k] = Math.max(-width, Math.min(2 * width, v.toPixelX(run.xs()[k])));
            ys[k] = Math.max(-height, Math.min(2 * height, v.toPixelY(run.ys()[k])));
        }
        c.setStroke(color, 2);
        c.polyline(xs, ys, n);
        c.setFill(color);
        c.circle(xs[n - 1], ys[n - 1], 4, true, false);
    }

    /**
     * How many rows racer {@code r}'s step table shows at the cursor's step: one per point visited up to the point
     * shown (step 0 is the start), at most {@link #MAX_ROWS}.
     */
    public static int rowCount(RaceCursor cursor, int r) {
        return Math.min(MAX_ROWS, cursor.pointOf(r) + 1);
    }

    /** Row {@code k} of a run's table: {step, x, y, f(x, y)}. */
    public static String[] row(DescentRace.Run run, int k, Function2D f) {
        double x = run.xs()[k];
        double y = run.ys()[k];
        return new String[] {Integer.toString(k), Format.fixed(x, 4), Format.fixed(y, 4), Format.loss(f.value(x, y))};
    }

    /**
     * A racer's result: "converged in 130 steps at (0.0001, −0.0000), f = 5.1e-9", "diverged at step 261", or
     * "stopped at the cap of 5000 steps at (…), f = …".
     */
    public static String result(DescentRace.Run run, Function2D f) {
        String at = at(run, run.xs().length - 1, f);
        return switch (run.outcome()) {
            case CONVERGED -> "converged in " + run.steps() + (run.steps() == 1 ? " step" : " steps") + at;
            case DIVERGED -> "diverged at step " + run.steps();
            case CAPPED -> "stopped at the cap of " + run.steps() + " steps" + at;
        };
    }

    /**
     * Racer {@code r}'s line at the cursor's step: its {@link #result} once its run has ended, otherwise where it is,
     * "step 40 at (−3.1200, 0.0100), f = 4.87".
     */
    public static String resultAt(RaceCursor cursor, int r, Function2D f) {
        DescentRace.Run run = cursor.runs().get(r);
        if (cursor.finished(r)) {
            return result(run, f);
        }
        return "step " + cursor.current() + at(run, cursor.pointOf(r), f);
    }

    private static String at(DescentRace.Run run, int k, Function2D f) {
        return " at (" + Format.fixed(run.xs()[k], 4) + ", " + Format.fixed(run.ys()[k], 4) + "), f = "
                + Format.loss(f.value(run.xs()[k], run.ys()[k]));
    }

    /** "Step 40 of 212", or "Step 212 of 212 (the end)". */
    public static String stepText(RaceCursor cursor) {
        return "Step " + cursor.current() + " of " + cursor.last() + (cursor.atEnd() ? " (the end)" : "");
    }
}
