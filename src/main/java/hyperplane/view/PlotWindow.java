package hyperplane.view;

/**
 * The data rectangle [xMin, xMax] × [yMin, yMax] shown by an explorer plot, changed by panning and zooming.
 * Immutable: every change returns a new window.
 *
 * <p>Panning by (dx, dy) adds dx to both x bounds and dy to both y bounds. Zooming by a factor k about a centre
 * (cx, cy) maps every bound b to c + (b − c)/k, so k &gt; 1 zooms in and the centre stays where it is on screen.
 * Widths are kept within [{@value #MIN_SPAN}, {@value #MAX_SPAN}] so ticks and pixels stay meaningful; a zoom
 * that would leave that band is clamped to its edge.
 */
public record PlotWindow(double xMin, double xMax, double yMin, double yMax) {
    /** The narrowest span along an axis. */
    public static final double MIN_SPAN = 1e-3;
    /** The widest span along an axis. */
    public static final double MAX_SPAN = 1e6;
    /**
     * Values beyond ±FIT_LIMIT are left out when a y range is fitted, so that the fitted range, padded by 8 % on
     * each side, always spans less than {@link #MAX_SPAN} (2 · 4·10⁵ · 1.16 = 9.28·10⁵).
     */
    public static final double FIT_LIMIT = 4e5;

    /**
     * @throws IllegalArgumentException if a bound is not finite, or a span is not within [MIN_SPAN, MAX_SPAN]
     */
    public PlotWindow {
        check("x", xMin, xMax);
        check("y", yMin, yMax);
    }

    private static void check(String axis, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(axis + " range [" + min + ", " + max + "] must be finite");
        }
        double span = max - min;
        // Allow a hair of rounding below MIN_SPAN: clamped zooms compute the span back from its bounds.
        if (!(span >= MIN_SPAN * (1 - 1e-9)) || !(span <= MAX_SPAN * (1 + 1e-9))) {
            throw new IllegalArgumentException(axis + " range [" + min + ", " + max + "] must span between "
                    + MIN_SPAN + " and " + MAX_SPAN);
        }
    }

    /** The window moved by dx along x and dy along y (data units); non-finite shifts leave it unchanged. */
    public PlotWindow pan(double dx, double dy) {
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            return this;
        }
        return new PlotWindow(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
    }

    /**
     * The window zoomed by {@code factor} about (cx, cy): each bound b becomes c + (b − c)/factor. A factor that
     * is not finite and &gt; 0, or a non-finite centre, leaves the window unchanged.
     */
    public PlotWindow zoom(double factor, double cx, double cy) {
        if (!(factor > 0) || Double.isInfinite(factor) || !Double.isFinite(cx) || !Double.isFinite(cy)) {
            return this;
        }
        double fx = clampFactor(factor, xMax - xMin);
        double fy = clampFactor(factor, yMax - yMin);
        return new PlotWindow(cx + (xMin - cx) / fx, cx + (xMax - cx) / fx,
                cy + (yMin - cy) / fy, cy + (yMax - cy) / fy);
    }

    /** The window zoomed by {@code factor} about its own centre. */
    public PlotWindow zoom(double factor) {
        return zoom(factor, (xMin + xMax) / 2, (yMin + yMax) / 2);
    }

    private static double clampFactor(double factor, double span) {
        double next = span / factor;
        if (next < MIN_SPAN) {
            return span / MIN_SPAN;
        }
        if (next > MAX_SPAN) {
            return span / MAX_SPAN;
        }
        return factor;
    }

    /** The viewport that maps this window onto the given pixel rectangle. */
    public Viewport viewport(double left, double top, double width, double height) {
        return new Viewport(xMin, xMax, yMin, yMax, left, top, width, height);
    }

    /**
     * A window over [a, b] whose y range holds the finite values of f sampled at {@code samples} evenly spaced
     * points, with 8 % padding above and below. Values beyond ±{@link #FIT_LIMIT} are ignored (so a pole does not
     * flatten the rest); when nothing finite remains, or f is constant, the y range is the value ± 1 (or [−1, 1]).
     *
     * @throws IllegalArgumentException if [a, b] is not finite with a &lt; b, or samples &lt; 2
     */
    public static PlotWindow fitting(ScalarFunction f, double a, double b, int samples) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !(b - a >= MIN_SPAN)) {
            throw new IllegalArgumentException("interval [" + a + ", " + b + "] must be finite and at least "
                    + MIN_SPAN + " wide");
        }
        if (samples < 2) {
            throw new IllegalArgumentException("samples (" + samples + ") must be >= 2");
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < samples; i++) {
            double x = i == samples - 1 ? b : a + i * (b - a) / (samples - 1);
            double y = f.at(x);
            if (y >= -FIT_LIMIT && y <= FIT_LIMIT) {
                low = Math.min(low, y);
                high = Math.max(high, y);
            }
        }
        if (low > high) {
            low = -1;
            high = 1;
        } else if (high - low < MIN_SPAN) {
            low -= 1;
            high += 1;
        } else {
            double pad = 0.08 * (high - low);
            low -= pad;
            high += pad;
        }
        return new PlotWindow(a, b, low, high);
    }

    @Override
    public String toString() {
        return "[" + xMin + ", " + xMax + "] x [" + yMin + ", " + yMax + "]";
    }
}
