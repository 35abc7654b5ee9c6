package hyperplane.view;

/**
 * The zero level of a function sampled on a coarse grid over a viewport's data rectangle, traced by marching
 * squares, with a normal arrow and a place for a label: the curved zero set z(x1, x2) = 0 of a first-layer neuron
 * whose inputs are not only x1 and x2 ({@link FirstLayerLines}).
 *
 * <p><b>Grid.</b> {@code cells} × {@code cells} square cells; vertex (i, j), 0 ≤ i, j ≤ cells, lies at data
 * ({@link #x(int) x(i)}, {@link #y(int) y(j)}), from the bottom-left corner of the rectangle to the top right, and
 * the caller gives the function's values there as {@code values[j · (cells + 1) + i]}.
 *
 * <p><b>Tracing.</b> A vertex with value ≥ 0 is inside. Each edge of a cell whose two vertices differ is crossed
 * where the straight line between the two values is 0 (linear interpolation, t = v_a / (v_a − v_b)); a cell with
 * two crossings gives one segment, a saddle cell (inside corners on one diagonal) gives two, chosen by the sign of
 * the mean of its four values (the middle is then inside or not). A cell with a NaN value gives nothing. Segments
 * are in pixel coordinates, four numbers each, for {@link Canvas#lines}.
 *
 * <p><b>Normal.</b> From the midpoint of the segment nearest the rectangle's centre, {@link HyperplaneLine#NORMAL_LENGTH}
 * pixels along the cell's mean gradient in pixel space, into the side where the function is larger.
 *
 * <p><b>Label.</b> The segment end nearest the rectangle's border (where a curve leaves the picture, or the
 * nearest point of a closed one).
 *
 * <p>The segment buffer grows when a trace needs more room (rarely; then it keeps its size), and nothing else is
 * allocated by {@link #trace}. Not thread-safe.
 */
public final class ZeroContour {
    private final Viewport viewport;
    private final int cells;
    private final double[] dataX;
    private final double[] dataY;
    private final double[] pixelX;
    private final double[] pixelY;
    private double[] segments = new double[4 * 64];
    private int segmentCount;
    private boolean hasNormal;
    private double normalX1;
    private double normalY1;
    private double normalX2;
    private double normalY2;
    private double labelX;
    private double labelY;
    /** The crossings of the cell being traced, on its bottom, right, top and left edges (NaN: not crossed). */
    private final double[] edgeX = new double[4];
    private final double[] edgeY = new double[4];

    /**
     * @param cells cells per side, at least 1
     */
    public ZeroContour(Viewport viewport, int cells) {
        if (viewport == null) {
            throw new IllegalArgumentException("viewport must not be null");
        }
        if (cells < 1) {
            throw new IllegalArgumentException("cells (" + cells + ") must be at least 1");
        }
        this.viewport = viewport;
        this.cells = cells;
        dataX = new double[cells + 1];
        dataY = new double[cells + 1];
        pixelX = new double[cells + 1];
        pixelY = new double[cells + 1];
        for (int i = 0; i <= cells; i++) {
            dataX[i] = viewport.xMin() + (viewport.xMax() - viewport.xMin()) * i / cells;
            dataY[i] = viewport.yMin() + (viewport.yMax() - viewport.yMin()) * i / cells;
            pixelX[i] = viewport.toPixelX(dataX[i]);
            pixelY[i] = viewport.toPixelY(dataY[i]);
        }
    }

    /** Cells per side; the grid has cells + 1 vertices per side. */
    public int cells() {
        return cells;
    }

    /** The data x of vertex column i. */
    public double x(int i) {
        return dataX[i];
    }

    /** The data y of vertex row j (row 0 at the bottom). */
    public double y(int j) {
        return dataY[j];
    }

