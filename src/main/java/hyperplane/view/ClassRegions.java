package hyperplane.view;

/**
 * The picture of a K-class perceptron on a viewport's data rectangle: each class's region and the lines between
 * neighbouring regions.
 *
 * <p><b>Regions.</b> Row c of the weights gives the score s_c(x) = w_c1·x1 + w_c2·x2 + b_c, and a point goes to the
 * class with the largest score (ties to the lower class). Class c's region is the rectangle cut by the K − 1
 * half-planes s_c − s_j ≥ 0, j ≠ c: an intersection of half-planes, so a convex polygon (Sutherland–Hodgman, one
 * clip per other class, at most 4 + K − 1 vertices, possibly empty). Neighbouring regions share their edges, so the
 * areas sum to the rectangle's. Where two rows are equal but for the bias the difference is a constant: class c keeps
 * all of the rectangle against j if b_c > b_j, or if b_c = b_j and c &lt; j (the tie rule), and none of it otherwise.
 *
 * <p><b>Lines.</b> For classes i &lt; j whose rows differ in w_1 or w_2, the boundary is the part of the line
 * s_i = s_j inside the rectangle where both scores are the largest: the line clipped (Liang–Barsky) by the rectangle
 * and by s_i − s_m ≥ 0 for every other class m. Each pair with a piece of positive length gives one segment.
 *
 * <p><b>NaN</b> in a weight gives no region and no line. All buffers are made once for up to
 * {@link PerceptronPalette#SIZE} classes; {@link #update} and {@link #draw} allocate nothing. Not thread-safe.
 */
public final class ClassRegions {
    private static final int MAX = PerceptronPalette.SIZE;
    /** The most vertices a region can have: the rectangle's 4, plus one for each clip. */
    private static final int MAX_VERTICES = 4 + MAX;
    private static final int MAX_SEGMENTS = MAX * (MAX - 1) / 2;

    private final Viewport viewport;
    private final double[] cornerX;
    private final double[] cornerY;

    private int classes;
    private final double[] rows = new double[3 * MAX];
    private final double[][] regionX = new double[MAX][MAX_VERTICES];
    private final double[][] regionY = new double[MAX][MAX_VERTICES];
    private final int[] regionCount = new int[MAX];
    private final double[] clipX = new double[MAX_VERTICES];
    private final double[] clipY = new double[MAX_VERTICES];

    private int segments;
    private final int[] segmentFirst = new int[MAX_SEGMENTS];
    private final int[] segmentSecond = new int[MAX_SEGMENTS];
    private final double[] segmentX1 = new double[MAX_SEGMENTS];
    private final double[] segmentY1 = new double[MAX_SEGMENTS];
    private final double[] segmentX2 = new double[MAX_SEGMENTS];
    private final double[] segmentY2 = new double[MAX_SEGMENTS];

    private final double[] pixelX = new double[MAX_VERTICES];
    private final double[] pixelY = new double[MAX_VERTICES];

    /** Regions over the viewport's data rectangle, initially none. */
    public ClassRegions(Viewport viewport) {
        if (viewport == null) {
            throw new IllegalArgumentException("viewport must not be null");
        }
        this.viewport = viewport;
        this.cornerX = new double[] {viewport.xMin(), viewport.xMax(), viewport.xMax(), viewport.xMin()};
        this.cornerY = new double[] {viewport.yMin(), viewport.yMin(), viewport.yMax(), viewport.yMax()};
    }

