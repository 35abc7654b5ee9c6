package hyperplane.view;

/**
 * The picture of a perceptron with weights (w1, w2) and bias b on a viewport's data rectangle: the boundary line
 * w1·x1 + w2·x2 + b = 0 clipped to the rectangle, the two half-planes clipped to it, and the normal vector.
 *
 * <p><b>Sides.</b> s(x) = w1·x1 + w2·x2 + b. The class-1 region is {s ≥ 0} (the perceptron predicts 1 when
 * w·x̃ ≥ 0), the class-0 region {s ≤ 0}; points on the line belong to both polygons, so the two areas sum to the
 * rectangle's. Each polygon is the rectangle clipped by one half-plane (Sutherland–Hodgman with one clip edge),
 * at most 5 vertices, counter-clockwise in data coordinates, built from the corners and the edge crossings of
 * the {@link HyperplaneLine}.
 *
 * <p><b>Line and normal</b> are the {@link HyperplaneLine}'s: the segment where the line meets the rectangle (none
 * when it misses the rectangle, only touches a corner, or w1 = w2 = 0; then the whole plane is class 1 if b ≥ 0
 * and class 0 otherwise, and one polygon is the rectangle, the other empty), and the normal arrow from its
 * midpoint into the class-1 side, drawn as the playground draws its first-layer lines.
 *
 * <p><b>NaN</b> in a weight gives no line, no normal and two empty polygons. All buffers are made once;
 * {@link #update} and {@link #draw} allocate nothing. Not thread-safe.
 */
public final class PerceptronGeometry {
    /** Length of the drawn normal vector in pixels. */
    public static final double NORMAL_LENGTH = HyperplaneLine.NORMAL_LENGTH;
    /** Opacity of the two half-plane fills. */
    public static final double REGION_ALPHA = 0.25;

    private final Viewport viewport;
    /** The line, its corners' values and its crossings, which the polygons are built from. */
    private final HyperplaneLine line;

    private final double[] positiveX = new double[5];
    private final double[] positiveY = new double[5];
    private int positiveCount;
    private final double[] negativeX = new double[5];
    private final double[] negativeY = new double[5];
    private int negativeCount;

    /** 1 or 0 when the whole rectangle is one class, −1 when the line splits it or a weight is NaN. */
    private int wholeClass = -1;

    /** Pixel-coordinate scratch for drawing the polygons. */
    private final double[] pixelX = new double[5];
    private final double[] pixelY = new double[5];

    /** Geometry over the viewport's data rectangle, initially for w = (0, 0), b = 0. */
    public PerceptronGeometry(Viewport viewport) {
        if (viewport == null) {
            throw new IllegalArgumentException("viewport must not be null");
        }
        this.viewport = viewport;
        this.line = new HyperplaneLine(viewport);
        update(0, 0, 0);
    }

    /** Recomputes everything for weights (w1, w2) and bias b. */
    public void update(double w1, double w2, double b) {
        positiveCount = 0;
        negativeCount = 0;
        wholeClass = -1;
        line.update(w1, w2, b);
        if (w1 != w1 || w2 != w2 || b != b) {
            return;
        }
        if (w1 == 0 && w2 == 0) {
            // No line at all: s = b everywhere (even b = 0, where every point is on the "line", predicts 1).
            wholeClass = b >= 0 ? 1 : 0;
        }
        for (int c = 0; c < 4; c++) {
            double s = line.cornerS(c);
            if (s >= 0 && wholeClass != 0) {
                positiveX[positiveCount] = line.cornerX(c);
                positiveY[positiveCount++] = line.cornerY(c);
            }
            if (s <= 0 && wholeClass != 1) {
                negativeX[negativeCount] = line.cornerX(c);
                negativeY[negativeCount++] = line.cornerY(c);
            }
            if (line.edgeCrossed(c)) {
                positiveX[positiveCount] = line.crossX(c);
                positiveY[positiveCount++] = line.crossY(c);
                negativeX[negativeCount] = line.crossX(c);
                negativeY[negativeCount++] = line.crossY(c);
            }
        }
        if (wholeClass < 0 && !line.hasLine()) {
            // The line misses the rectangle or touches it at one corner: one class covers it all.
            wholeClass = negativeCount >= 3 ? 0 : 1;
            if (wholeClass == 1) {
                negativeCount = 0;
            } else {
                positiveCount = 0;
            }
        }
    }

