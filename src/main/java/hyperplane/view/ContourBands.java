package hyperplane.view;

import hyperplane.engine.Function2D;
import java.util.Arrays;

/**
 * The contour bands of f(x, y) over a window: f on a {@link #CELLS} × {@link #CELLS} grid of cell centres, each
 * cell given one of {@link #BANDS} bands, or {@link #UNDEFINED} where f is not finite.
 *
 * <p>The levels adapt to f's range on the window, so a typed function shows as many bands as a built-in one
 * whatever its scale: with m the least value and M the 99th percentile of the finite values (so that a pole does not
 * flatten the rest into one band), a cell of value v gets band ⌊B · ln(1 + C(v − m)/(M − m)) / ln(1 + C)⌋, capped at
 * B − 1, with C = {@value #CONTRAST}: logarithmic, so that a deep valley still shows its floor, and the same for f
 * and a·f + b (a &gt; 0). A flat f is all band 0. Computed once per surface; drawing reads it.
 */
public final class ContourBands {
    /** Cells per side of the grid. */
    public static final int CELLS = 120;
    /** Bands from the lowest to the highest value shown. */
    public static final int BANDS = 12;
    /** The band of a cell where f is NaN or infinite. */
    public static final int UNDEFINED = -1;
    /** How much finer the bands are near the least value than near the top (the ratio C above). */
    static final double CONTRAST = 100;

    private final int[] bands = new int[CELLS * CELLS];
    private final double[] window;

    /** The bands of {@code f} over {@code window} = {xMin, xMax, yMin, yMax}. */
    public ContourBands(Function2D f, double[] window) {
        this.window = window.clone();
        double[] values = new double[CELLS * CELLS];
        double[] finite = new double[values.length];
        int count = 0;
        for (int j = 0; j < CELLS; j++) {
            double y = window[3] - (j + 0.5) / CELLS * (window[3] - window[2]);
            for (int i = 0; i < CELLS; i++) {
                double v = f.value(window[0] + (i + 0.5) / CELLS * (window[1] - window[0]), y);
                values[j * CELLS + i] = v;
                if (v - v == 0) {
                    finite[count++] = v;
                }
            }
        }
        Arrays.sort(finite, 0, count);
        double min = count > 0 ? finite[0] : 0;
        double top = count > 0 ? finite[Math.min(count - 1, (int) (0.99 * count))] : 0;
        double span = top - min;
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            if (!(v - v == 0)) {
                bands[k] = UNDEFINED;
            } else if (!(span > 0) || Double.isInfinite(span)) {
                bands[k] = 0;
            } else {
                double t = Math.log1p(CONTRAST * Math.min(1, (v - min) / span)) / Math.log1p(CONTRAST);
                bands[k] = (int) Math.min(BANDS - 1, t * BANDS);
            }
        }
    }

    /** The band of cell (i, j), i from the left, j from the top. */
    public int band(int i, int j) {
        return bands[j * CELLS + i];
    }

    /** The window the grid covers (a copy). */
    public double[] window() {
        return window.clone();
    }
}