    /**
     * Recomputes the regions and lines for the first 3·k entries of {@code weights}, rows (w_c1, w_c2, b_c).
     *
     * @throws IllegalArgumentException if k is not in 2 … {@link PerceptronPalette#SIZE} or the array is too short
     */
    public void update(double[] weights, int k) {
        if (k < 2 || k > MAX || weights == null || weights.length < 3 * k) {
            throw new IllegalArgumentException("k (" + k + ") must be in 2.." + MAX + " with 3·k weights");
        }
        classes = k;
        segments = 0;
        boolean finite = true;
        for (int i = 0; i < 3 * k; i++) {
            rows[i] = weights[i];
            finite &= weights[i] - weights[i] == 0;
        }
        for (int c = 0; c < k; c++) {
            regionCount[c] = finite ? region(c) : 0;
        }
        if (!finite) {
            return;
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                boundary(i, j);
            }
        }
    }

    /** Class c's polygon into regionX[c], regionY[c]; returns its vertex count (0 when empty). */
    private int region(int c) {
        double[] xs = regionX[c];
        double[] ys = regionY[c];
        System.arraycopy(cornerX, 0, xs, 0, 4);
        System.arraycopy(cornerY, 0, ys, 0, 4);
        int count = 4;
        for (int j = 0; j < classes && count > 0; j++) {
            if (j == c) {
                continue;
            }
            double a = rows[3 * c] - rows[3 * j];
            double b = rows[3 * c + 1] - rows[3 * j + 1];
            double d = rows[3 * c + 2] - rows[3 * j + 2];
            if (a == 0 && b == 0) {
                if (!(d > 0 || (d == 0 && c < j))) {
                    count = 0;
                }
                continue;
            }
            count = clip(xs, ys, count, a, b, d);
        }
        return count;
    }

    /** Keeps the part of the polygon where a·x + b·y + d ≥ 0 (Sutherland–Hodgman with one edge). */
    private int clip(double[] xs, double[] ys, int count, double a, double b, double d) {
        int out = 0;
        for (int p = 0; p < count; p++) {
            int q = p + 1 == count ? 0 : p + 1;
            double sp = a * xs[p] + b * ys[p] + d;
            double sq = a * xs[q] + b * ys[q] + d;
            if (sp >= 0) {
                clipX[out] = xs[p];
                clipY[out++] = ys[p];
            }
            if ((sp > 0 && sq < 0) || (sp < 0 && sq > 0)) {
                double t = sp / (sp - sq);
                clipX[out] = xs[p] + t * (xs[q] - xs[p]);
                clipY[out++] = ys[p] + t * (ys[q] - ys[p]);
            }
        }
        System.arraycopy(clipX, 0, xs, 0, out);
        System.arraycopy(clipY, 0, ys, 0, out);
        return out < 3 ? 0 : out;
    }

    /** The piece of s_i = s_j where both are the largest score, if it has positive length. */
    private void boundary(int i, int j) {
        double a = rows[3 * i] - rows[3 * j];
        double b = rows[3 * i + 1] - rows[3 * j + 1];
        double d = rows[3 * i + 2] - rows[3 * j + 2];
        double norm = a * a + b * b;
        if (norm == 0) {
            return;
        }
        // The line a·x + b·y + d = 0 through (x0, y0), running along (−b, a).
        double x0 = -d * a / norm;
        double y0 = -d * b / norm;
        double dx = -b;
        double dy = a;
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (int e = 0; e < 4 + classes; e++) {
            double ca;
            double cb;
            double cd;
            if (e < 4) {
                // x ≥ xMin, −x ≥ −xMax, y ≥ yMin, −y ≥ −yMax.
                ca = e == 0 ? 1 : e == 1 ? -1 : 0;
                cb = e == 2 ? 1 : e == 3 ? -1 : 0;
                cd = e == 0 ? -cornerX[0] : e == 1 ? cornerX[1] : e == 2 ? -cornerY[0] : cornerY[2];
            } else {
                int m = e - 4;
                if (m == i || m == j) {
                    continue;
                }
                ca = rows[3 * i] - rows[3 * m];
                cb = rows[3 * i + 1] - rows[3 * m + 1];
                cd = rows[3 * i + 2] - rows[3 * m + 2];
            }
            double at = ca * x0 + cb * y0 + cd;
            double slope = ca * dx + cb * dy;
            if (slope == 0) {
                if (at < 0) {
                    return;
                }
            } else if (slope > 0) {
                low = Math.max(low, -at / slope);
            } else {
                high = Math.min(high, -at / slope);
            }
        }
        if (!(high > low)) {
            return;
        }
        double x1 = x0 + low * dx;
        double y1 = y0 + low * dy;
        double x2 = x0 + high * dx;
        double y2 = y0 + high * dy;
        if (Math.hypot(viewport.toPixelX(x2) - viewport.toPixelX(x1), viewport.toPixelY(y2) - viewport.toPixelY(y1))
                < 0.5) {
            return;
        }
        segmentFirst[segments] = i;
        segmentSecond[segments] = j;
        segmentX1[segments] = x1;
        segmentY1[segments] = y1;
        segmentX2[segments] = x2;
        segmentY2[segments++] = y2;
    }

    /** The number of classes of the last {@link #update}. */
    public int classes() {
        return classes;
    }

    /** Vertex count of class c's region (0 when empty). */
    public int regionCount(int c) {
        checkClass(c);
        return regionCount[c];
    }

    /** Vertex v of class c's region in data coordinates. */
    public double regionX(int c, int v) {
        checkVertex(c, v);
        return regionX[c][v];
    }

    public double regionY(int c, int v) {
        checkVertex(c, v);
        return regionY[c][v];
    }

    /** The area of class c's region in squared data units. */
    public double regionArea(int c) {
        checkClass(c);
        return PerceptronGeometry.area(regionX[c], regionY[c], regionCount[c]);
    }

    /** The number of boundary segments. */
    public int segmentCount() {
        return segments;
    }

    /** The lower class of the pair that segment s separates. */
    public int segmentFirst(int s) {
        checkSegment(s);
        return segmentFirst[s];
    }

    /** The higher class of the pair that segment s separates. */
    public int segmentSecond(int s) {
        checkSegment(s);
        return segmentSecond[s];
    }

    /** Segment s's end points in data coordinates. */
    public double segmentX1(int s) {
        checkSegment(s);
        return segmentX1[s];
    }

    public double segmentY1(int s) {
        checkSegment(s);
        return segmentY1[s];
    }

    public double segmentX2(int s) {
        checkSegment(s);
        return segmentX2[s];
    }

    public double segmentY2(int s) {
        checkSegment(s);
        return segmentY2[s];
    }

    /**
     * Paints the plot area white, fills each class's region in its {@link PerceptronPalette} colour at
     * {@link PerceptronGeometry#REGION_ALPHA}, then strokes the boundary segments (2 px, text colour), as the
     * two-class view draws its line.
     */
    public void draw(Canvas canvas) {
        PerceptronGeometry.paintGround(canvas, viewport);
        canvas.setAlpha(PerceptronGeometry.REGION_ALPHA);
        for (int c = 0; c < classes; c++) {
            int count = regionCount[c];
            if (count < 3) {
                continue;
            }
            for (int v = 0; v < count; v++) {
                pixelX[v] = viewport.toPixelX(regionX[c][v]);
                pixelY[v] = viewport.toPixelY(regionY[c][v]);
            }
            canvas.setFill(PerceptronPalette.fill(c));
            canvas.fillPolygon(pixelX, pixelY, count);
        }
        canvas.setAlpha(1);
        canvas.setStroke(ColorScale.TEXT, 2);
        for (int s = 0; s < segments; s++) {
            canvas.line(viewport.toPixelX(segmentX1[s]), viewport.toPixelY(segmentY1[s]),
                    viewport.toPixelX(segmentX2[s]), viewport.toPixelY(segmentY2[s]));
        }
    }

    private void checkClass(int c) {
        if (c < 0 || c >= classes) {
            throw new IllegalArgumentException("class (" + c + ") must be in 0.." + (classes - 1));
        }
    }

    private void checkVertex(int c, int v) {
        checkClass(c);
        if (v < 0 || v >= regionCount[c]) {
            throw new IllegalArgumentException("vertex (" + v + ") must be in 0.." + (regionCount[c] - 1));
        }
    }

    private void checkSegment(int s) {
        if (s < 0 || s >= segments) {
            throw new IllegalArgumentException("segment (" + s + ") must be in 0.." + (segments - 1));
        }
    }
}