    /**
     * Traces the zero level of {@code values} (see the class comment), replacing the previous trace; returns the
     * number of segments.
     *
     * @throws IllegalArgumentException if {@code values} holds fewer than (cells + 1)² numbers
     */
    public int trace(double[] values) {
        int side = cells + 1;
        if (values == null || values.length < side * side) {
            throw new IllegalArgumentException("values must hold " + side * side + " numbers");
        }
        segmentCount = 0;
        hasNormal = false;
        double centreX = viewport.left() + viewport.width() / 2;
        double centreY = viewport.top() + viewport.height() / 2;
        double bestCentre = Double.POSITIVE_INFINITY;
        double bestBorder = Double.POSITIVE_INFINITY;
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                double v00 = values[j * side + i];
                double v10 = values[j * side + i + 1];
                double v01 = values[(j + 1) * side + i];
                double v11 = values[(j + 1) * side + i + 1];
                if (v00 != v00 || v10 != v10 || v01 != v01 || v11 != v11) {
                    continue;
                }
                int first = segmentCount;
                cell(i, j, v00, v10, v11, v01);
                for (int s = first; s < segmentCount; s++) {
                    int at = 4 * s;
                    double midX = (segments[at] + segments[at + 2]) / 2;
                    double midY = (segments[at + 1] + segments[at + 3]) / 2;
                    double d = (midX - centreX) * (midX - centreX) + (midY - centreY) * (midY - centreY);
                    if (d < bestCentre) {
                        bestCentre = d;
                        normal(i, v00, v10, v11, v01, midX, midY);
                    }
                    for (int end = 0; end < 4; end += 2) {
                        double border = border(segments[at + end], segments[at + end + 1]);
                        if (border < bestBorder) {
                            bestBorder = border;
                            labelX = segments[at + end];
                            labelY = segments[at + end + 1];
                        }
                    }
                }
            }
        }
        return segmentCount;
    }

    /** The segments of one cell with corner values counter-clockwise from the bottom left. */
    private void cell(int i, int j, double v00, double v10, double v11, double v01) {
        int crossed = 0;
        crossed += edge(0, v00, v10, pixelX[i], pixelY[j], pixelX[i + 1], pixelY[j]);
        crossed += edge(1, v10, v11, pixelX[i + 1], pixelY[j], pixelX[i + 1], pixelY[j + 1]);
        crossed += edge(2, v01, v11, pixelX[i], pixelY[j + 1], pixelX[i + 1], pixelY[j + 1]);
        crossed += edge(3, v00, v01, pixelX[i], pixelY[j], pixelX[i], pixelY[j + 1]);
        if (crossed == 2) {
            int a = -1;
            int b = -1;
            for (int e = 0; e < 4; e++) {
                if (edgeX[e] == edgeX[e]) {
                    if (a < 0) {
                        a = e;
                    } else {
                        b = e;
                    }
                }
            }
            add(a, b);
        } else if (crossed == 4) {
            // A saddle: inside corners on one diagonal. If the middle is inside, the inside corners join and the
            // outside corners are cut off; otherwise the inside corners are.
            boolean middleInside = (v00 + v10 + v11 + v01) / 4 >= 0;
            boolean bottomLeftInside = v00 >= 0;
            if (middleInside == bottomLeftInside) {
                add(0, 1); // cut off the bottom-right corner
                add(2, 3); // and the top-left one
            } else {
                add(3, 0); // cut off the bottom-left corner
                add(1, 2); // and the top-right one
            }
        }
    }

    /** Records edge e's crossing between values a and b at pixel ends (ax, ay), (bx, by); returns 1 if crossed. */
    private int edge(int e, double a, double b, double ax, double ay, double bx, double by) {
        if ((a >= 0) == (b >= 0)) {
            edgeX[e] = Double.NaN;
            return 0;
        }
        double t = a / (a - b);
        edgeX[e] = ax + (bx - ax) * t;
        edgeY[e] = ay + (by - ay) * t;
        return 1;
    }

    private void add(int a, int b) {
        if (4 * segmentCount + 4 > segments.length) {
            double[] grown = new double[segments.length * 2];
            System.arraycopy(segments, 0, grown, 0, segments.length);
            segments = grown;
        }
        int at = 4 * segmentCount++;
        segments[at] = edgeX[a];
        segments[at + 1] = edgeY[a];
        segments[at + 2] = edgeX[b];
        segments[at + 3] = edgeY[b];
    }

    /** The normal at (midX, midY) along cell i's mean gradient in pixels (pixel y grows downwards). */
    private void normal(int i, double v00, double v10, double v11, double v01, double midX, double midY) {
        double cellWidth = pixelX[i + 1] - pixelX[i];
        double cellHeight = pixelY[0] - pixelY[1];
        double gx = (v10 - v00 + v11 - v01) / (2 * cellWidth);
        double gy = -(v01 - v00 + v11 - v10) / (2 * cellHeight);
        double length = Math.sqrt(gx * gx + gy * gy);
        if (!(length > 0) || Double.isInfinite(length)) {
            return;
        }
        hasNormal = true;
        normalX1 = midX;
        normalY1 = midY;
        normalX2 = midX + gx / length * HyperplaneLine.NORMAL_LENGTH;
        normalY2 = midY + gy / length * HyperplaneLine.NORMAL_LENGTH;
    }

    /** The distance in pixels from (x, y) to the nearest side of the viewport. */
    private double border(double x, double y) {
        double left = x - viewport.left();
        double right = viewport.left() + viewport.width() - x;
        double top = y - viewport.top();
        double bottom = viewport.top() + viewport.height() - y;
        return Math.min(Math.min(left, right), Math.min(top, bottom));
    }

    /** The number of segments of the last trace. */
    public int segmentCount() {
        return segmentCount;
    }

    /** The segments in pixels: segment s from (at[4s], at[4s + 1]) to (at[4s + 2], at[4s + 3]); read, do not keep. */
    public double[] segments() {
        return segments;
    }

    /** Whether the last trace found a segment with a gradient to draw the normal along. */
    public boolean hasNormal() {
        return hasNormal;
    }

    /** The normal arrow in pixels; only when {@link #hasNormal()}. */
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

    /** Where the label goes, in pixels: the segment end nearest the border; only when a segment was found. */
    public double labelX() {
        return labelX;
    }

    public double labelY() {
        return labelY;
    }
}
