package hyperplane.view;

/**
 * The line s(x) = w1·x1 + w2·x2 + b = 0 inside a viewport's data rectangle, its normal arrow, and the one way both
 * are drawn: the perceptron's boundary ({@link PerceptronGeometry}) and each first-layer neuron's line in the
 * playground ({@link FirstLayerLines}).
 *
 * <p><b>Segment.</b> The corners are walked counter-clockwise from the bottom left; s is evaluated at each, and an
 * edge whose end values have strictly opposite signs is crossed at the point solved on the edge's own axis
 * (x = −(w2·y + b)/w1 on a horizontal edge), clamped onto the edge against rounding. A corner where s = 0 is on
 * the line too. The segment joins the first two distinct such points: a line that crosses two sides (or passes
 * through two corners) has one; a line that misses the rectangle, touches it at a single corner, or has
 * w1 = w2 = 0 has none.
 *
 * <p><b>Normal.</b> An arrow of {@link #NORMAL_LENGTH} pixels from the segment's midpoint along the gradient of s
 * in pixel space, (w1/sx, −w2/sy) normalised, where sx and sy are the viewport's pixels per data unit: it points
 * into the side where s &gt; 0 and is perpendicular to the line on screen.
 *
 * <p><b>NaN</b> in w1, w2 or b gives no segment (and NaN corner values). All buffers are made once; {@link #update}
 * and {@link #draw} allocate nothing. Not thread-safe.
 */
public final class HyperplaneLine {
    /** Length of the drawn normal vector in pixels. */
    public static final double NORMAL_LENGTH = 40;
    /** The arrow head's length in pixels, and the white casing's extra width on each side of a stroke. */
    static final double HEAD = 8;
    static final double CASING = 1.5;

    private final Viewport viewport;
    /** Rectangle corners counter-clockwise from the bottom left, in data coordinates. */
    private final double[] cornerX;
    private final double[] cornerY;
    private final double[] cornerS = new double[4];
    /** Whether edge c (corner c to corner c + 1) is crossed strictly inside, and where. */
    private final boolean[] edgeCrossed = new boolean[4];
    private final double[] crossX = new double[4];
    private final double[] crossY = new double[4];

    private boolean hasLine;
    private double lineX1;
    private double lineY1;
    private double lineX2;
    private double lineY2;
    private double normalX1;
    private double normalY1;
    private double normalX2;
    private double normalY2;
    /** The segment's ends in pixels, and the arrow head, for drawing. */
    private final double[] ends = new double[4];
    private final double[] triX = new double[3];
    private final double[] triY = new double[3];

    /** The line of w = (0, 0), b = 0 (none) over the viewport's data rectangle. */
    public HyperplaneLine(Viewport viewport) {
        if (viewport == null) {
            throw new IllegalArgumentException("viewport must not be null");
        }
        this.viewport = viewport;
        this.cornerX = new double[] {viewport.xMin(), viewport.xMax(), viewport.xMax(), viewport.xMin()};
        this.cornerY = new double[] {viewport.yMin(), viewport.yMin(), viewport.yMax(), viewport.yMax()};
        update(0, 0, 0);
    }

    /** Recomputes the segment and the normal for weights (w1, w2) and bias b; returns {@link #hasLine()}. */
    public boolean update(double w1, double w2, double b) {
        hasLine = false;
        int crossings = 0;
        for (int c = 0; c < 4; c++) {
            cornerS[c] = w1 * cornerX[c] + w2 * cornerY[c] + b;
        }
        boolean flat = w1 == 0 && w2 == 0;
        for (int c = 0; c < 4; c++) {
            int next = (c + 1) & 3;
            double sp = cornerS[c];
            double sq = cornerS[next];
            edgeCrossed[c] = !flat && ((sp > 0 && sq < 0) || (sp < 0 && sq > 0));
            if (!flat && sp == 0) {
                crossings = addCrossing(crossings, cornerX[c], cornerY[c]);
            }
            if (edgeCrossed[c]) {
                if (cornerY[c] == cornerY[next]) {
                    crossY[c] = cornerY[c];
                    crossX[c] = clamp(-(w2 * crossY[c] + b) / w1, cornerX[c], cornerX[next]);
                } else {
                    crossX[c] = cornerX[c];
                    crossY[c] = clamp(-(w1 * crossX[c] + b) / w2, cornerY[c], cornerY[next]);
                }
                crossings = addCrossing(crossings, crossX[c], crossY[c]);
            }
        }
        hasLine = crossings == 2;
        if (hasLine) {
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
        return hasLine;
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

    /** Corner c (0 … 3, counter-clockwise from the bottom left) in data coordinates. */
    double cornerX(int c) {
        return cornerX[c];
    }

    double cornerY(int c) {
        return cornerY[c];
    }

    /** s at corner c, as of the last update. */
    double cornerS(int c) {
        return cornerS[c];
    }

    /** Whether edge c (from corner c to corner c + 1) is crossed strictly between its corners. */
    boolean edgeCrossed(int c) {
        return edgeCrossed[c];
    }

    /** Where edge c is crossed, in data coordinates; only when {@link #edgeCrossed}. */
    double crossX(int c) {
        return crossX[c];
    }

    double crossY(int c) {
        return crossY[c];
    }

    /** True if the line crosses the rectangle in a segment of positive length. */
    public boolean hasLine() {
        return hasLine;
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

    /**
     * Strokes the segment {@code width} px wide and the normal arrow ¾ as wide, in {@code rgb}, each over a white
     * casing {@link #CASING} px wider on either side so that it reads on any colour of a heatmap; nothing when
     * there is no segment.
     */
    public void draw(Canvas canvas, int rgb, double width) {
        if (!hasLine) {
            return;
        }
        ends[0] = viewport.toPixelX(lineX1);
        ends[1] = viewport.toPixelY(lineY1);
        ends[2] = viewport.toPixelX(lineX2);
        ends[3] = viewport.toPixelY(lineY2);
        drawZeroSet(canvas, rgb, width, ends, 1, true, normalX1, normalY1, normalX2, normalY2, triX, triY);
    }

    /**
     * The drawing of a zero set, straight or curved ({@link ZeroContour}): {@code count} segments of {@code xy} (as
     * {@link Canvas#lines} takes them) and, if {@code arrow}, the arrow from (ax1, ay1) to (ax2, ay2), all in
     * pixels, as {@link #draw(Canvas, int, double)} describes.
     */
    static void drawZeroSet(Canvas canvas, int rgb, double width, double[] xy, int count, boolean arrow,
            double ax1, double ay1, double ax2, double ay2, double[] triX, double[] triY) {
        for (int pass = 0; pass < 2; pass++) {
            boolean casing = pass == 0;
            int color = casing ? 0xFFFFFF : rgb;
            double extra = casing ? 2 * CASING : 0;
            canvas.setStroke(color, width + extra);
            canvas.lines(xy, 0, count);
            if (arrow) {
                canvas.setStroke(color, 0.75 * width + extra);
                canvas.setFill(color);
                Arrow.draw(canvas, ax1, ay1, ax2, ay2, HEAD + extra, triX, triY);
            }
        }
    }
}
