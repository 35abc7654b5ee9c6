package hyperplane.view;

/**
 * The data coordinates of the centres of an n × n grid of cells over a viewport's data rectangle, for evaluating
 * a model once per cell and handing the results to {@link HeatmapRaster#fill}.
 *
 * <p>Cell (i, j) is column i from the left and row j from the top; its centre is
 * x_i = xMin + (i + 1/2)·(xMax − xMin)/n and y_j = yMax − (j + 1/2)·(yMax − yMin)/n (row 0 is the top, so the
 * largest y). Store the model's output for (x_i, y_j) at {@code grid[j * n + i]}. Both coordinate arrays are
 * computed once in the constructor. Immutable apart from the arrays it hands out, which callers must not change.
 */
public final class GridSampler {
    private final int n;
    private final double[] xs;
    private final double[] ys;

    /**
     * @throws IllegalArgumentException if n is not in 1 … 4096
     */
    public GridSampler(Viewport viewport, int n) {
        this(viewport.xMin(), viewport.xMax(), viewport.yMin(), viewport.yMax(), n);
    }

    /**
     * @throws IllegalArgumentException if n is not in 1 … 4096 or a range is not finite with min &lt; max
     */
    public GridSampler(double xMin, double xMax, double yMin, double yMax, int n) {
        if (n < 1 || n > 4096) {
            throw new IllegalArgumentException("n (" + n + ") must be in 1..4096");
        }
        if (!Double.isFinite(xMin) || !Double.isFinite(xMax) || !(xMin < xMax)) {
            throw new IllegalArgumentException("x range [" + xMin + ", " + xMax + "] must be finite with min < max");
        }
        if (!Double.isFinite(yMin) || !Double.isFinite(yMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("y range [" + yMin + ", " + yMax + "] must be finite with min < max");
        }
        this.n = n;
        this.xs = new double[n];
        this.ys = new double[n];
        double cellWidth = (xMax - xMin) / n;
        double cellHeight = (yMax - yMin) / n;
        for (int k = 0; k < n; k++) {
            xs[k] = xMin + (k + 0.5) * cellWidth;
            ys[k] = yMax - (k + 0.5) * cellHeight;
        }
    }

    /** Cells per side. */
    public int n() {
        return n;
    }

    /** x of the centre of column i, for i in 0 … n − 1. */
    public double x(int i) {
        return xs[i];
    }

    /** y of the centre of row j (row 0 at the top), for j in 0 … n − 1. */
    public double y(int j) {
        return ys[j];
    }

    /** The n column-centre x values; shared, do not modify. */
    public double[] xs() {
        return xs;
    }

    /** The n row-centre y values, top row first; shared, do not modify. */
    public double[] ys() {
        return ys;
    }
}
