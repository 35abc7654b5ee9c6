package hyperplane.view;

/**
 * Samples a {@link ScalarFunction} into pixel polylines for a {@link Viewport}, and draws gradient-descent
 * iterates as dots joined by arrows.
 *
 * <p><b>Sampling.</b> {@code samples} points x_i = a + i·(b − a)/(samples − 1), i = 0 … samples − 1, on [a, b].
 * The line breaks (a new segment starts) at every sample whose value is NaN or ±∞, or whose pixel y lies more
 * than one view height above the top or below the bottom edge: so 1/x and exp draw as separate branches and
 * never as a near-vertical line across the view, while curves that leave the view by a little still run to its
 * edge (the browser's canvas clips them). Segments of a single point are dropped.
 *
 * <p>The point buffers are made once in the constructor; {@link #sample} and {@link #draw} allocate nothing.
 * Not thread-safe.
 */
public final class FunctionPlot {
    /** Radius of an iterate's dot in pixels. */
    public static final double DOT_RADIUS = 3.5;
    /** Length of the arrow heads between iterates in pixels. */
    public static final double HEAD_SIZE = 8;

    private final int samples;
    /** Pixel coordinates of the kept points, segment after segment. */
    private final double[] xs;
    private final double[] ys;
    /** Segment s holds points segmentStart[s] … segmentStart[s] + segmentLength[s] − 1. */
    private final int[] segmentStart;
    private final int[] segmentLength;
    private int segments;
    /** Scratch for handing one segment to {@link Canvas#polyline}, which always starts at index 0. */
    private final double[] scratchX;
    private final double[] scratchY;
    private final double[] triX = new double[3];
    private final double[] triY = new double[3];

    /**
     * @throws IllegalArgumentException if samples is not in 2 … 100 000
     */
    public FunctionPlot(int samples) {
        if (samples < 2 || samples > 100_000) {
            throw new IllegalArgumentException("samples (" + samples + ") must be in 2..100000");
        }
        this.samples = samples;
        this.xs = new double[samples];
        this.ys = new double[samples];
        this.segmentStart = new int[samples / 2 + 1];
        this.segmentLength = new int[samples / 2 + 1];
        this.scratchX = new double[samples];
        this.scratchY = new double[samples];
    }

    /**
     * Samples f on [a, b] (a &lt; b, finite) into segments in the viewport's pixel coordinates.
     *
     * @throws IllegalArgumentException if the interval is not finite with a &lt; b, or f or viewport is null
     */
    public void sample(ScalarFunction f, Viewport viewport, double a, double b) {
        if (f == null || viewport == null) {
            throw new IllegalArgumentException("function and viewport must not be null");
        }
        if (!Double.isFinite(a) || !Double.isFinite(b) || !(a < b)) {
            throw new IllegalArgumentException("interval [" + a + ", " + b + "] must be finite with a < b");
        }
        double low = viewport.top() - viewport.height();
        double high = viewport.bottom() + viewport.height();
        double step = (b - a) / (samples - 1);
        segments = 0;
        int points = 0;
        int runStart = 0;
        for (int i = 0; i < samples; i++) {
            double x = i == samples - 1 ? b : a + i * step;
            double py = viewport.toPixelY(f.at(x));
            if (py >= low && py <= high) {
                xs[points] = viewport.toPixelX(x);
                ys[points] = py;
                points++;
            } else {
                points = closeSegment(runStart, points);
                runStart = points;
            }
        }
        closeSegment(runStart, points);
    }

    /** Ends the run of points from runStart; keeps it as a segment if it has 2 points or more. */
    private int closeSegment(int runStart, int points) {
        int length = points - runStart;
        if (length >= 2) {
            segmentStart[segments] = runStart;
            segmentLength[segments] = length;
            segments++;
            return points;
        }
        return runStart;
    }

    /** Number of unbroken segments from the last {@link #sample}. */
    public int segmentCount() {
        return segments;
    }

    /** Number of points in segment s. */
    public int segmentLength(int s) {
        checkSegment(s);
        return segmentLength[s];
    }

    /** Pixel x of point k of segment s. */
    public double pointX(int s, int k) {
        checkPoint(s, k);
        return xs[segmentStart[s] + k];
    }

    /** Pixel y of point k of segment s. */
    public double pointY(int s, int k) {
        checkPoint(s, k);
        return ys[segmentStart[s] + k];
    }

    /** Strokes every segment of the last {@link #sample} in one colour and width, solid, opaque. */
    public void draw(Canvas canvas, int rgb, double lineWidth) {
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setStroke(rgb, lineWidth);
        for (int s = 0; s < segments; s++) {
            int length = segmentLength[s];
            System.arraycopy(xs, segmentStart[s], scratchX, 0, length);
            System.arraycopy(ys, segmentStart[s], scratchY, 0, length);
            canvas.polyline(scratchX, scratchY, length);
        }
    }

    /**
     * Draws the iterates (x_k, f(x_k)), k = 0 … count − 1, as dots, each joined to the next by an arrow that stops
     * short of the dot. Iterates with a non-finite coordinate are skipped, and so are the arrows to and from them
     * (a diverging run simply stops).
     *
     * @throws IllegalArgumentException if count is negative or exceeds either array's length
     */
    public void drawIterates(Canvas canvas, Viewport viewport, double[] x, double[] fx, int count, int rgb) {
        if (x == null || fx == null || count < 0 || count > x.length || count > fx.length) {
            throw new IllegalArgumentException("count (" + count + ") must be in 0..min(x.length, fx.length)");
        }
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setStroke(rgb, 1.5);
        canvas.setFill(rgb);
        for (int k = 0; k + 1 < count; k++) {
            double x1 = viewport.toPixelX(x[k]);
            double y1 = viewport.toPixelY(fx[k]);
            double x2 = viewport.toPixelX(x[k + 1]);
            double y2 = viewport.toPixelY(fx[k + 1]);
            if (!Double.isFinite(x1 + y1 + x2 + y2)) {
                continue;
            }
            double dx = x2 - x1;
            double dy = y2 - y1;
            double length = Math.sqrt(dx * dx + dy * dy);
            // Start and stop at the dots' rims; steps shorter than two dots get no arrow, the dots show them.
            if (length > 2 * DOT_RADIUS + 1) {
                double ux = dx / length;
                double uy = dy / length;
                Arrow.draw(canvas, x1 + ux * DOT_RADIUS, y1 + uy * DOT_RADIUS, x2 - ux * DOT_RADIUS,
                        y2 - uy * DOT_RADIUS, HEAD_SIZE, triX, triY);
            }
        }
        for (int k = 0; k < count; k++) {
            double px = viewport.toPixelX(x[k]);
            double py = viewport.toPixelY(fx[k]);
            if (Double.isFinite(px) && Double.isFinite(py)) {
                canvas.circle(px, py, DOT_RADIUS, true, false);
            }
        }
    }

    private void checkSegment(int s) {
        if (s < 0 || s >= segments) {
            throw new IllegalArgumentException("segment (" + s + ") must be in 0.." + (segments - 1));
        }
    }

    private void checkPoint(int s, int k) {
        checkSegment(s);
        if (k < 0 || k >= segmentLength[s]) {
            throw new IllegalArgumentException("point (" + k + ") must be in 0.." + (segmentLength[s] - 1));
        }
    }
}
