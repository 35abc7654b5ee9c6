package hyperplane.view;

/**
 * The picture of a perceptron with weights (w1, w2) and bias b on a viewport's data rectangle: the boundary line
 * w1·x1 + w2·x2 + b = 0 clipped to the rectangle, the two half-planes clipped to it, and the normal vector.
 *
 * <p><b>Sides.</b> s(x) = w1·x1 + w2·x2 + b. The class-1 region is {s ≥ 0} (the perceptron predicts 1 when
 * w·x̃ ≥ 0), the class-0 region {s ≤ 0}; points on the line belong to both polygons, so the two areas sum to the
 * rectangle's. Each polygon is the rectangle clipped by one half-plane (Sutherland–Hodgman with one clip edge),
 * at most 5 vertices, counter-clockwise in data coordinates. Crossings on the rectangle's edges are solved on the
 * edge's own axis (x = −(w2·y + b)/w1 on a horizontal edge), so they are exact where the arithmetic is.
 *
 * <p><b>Line.</b> The segment joins the two distinct points where the line meets the rectangle's boundary; there
 * is none when the line misses the rectangle, only touches a corner, or w1 = w2 = 0 (then the whole plane is
 * class 1 if b ≥ 0 and class 0 otherwise, and one polygon is the rectangle, the other empty).
 *
 * <p><b>Normal.</b> An arrow of {@link #NORMAL_LENGTH} pixels from the segment's midpoint along the gradient of s
 * in pixel space, (w1/sx, −w2/sy) normalised, where sx and sy are the viewport's pixels per data unit. It points
 * into the class-1 side and is perpendicular to the line on screen; with equal scales (sx = sy) it is the
 * direction of (w1, w2) itself.
 *
 * <p><b>NaN</b> in a weight gives no line, no normal and two empty polygons. All buffers are made once;
 * {@link #update} and {@link #draw} allocate nothing. Not thread-safe.
 */
public final class PerceptronGeometry {
    /** Length of the drawn normal vector in pixels. */
    public static final double NORMAL_LENGTH = 40;
    /** Opacity of the two half-plane fills. */
    public static final double REGION_ALPHA = 0.25;

    private final Viewport viewport;
    /** Rectangle corners counter-clockwise from the bottom left, in data coordinates. */
    private final double[] cornerX;
    private final double[] cornerY;
    private final double[] cornerS = new double[4];

    private final double[] positiveX = new double[5];
    private final double[] positiveY = new double[5];
    private int positiveCount;
    private final double[] negativeX = new double[5];
    private final double[] negativeY = new double[5];
    private int negativeCount;

    private boolean hasLine;
    private double lineX1;
    private double lineY1;
    private double lineX2;
    private double lineY2;
    private double normalX1;
    private double normalY1;
    private double normalX2;
    private double normalY2;
    /** 1 or 0 when the whole rectangle is one class, −1 when the line splits it or a weight is NaN. */
    private int wholeClass = -1;

    /** Pixel-coordinate scratch for drawing the polygons and the arrow head. */
    private final double[] pixelX = new double[5];
    private final double[] pixelY = new double[5];
    private final double[] triX = new double[3];
    private final double[] triY = new double[3];

    /** Geometry over the viewport's data rectangle, initially for w = (0, 0), b = 0. */
    public PerceptronGeometry(Viewport viewport) {
        if (viewport == null) {
            throw new IllegalArgumentException("viewport must not be null");
        }
        this.viewport = viewport;
        this.cornerX = new double[] {viewport.xMin(), viewport.xMax(), viewport.xMax(), viewport.xMin()};
        this.cornerY = new double[] {viewport.yMin(), viewport.yMin(), viewport.yMax(), viewport.yMax()};
        update(0, 0, 0);
    }

