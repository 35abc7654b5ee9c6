package hyperplane.view;

import hyperplane.engine.Function1D;
import hyperplane.engine.GradientDescent;
import hyperplane.sim.DescentExplorer;

/**
 * The starting window of the gradient-descent plot: the function's x range, and a y range fitted to the part of
 * the curve the iterates visit rather than to the whole curve, so that a steep wall far from the run (x⁴ − 3x³
 * reaches 961 at x = 6.5) does not squash the valley the run descends into. The curve beyond that y range is
 * clipped by the plot.
 *
 * <p>The iterates are x_0 (the start) … x_(count−1); only finite ones inside the x range [a, b] count. The
 * region visited after the start is [lo, hi], the smallest interval holding x_1 … x_(count−1); it is widened about
 * its centre to at least {@value #MIN_FRACTION} · (b − a) and shifted back inside [a, b], so a run that barely
 * moves still shows the shape around it. Its y range holds f sampled at {@code samples} evenly spaced points of
 * [lo, hi] and f at those iterates. The start joins the region, and the fit is made again with it, unless f(x_0)
 * lies more than {@value #OUTLIER} spans of that y range above or below it: then the start is left out (the view
 * draws it at the edge), because one high start, such as x⁴ − 3x³ at x0 = 6 where f = 648 above a valley
 * 8 deep, would otherwise flatten the whole run. Without iterates after the start the region is x_0's alone. The
 * final y range is padded by 8 % above and below; values that are NaN, infinite or beyond
 * ±{@link PlotWindow#FIT_LIMIT} are ignored. When no iterate lies in [a, b] or no value is finite, the window is {@link PlotWindow#fitting} over [a, b].
 */
public final class DescentWindow {
    /** The visited region is widened to at least this fraction of the x range. */
    public static final double MIN_FRACTION = 0.2;
    /** How many steps of the run are looked at in advance; a longer run is judged by its first steps. */
    public static final int LOOKAHEAD = 10_000;
    /** How many spans of the run's y range f(x0) may lie beyond it and still be fitted. */
    public static final double OUTLIER = 3;
    /** Samples of f over the visited region. */
    public static final int SAMPLES = 400;

    private DescentWindow() {
    }

    /**
     * The window for the explorer's settings: its run (at most {@value #LOOKAHEAD} steps of it) is computed in
     * advance, so the window does not move while the run is played.
     */
    public static PlotWindow of(DescentExplorer explorer) {
        Function1D f = explorer.function();
        GradientDescent preview = new GradientDescent(f, explorer.start(), explorer.learningRate(),
                explorer.threshold(), Math.min(explorer.cap(), LOOKAHEAD));
        preview.run();
        return fit(x -> f.value(x), explorer.plotXMin(), explorer.plotXMax(), preview.xs(), preview.rowCount(),
                SAMPLES);
    }

    /**
     * The window over [a, b] whose y range fits the region visited by xs[0 … count − 1] (see the class comment).
     *
     * @throws IllegalArgumentException if [a, b] is not finite and at least {@link PlotWindow#MIN_SPAN} wide,
     *     samples &lt; 2, xs or f is null, or count is not in 0 … xs.length
     */
    public static PlotWindow fit(ScalarFunction f, double a, double b, double[] xs, int count, int samples) {
        if (f == null || xs == null) {
            throw new IllegalArgumentException("function and iterates must not be null");
        }
        if (!Double.isFinite(a) || !Double.isFinite(b) || !(b - a >= PlotWindow.MIN_SPAN)) {
            throw new IllegalArgumentException("interval [" + a + ", " + b + "] must be finite and at least "
                    + PlotWindow.MIN_SPAN + " wide");
        }
        if (samples < 2) {
            throw new IllegalArgumentException("samples (" + samples + ") must be >= 2");
        }
        if (count < 0 || count > xs.length) {
            throw new IllegalArgumentException("count (" + count + ") must be in 0.." + xs.length);
        }
        double[] y = fitY(f, a, b, xs, 1, count, samples);
        boolean startInRange = count > 0 && xs[0] >= a && xs[0] <= b;
        if (startInRange) {
            double y0 = f.at(xs[0]);
            boolean near = y == null || (y0 >= y[0] - OUTLIER * (y[1] - y[0]) && y0 <= y[1] + OUTLIER * (y[1] - y[0]));
            // A start whose value is NaN or huge is never "near": it is left out, like a far outlier.
            if (near) {
                y = fitY(f, a, b, xs, 0, count, samples);
            }
        }
        if (y == null) {
            return PlotWindow.fitting(f, a, b, samples);
        }
        if (y[1] - y[0] < PlotWindow.MIN_SPAN) {
            return new PlotWindow(a, b, y[0] - 1, y[1] + 1);
        }
        double pad = 0.08 * (y[1] - y[0]);
        return new PlotWindow(a, b, y[0] - pad, y[1] + pad);
    }

    /**
     * {low, high} of f over the widened hull of xs[from … count − 1] inside [a, b] and at those iterates, unpadded;
     * null when no such iterate or no finite value exists.
     */
    private static double[] fitY(ScalarFunction f, double a, double b, double[] xs, int from, int count,
            int samples) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = from; k < count; k++) {
            double x = xs[k];
            // NaN fails both comparisons and is skipped.
            if (x >= a && x <= b) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (lo > hi) {
            return null;
        }
        double least = MIN_FRACTION * (b - a);
        if (hi - lo < least) {
            double centre = (lo + hi) / 2;
            lo = centre - least / 2;
            hi = centre + least / 2;
            if (lo < a) {
                hi += a - lo;
                lo = a;
            }
            if (hi > b) {
                lo -= hi - b;
                hi = b;
            }
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < samples; i++) {
            double x = i == samples - 1 ? hi : lo + i * (hi - lo) / (samples - 1);
            double v = f.at(x);
            if (v >= -PlotWindow.FIT_LIMIT && v <= PlotWindow.FIT_LIMIT) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        for (int k = from; k < count; k++) {
            double x = xs[k];
            if (x >= a && x <= b) {
                double v = f.at(x);
                if (v >= -PlotWindow.FIT_LIMIT && v <= PlotWindow.FIT_LIMIT) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        return low > high ? null : new double[] {low, high};
    }
}
