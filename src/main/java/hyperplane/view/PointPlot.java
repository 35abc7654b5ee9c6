package hyperplane.view;

/**
 * Draws labelled data points on a viewport and finds the point under the pointer.
 *
 * <p>Training points are discs in their fill colour (for classification the class colour) with an outline
 * (a darker class colour) inside a thin white halo, so a point stays visible on the heatmap region of its own
 * class. Test points are larger rings: a white halo and a near-black outline around a ring in the fill colour with
 * a white hole ({@link #TEST_RADIUS}, {@link #TEST_HOLE}), so the two sets differ by shape, not only by colour, and
 * the ring's colour shows between the dark outline and the white hole on any background: a test point on a region
 * of its own class keeps its colour, and one on the other class's region stands out (a mistake).
 * {@link PointColumns} gives the colours for a dataset.
 * Points with a non-finite coordinate are skipped. Stateless.
 */
public final class PointPlot {
    /** Radius of a point in pixels. */
    public static final double RADIUS = 4.5;
    /** Outer radius of a test point's ring in pixels (inside its outline and halo). */
    public static final double TEST_RADIUS = 5;
    /** Radius of the white hole of a test point's ring in pixels. */
    static final double TEST_HOLE = 2;
    /** Width of a test point's white halo stroke, centred on {@link #TEST_RADIUS}. */
    static final double TEST_HALO = 4.5;
    /** Width of a test point's dark outline, centred on {@link #TEST_RADIUS}. */
    static final double TEST_OUTLINE = 1.25;
    /** The colour of a test point's outline: the text colour, dark against both class colours. */
    static final int TEST_OUTLINE_COLOR = ColorScale.TEXT;
    /** Radius of the ring around the highlighted point in pixels. */
    public static final double HIGHLIGHT_RADIUS = 9;
    /** Half the length of the keyboard cursor's cross, in pixels. */
    static final double CURSOR_ARM = 10;
    /** The keyboard cursor's colour. */
    static final int CURSOR_COLOR = 0x5B2A9E;
    /** The colour of the thin ring around training points. */
    static final int HALO = 0xFFFFFF;

    private PointPlot() {
    }

    /**
     * Draws the first {@code count} points (xs[i], ys[i]) filled with fills[i] and, training points, outlined with
     * outlines[i] (0xRRGGBB).
     *
     * @param test true to draw them as test points (rings)
     * @throws IllegalArgumentException if count is negative or exceeds an array's length
     */
    public static void draw(Canvas canvas, Viewport viewport, double[] xs, double[] ys, int[] fills, int[] outlines,
                            int count, boolean test) {
        checkArrays(xs, ys, count);
        if (fills == null || fills.length < count || outlines == null || outlines.length < count) {
            throw new IllegalArgumentException("fills and outlines must hold count (" + count + ") values");
        }
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        for (int i = 0; i < count; i++) {
            double px = viewport.toPixelX(xs[i]);
            double py = viewport.toPixelY(ys[i]);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            if (test) {
                testPoint(canvas, px, py, fills[i]);
            } else {
                trainingPoint(canvas, px, py, fills[i], outlines[i]);
            }
        }
    }

    /** One training point at pixel (px, py): a white halo first, so it shows on a region of its own colour. */
    private static void trainingPoint(Canvas canvas, double px, double py, int fill, int outline) {
        canvas.setStroke(HALO, 3);
        canvas.circle(px, py, RADIUS, false, true);
        canvas.setFill(fill);
        canvas.setStroke(outline, 1);
        canvas.circle(px, py, RADIUS, true, true);
    }

    /**
     * One test point at pixel (px, py), from the outside in: a white halo, a near-black outline, the ring in
     * {@code fill} and a white hole. Radii in pixels: halo visible from 5.625 to 7.25, outline 4.375 to 5.625, ring 2
     * to 4.375 (14.5 pixels across; a training point with its halo is 12). The outline is {@link #TEST_OUTLINE_COLOR}
     * for both classes: the blue class's own outline is too close to blue to frame the ring on a blue region.
     */
    private static void testPoint(Canvas canvas, double px, double py, int fill) {
        canvas.setStroke(HALO, TEST_HALO);
        canvas.circle(px, py, TEST_RADIUS, false, true);
        canvas.setFill(fill);
        canvas.setStroke(TEST_OUTLINE_COLOR, TEST_OUTLINE);
        canvas.circle(px, py, TEST_RADIUS, true, true);
        canvas.setFill(HALO);
        canvas.circle(px, py, TEST_HOLE, true, false);
    }

    /** As {@link #draw(Canvas, Viewport, double[], double[], int[], int[], int, boolean)} with the columns' colours. */
    public static void draw(Canvas canvas, Viewport viewport, PointColumns points, boolean test) {
        draw(canvas, viewport, points.xs(), points.ys(), points.fills(), points.outlines(), points.count(), test);
    }

    /** Draws a dashed ring around the data point (x, y): the perceptron's current point, the inspected point. */
    public static void highlight(Canvas canvas, Viewport viewport, double x, double y) {
        double px = viewport.toPixelX(x);
        double py = viewport.toPixelY(y);
        if (!Double.isFinite(px) || !Double.isFinite(py)) {
            return;
        }
        canvas.setAlpha(1);
        canvas.setDash(3, 2);
        canvas.setStroke(ColorScale.TEXT, 1.5);
        canvas.circle(px, py, HIGHLIGHT_RADIUS, false, true);
        canvas.setDash(0, 0);
    }

    /**
     * The index of the point nearest to the pixel (px, py) among the first {@code count}, if it lies within
     * {@code maxPixels}; −1 if none does (or px, py is NaN). Ties go to the later point, the one drawn on top.
     *
     * @throws IllegalArgumentException if count is negative or exceeds an array's length
     */
    public static int nearest(Viewport viewport, double[] xs, double[] ys, int count, double px, double py,
                              double maxPixels) {
        checkArrays(xs, ys, count);
        int best = -1;
        double bestSquared = maxPixels * maxPixels;
        for (int i = 0; i < count; i++) {
            double dx = viewport.toPixelX(xs[i]) - px;
            double dy = viewport.toPixelY(ys[i]) - py;
            double squared = dx * dx + dy * dy;
            if (squared <= bestSquared) {
                bestSquared = squared;
                best = i;
            }
        }
        return best;
    }

    private static void checkArrays(double[] xs, double[] ys, int count) {
        if (xs == null || ys == null || count < 0 || count > xs.length || count > ys.length) {
            throw new IllegalArgumentException("count (" + count + ") must be in 0..min(xs.length, ys.length)");
        }
    }

    /**
     * Draws the keyboard cursor at the data point (x, y): a cross with a ring, dark violet on a white
     * outline so that it shows on either class colour.
     */
    public static void cursor(Canvas canvas, Viewport viewport, double x, double y) {
        double px = viewport.toPixelX(x);
        double py = viewport.toPixelY(y);
        if (!Double.isFinite(px) || !Double.isFinite(py)) {
            return;
        }
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setStroke(0xFFFFFF, 4);
        canvas.line(px - CURSOR_ARM, py, px + CURSOR_ARM, py);
        canvas.line(px, py - CURSOR_ARM, px, py + CURSOR_ARM);
        canvas.setStroke(CURSOR_COLOR, 2);
        canvas.line(px - CURSOR_ARM, py, px + CURSOR_ARM, py);
        canvas.line(px, py - CURSOR_ARM, px, py + CURSOR_ARM);
        canvas.circle(px, py, 6, false, true);
    }
}
