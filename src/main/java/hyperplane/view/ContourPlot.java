package hyperplane.view;

import hyperplane.engine.Function2D;
import hyperplane.sim.DescentRace;
import hyperplane.sim.RaceCursor;
import java.util.ArrayList;
import java.util.List;

/**
 * The two-dimensional descent race drawn on a canvas of {@link #WIDTH} × {@link #HEIGHT} logical pixels: the surface
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

    /** The plot area over {@code window} = {xMin, xMax, yMin, yMax}. */
    public static Viewport viewport(double[] window) {
        return new Viewport(window[0], window[1], window[2], window[3], LEFT, PlotFrame.TOP, SIDE, SIDE);
    }

    /** The point of the window at canvas pixel (px, py), clamped to the window (a click on an axis counts). */
    public static double[] planePoint(double px, double py, double[] window) {
        Viewport v = viewport(window);
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
     * the axes. A row's neighbouring cells of one band are filled as one rectangle.
     */
    public static void draw(Canvas c, ContourBands bands, double x0, double y0, RaceCursor cursor) {
        double[] window = bands.window();
        Viewport v = viewport(window);
        PlotFrame.clear(c, WIDTH, HEIGHT);
        double cell = SIDE / ContourBands.CELLS;
        for (int j = 0; j < ContourBands.CELLS; j++) {
            int i = 0;
            while (i < ContourBands.CELLS) {
                int band = bands.band(i, j);
                int end = i + 1;
                while (end < ContourBands.CELLS && bands.band(end, j) == band) {
                    end++;
                }
                c.setFill(bandColor(band));
                // A hair taller than the cell, so no seams show between rows.
                c.fillRect(LEFT + i * cell, PlotFrame.TOP + j * cell, (end - i) * cell, cell + 0.5);
                i = end;
            }
        }
        for (int r = 0; r < cursor.runs().size(); r++) {
            drawPath(c, v, cursor.runs().get(r), cursor.pointOf(r), COLORS[r % COLORS.length]);
        }
        c.setStroke(0x111111, 2);
        c.circle(v.toPixelX(x0), v.toPixelY(y0), 7, false, true);
        PlotFrame.finish(c, v, WIDTH, HEIGHT);
    }

    private static void drawPath(Canvas c, Viewport v, DescentRace.Run run, int shown, int color) {
        int n = shown + 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            // Clamped a little outside the plot, so a path that leaves the window still draws as a line.
            xs[k] = Math.max(-WIDTH, Math.min(2 * WIDTH, v.toPixelX(run.xs()[k])));
            ys[k] = Math.max(-HEIGHT, Math.min(2 * HEIGHT, v.toPixelY(run.ys()[k])));
        }
        c.setStroke(color, 2);
        c.polyline(xs, ys, n);
        c.setFill(color);
        c.circle(xs[n - 1], ys[n - 1], 4, true, false);
    }

    /**
     * The step table of a run up to point {@code shown} of its path: one row per point visited (step 0 is the
     * start), at most {@link #MAX_ROWS}, each {step, x, y, f(x, y)}.
     */
    public static List<String[]> rows(DescentRace.Run run, int shown, Function2D f) {
        int n = Math.min(MAX_ROWS, Math.min(shown + 1, run.xs().length));
        List<String[]> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(row(run, k, f));
        }
        return out;
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