    /** True if the line crosses the rectangle in a segment of positive length. */
    public boolean hasLine() {
        return line.hasLine();
    }

    /** 1 or 0 when the whole rectangle is predicted as that class (no line), −1 otherwise. */
    public int wholeClass() {
        return wholeClass;
    }

    /** Segment end points in data coordinates; meaningful only when {@link #hasLine()}. */
    public double lineX1() {
        return line.lineX1();
    }

    public double lineY1() {
        return line.lineY1();
    }

    public double lineX2() {
        return line.lineX2();
    }

    public double lineY2() {
        return line.lineY2();
    }

    /** Normal arrow from (normalX1, normalY1) to (normalX2, normalY2) in pixels; only when {@link #hasLine()}. */
    public double normalX1() {
        return line.normalX1();
    }

    public double normalY1() {
        return line.normalY1();
    }

    public double normalX2() {
        return line.normalX2();
    }

    public double normalY2() {
        return line.normalY2();
    }

    /** Number of vertices of the class-1 polygon (0 when empty; fewer than 3 means no area). */
    public int positiveCount() {
        return positiveCount;
    }

    /** Vertex i of the class-1 polygon in data coordinates. */
    public double positiveX(int i) {
        checkVertex(i, positiveCount);
        return positiveX[i];
    }

    public double positiveY(int i) {
        checkVertex(i, positiveCount);
        return positiveY[i];
    }

    /** Number of vertices of the class-0 polygon. */
    public int negativeCount() {
        return negativeCount;
    }

    /** Vertex i of the class-0 polygon in data coordinates. */
    public double negativeX(int i) {
        checkVertex(i, negativeCount);
        return negativeX[i];
    }

    public double negativeY(int i) {
        checkVertex(i, negativeCount);
        return negativeY[i];
    }

    /** Area of the class-1 polygon in squared data units (shoelace formula); 0 when empty. */
    public double positiveArea() {
        return area(positiveX, positiveY, positiveCount);
    }

    /** Area of the class-0 polygon in squared data units. */
    public double negativeArea() {
        return area(negativeX, negativeY, negativeCount);
    }

    /** Shoelace formula A = ½ |Σ (x_i·y_(i+1) − x_(i+1)·y_i)|. */
    static double area(double[] xs, double[] ys, int count) {
        if (count < 3) {
            return 0;
        }
        double twice = 0;
        for (int i = 0; i < count; i++) {
            int next = i + 1 == count ? 0 : i + 1;
            twice += xs[i] * ys[next] - xs[next] * ys[i];
        }
        return Math.abs(twice) / 2;
    }

    /**
     * Paints the plot area white, fills the class-0 region orange and the class-1 region blue at
     * {@link #REGION_ALPHA}, then draws the line (2 px, text colour) and the normal arrow ({@link HyperplaneLine#draw}).
     */
    public void draw(Canvas canvas) {
        paintGround(canvas, viewport);
        canvas.setAlpha(REGION_ALPHA);
        fillRegion(canvas, negativeX, negativeY, negativeCount, ColorScale.CLASS_0);
        fillRegion(canvas, positiveX, positiveY, positiveCount, ColorScale.CLASS_1);
        canvas.setAlpha(1);
        line.draw(canvas, ColorScale.TEXT, 2);
    }

    /**
     * The plot area white and opaque, with solid lines next: the translucent regions, their dark lines and the
     * points are then the same picture on a light and on a dark page (see {@link Theme}).
     */
    static void paintGround(Canvas canvas, Viewport viewport) {
        canvas.setDash(0, 0);
        canvas.setAlpha(1);
        canvas.setFill(0xFFFFFF);
        canvas.fillRect(viewport.left(), viewport.top(), viewport.width(), viewport.height());
    }

    private void fillRegion(Canvas canvas, double[] xs, double[] ys, int count, int rgb) {
        if (count < 3) {
            return;
        }
        for (int i = 0; i < count; i++) {
            pixelX[i] = viewport.toPixelX(xs[i]);
            pixelY[i] = viewport.toPixelY(ys[i]);
        }
        canvas.setFill(rgb);
        canvas.fillPolygon(pixelX, pixelY, count);
    }

    private static void checkVertex(int i, int count) {
        if (i < 0 || i >= count) {
            throw new IllegalArgumentException("vertex (" + i + ") must be in 0.." + (count - 1));
        }
    }
}