    /** Recomputes everything for weights (w1, w2) and bias b. */
    public void update(double w1, double w2, double b) {
        positiveCount = 0;
        negativeCount = 0;
        hasLine = false;
        wholeClass = -1;
        if (w1 != w1 || w2 != w2 || b != b) {
            return;
        }
        if (w1 == 0 && w2 == 0) {
            // No line at all: s = b everywhere (even b = 0, where every point is on the "line", predicts 1).
            wholeClass = b >= 0 ? 1 : 0;
            double[] xs = wholeClass == 1 ? positiveX : negativeX;
            double[] ys = wholeClass == 1 ? positiveY : negativeY;
            System.arraycopy(cornerX, 0, xs, 0, 4);
            System.arraycopy(cornerY, 0, ys, 0, 4);
            if (wholeClass == 1) {
                positiveCount = 4;
            } else {
                negativeCount = 4;
            }
            return;
        }
        for (int c = 0; c < 4; c++) {
            cornerS[c] = w1 * cornerX[c] + w2 * cornerY[c] + b;
        }
        int crossings = 0;
        for (int c = 0; c < 4; c++) {
            int next = (c + 1) & 3;
            double sp = cornerS[c];
            double sq = cornerS[next];
            if (sp >= 0) {
                positiveX[positiveCount] = cornerX[c];
                positiveY[positiveCount++] = cornerY[c];
            }
            if (sp <= 0) {
                negativeX[negativeCount] = cornerX[c];
                negativeY[negativeCount++] = cornerY[c];
            }
            if (sp == 0) {
                crossings = addCrossing(crossings, cornerX[c], cornerY[c]);
            }
            if ((sp > 0 && sq < 0) || (sp < 0 && sq > 0)) {
                double x;
                double y;
                if (cornerY[c] == cornerY[next]) {
                    y = cornerY[c];
                    x = clamp(-(w2 * y + b) / w1, cornerX[c], cornerX[next]);
                } else {
                    x = cornerX[c];
                    y = clamp(-(w1 * x + b) / w2, cornerY[c], cornerY[next]);
                }
                positiveX[positiveCount] = x;
                positiveY[positiveCount++] = y;
                negativeX[negativeCount] = x;
                negativeY[negativeCount++] = y;
                crossings = addCrossing(crossings, x, y);
            }
        }
        hasLine = crossings == 2;
        if (!hasLine) {
            // The line misses the rectangle or touches it at one corner: one class covers it all.
            wholeClass = negativeCount >= 3 ? 0 : 1;
            if (wholeClass == 1) {
                negativeCount = 0;
            } else {
                positiveCount = 0;
            }
            return;
        }
        double midX = viewport.toPixelX((lineX1 + lineX2) / 2);
        double midY = viewport.toPixelY((lineY1 + lineY2) / 2);
        double gx = w1 / viewport.scaleX();
        double gy = -w2 / viewport.scaleY();
        double length = Math.sqrt(gx * gx + gy * gy);
        normalX1 = midX;
        normalY1 = midY;
        normalX2 = midX + gx / length * NORMAL_LENGTH;
        normalY2 = midY + gy / length * NORMAL_LENGTH;
    }

    /** Records a boundary point of the line unless it repeats one already found; returns the new count. */
    private int addCrossing(int crossings, double x, double y) {
        if (crossings == 0) {
            lineX1 = x;
            lineY1 = y;
            return 1;
        }
        if (crossings == 1 && !(x == lineX1 && y == lineY1)) {
            lineX2 = x;
            lineY2 = y;
            return 2;
        }
        return crossings;
    }

    /** Keeps a computed crossing on its edge despite rounding. */
    private static double clamp(double v, double a, double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        return v < low ? low : v > high ? high : v;
    }

    /** True if the line crosses the rectangle in a segment of positive length. */
    public boolean hasLine() {
        return hasLine;
    }

    /** 1 or 0 when the whole rectangle is predicted as that class (no line), −1 otherwise. */
    public int wholeClass() {
        return wholeClass;
    }

    /** Segment end points in data coordinates; meaningful only when {@link #hasLine()}. */
    public double lineX1() {
        return lineX1;
    }

    public double lineY1() {
        return lineY1;
    }

    public double lineX2() {
        return lineX2;
    }

    public double lineY2() {
        return lineY2;
    }

    /** Normal arrow from (normalX1, normalY1) to (normalX2, normalY2) in pixels; only when {@link #hasLine()}. */
    public double normalX1() {
        return normalX1;
    }

    public double normalY1() {
        return normalY1;
    }

    public double normalX2() {
        return normalX2;
    }

    public double normalY2() {
        return normalY2;
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
     * {@link #REGION_ALPHA}, then strokes the line (2 px, text colour) and the normal arrow (1.5 px, head 8 px).
     */
    public void draw(Canvas canvas) {
        paintGround(canvas, viewport);
        canvas.setAlpha(REGION_ALPHA);
        fillRegion(canvas, negativeX, negativeY, negativeCount, ColorScale.CLASS_0);
        fillRegion(canvas, positiveX, positiveY, positiveCount, ColorScale.CLASS_1);
        canvas.setAlpha(1);
        if (!hasLine) {
            return;
        }
        canvas.setStroke(ColorScale.TEXT, 2);
        canvas.line(viewport.toPixelX(lineX1), viewport.toPixelY(lineY1),
                viewport.toPixelX(lineX2), viewport.toPixelY(lineY2));
        canvas.setStroke(ColorScale.TEXT, 1.5);
        canvas.setFill(ColorScale.TEXT);
        Arrow.draw(canvas, normalX1, normalY1, normalX2, normalY2, 8, triX, triY);
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
