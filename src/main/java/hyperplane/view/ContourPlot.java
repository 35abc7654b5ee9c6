package hyperplane.view;

import hyperplane.engine.Surface;
import hyperplane.sim.DescentRace;
import java.util.List;

/**
 * The two-dimensional descent race drawn on a square canvas: the surface f(x, y) as filled contour bands (light
 * where f is low, dark where it is high, on a logarithmic scale so that a deep valley still shows its floor), the
 * start as a ring, and each racer's path as a line of its own colour ending in a dot. Also the mapping between
 * canvas pixels and the plane, for choosing the start by click or keyboard, and each racer's result line.
 */
public final class ContourPlot {
    /** The racers' colours, in legend order: blue, orange, green, purple. */
    public static final int[] COLORS = {0x1F5FAD, 0xD9661F, 0x2E8B3E, 0x8E3FA8};
    /** Cells per side of the contour grid. */
    public static final int CELLS = 120;
    /** Contour bands from the lowest to the highest value shown. */
    public static final int BANDS = 12;

    private ContourPlot() {
    }

    /** The plane's x at canvas pixel {@code px} of a plot {@code size} pixels wide over {@code window}. */
    public static double planeX(double px, double size, double[] window) {
        return window[0] + px / size * (window[1] - window[0]);
    }

    /** The plane's y at canvas pixel {@code py} (0 at the top). */
    public static double planeY(double py, double size, double[] window) {
        return window[3] - py / size * (window[3] - window[2]);
    }

    static double pixelX(double x, double size, double[] window) {
        return (x - window[0]) / (window[1] - window[0]) * size;
    }

    static double pixelY(double y, double size, double[] window) {
        return (window[3] - y) / (window[3] - window[2]) * size;
    }

    /** The colour of contour band {@code band} (0 the lowest): a pale cream through to a grey-blue. */
    static int bandColor(int band) {
        double t = (double) band / (BANDS - 1);
        int r = (int) Math.round(250 - t * (250 - 96));
        int g = (int) Math.round(246 - t * (246 - 116));
        int b = (int) Math.round(232 - t * (232 - 146));
        return (r << 16) | (g << 8) | b;
    }

    /**
     * Draws the surface over {@code window} on a {@code size} × {@code size} canvas, the start (x0, y0) and the runs'
     * paths in {@link #COLORS} order.
     */
    public static void draw(Canvas c, double size, Surface surface, double condition, double[] window, double x0,
            double y0, List<DescentRace.Run> runs) {
        double[] values = new double[CELLS * CELLS];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < CELLS; j++) {
            for (int i = 0; i < CELLS; i++) {
                double v = surface.value(planeX((i + 0.5) * size / CELLS, size, window),
                        planeY((j + 0.5) * size / CELLS, size, window), condition);
                values[j * CELLS + i] = v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double span = Math.log1p(max - min);
        double cell = size / CELLS;
        for (int k = 0; k < values.length; k++) {
            int band = span > 0 ? (int) Math.min(BANDS - 1, Math.log1p(values[k] - min) / span * BANDS) : 0;
            c.setFill(bandColor(band));
            // A hair wider than the cell, so no seams show between neighbours.
            c.fillRect((k % CELLS) * cell, (k / CELLS) * cell, cell + 0.5, cell + 0.5);
        }
        for (int r = 0; r < runs.size(); r++) {
            drawPath(c, size, window, runs.get(r), COLORS[r % COLORS.length]);
        }
        c.setStroke(0x111111, 2);
        c.circle(pixelX(x0, size, window), pixelY(y0, size, window), 7, false, true);
    }

    private static void drawPath(Canvas c, double size, double[] window, DescentRace.Run run, int color) {
        int n = run.xs().length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            // Clamped a little outside the canvas, so a path that leaves the window still draws as a line.
            xs[k] = Math.max(-size, Math.min(2 * size, pixelX(run.xs()[k], size, window)));
            ys[k] = Math.max(-size, Math.min(2 * size, pixelY(run.ys()[k], size, window)));
        }
        c.setStroke(color, 2);
        c.polyline(xs, ys, n);
        c.setFill(color);
        c.circle(xs[n - 1], ys[n - 1], 4, true, false);
    }

    /** The most rows {@link #rows} gives: a long run's table shows its first steps. */
    public static final int MAX_ROWS = 500;

    /**
     * The step table of a run: one row per point visited (step 0 is the start), at most {@link #MAX_ROWS}, each
     * {step, x, y, f(x, y)}.
     */
    public static List<String[]> rows(DescentRace.Run run, Surface surface, double condition) {
        int n = Math.min(MAX_ROWS, run.xs().length);
        java.util.ArrayList<String[]> out = new java.util.ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double x = run.xs()[k];
            double y = run.ys()[k];
            out.add(new String[] {Integer.toString(k), Format.fixed(x, 4), Format.fixed(y, 4),
                    Format.loss(surface.value(x, y, condition))});
        }
        return out;
    }

    /**
     * A racer's result: "converged in 130 steps at (0.0001, −0.0000), f = 5.1e-9", "diverged at step 261", or
     * "stopped at the cap of 5000 steps at (…), f = …".
     */
    public static String result(DescentRace.Run run, Surface surface, double condition) {
        String at = " at (" + Format.fixed(run.x(), 4) + ", " + Format.fixed(run.y(), 4) + "), f = "
                + Format.loss(surface.value(run.x(), run.y(), condition));
        return switch (run.outcome()) {
            case CONVERGED -> "converged in " + run.steps() + (run.steps() == 1 ? " step" : " steps") + at;
            case DIVERGED -> "diverged at step " + run.steps();
            case CAPPED -> "stopped at the cap of " + run.steps() + " steps" + at;
        };
    }
}
