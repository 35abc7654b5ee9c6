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
 * <p>The visited region is [lo, hi], the smallest interval holding every finite iterate x_k that lies in the x
 * range [a, b]. It is widened about its centre to at least {@value #MIN_FRACTION} · (b − a), shifted back inside
 * [a, b], so a run that barely moves still shows the shape around it. The y range holds f sampled at
 * {@code samples} evenly spaced points of [lo, hi] and f(x_k) of those iterates, padded by 8 % above and below;
 * values that are NaN, infinite or beyond ±1e6 are ignored. When no iterate lies in [a, b] (a run that starts
 * inside and diverges still has x0 there) or no value is finite, the window is {@link PlotWindow#fitting} over
 * the whole range.
 */
public final class DescentWindow {
    /** The visited region is widened to at least this fraction of the x range. */
    public static final double MIN_FRACTION = 0.2;
    /** How many steps of the run are looked at in advance; a longer run is judged by its first steps. */
    public static final int LOOKAHEAD = 10_000;
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
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            double x = xs[k];
            // NaN fails both comparisons and is skipped.
            if (x >= a && x <= b) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (lo > hi) {
            return PlotWindow.fitting(f, a, b, samples);
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
            double y = f.at(x);
            if (y >= -1e6 && y <= 1e6) {
                low = Math.min(low, y);
                high = Math.max(high, y);
            }
        }
        for (int k = 0; k < count; k++) {
            double x = xs[k];
            if (x >= a && x <= b) {
                double y = f.at(x);
                if (y >= -1e6 && y <= 1e6) {
                    low = Math.min(low, y);
                    high = Math.max(high, y);
                }
            }
        }
        if (low > high) {
            return PlotWindow.fitting(f, a, b, samples);
        }
        if (high - low < PlotWindow.MIN_SPAN) {
            return new PlotWindow(a, b, low - 1, high + 1);
        }
        double pad = 0.08 * (high - low);
        return new PlotWindow(a, b, low - pad, high + pad);
    }
}
