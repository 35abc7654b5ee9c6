package hyperplane.view;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;

/**
 * The points of a {@link Dataset} as the flat columns {@link PointPlot} draws: x1 in {@link #xs()}, x2 in
 * {@link #ys()}, the fill and outline colours in {@link #fills()} and {@link #outlines()} and the dataset index in
 * {@link #index()}, for the first
 * {@link #count()} entries. The arrays grow when a larger dataset comes and are reused otherwise, so refilling
 * every frame allocates nothing.
 */
public final class PointColumns {
    private static final ColorScale REGRESSION_SCALE = ColorScale.continuous();
    private static final int REGRESSION_OUTLINE = 0x4A4A4A;

    /** Which points {@link #fill} keeps. */
    public enum Which {
        ALL, TRAIN, TEST
    }

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] fills = new int[0];
    private int[] outlines = new int[0];
    private int[] index = new int[0];
    private int count;

    /**
     * Keeps the points of {@code data} that {@code which} selects, in dataset order. Empty data gives count 0.
     *
     * @throws IllegalArgumentException if data or which is null
     */
    public void fill(Dataset data, Which which) {
        if (data == null || which == null) {
            throw new IllegalArgumentException("data and which must not be null");
        }
        int n = data.size();
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
            fills = new int[n];
            outlines = new int[n];
            index = new int[n];
        }
        count = 0;
        for (int i = 0; i < n; i++) {
            if (which == Which.ALL || data.isTrain(i) == (which == Which.TRAIN)) {
                xs[count] = data.x1(i);
                ys[count] = data.x2(i);
                fills[count] = fillColor(data, i);
                outlines[count] = outlineColor(data, i);
                index[count++] = i;
            }
        }
    }

    /**
     * The colour point {@code i} is filled with: its class colour for classification ({@link ClassPalette}); for
     * regression its target on the continuous scale from −1 to 1, the heatmap's colours for the same values, so
     * a point shows how well the surface under it fits (targets beyond ±1 take the end colours).
     */
    public static int fillColor(Dataset data, int i) {
        double label = data.label(i);
        if (data.problemType() == ProblemType.REGRESSION) {
            return REGRESSION_SCALE.colorFor(label, -1, 1);
        }
        return ClassPalette.color((int) label);
    }

    /** The outline of point {@code i}: a darker class colour, or for regression a dark grey on any fill. */
    public static int outlineColor(Dataset data, int i) {
        if (data.problemType() == ProblemType.REGRESSION) {
            return REGRESSION_OUTLINE;
        }
        return ClassPalette.outline((int) data.label(i));
    }

    public double[] xs() {
        return xs;
    }

    public double[] ys() {
        return ys;
    }

    /** The fill colour of each kept point, 0xRRGGBB (see {@link #fillColor}). */
    public int[] fills() {
        return fills;
    }

    /** The outline colour of each kept point, 0xRRGGBB (see {@link #outlineColor}). */
    public int[] outlines() {
        return outlines;
    }

    /** The dataset index of each kept point. */
    public int[] index() {
        return index;
    }

    public int count() {
        return count;
    }
}
