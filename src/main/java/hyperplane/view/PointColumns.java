package hyperplane.view;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;

/**
 * The points of a {@link Dataset} as the flat columns {@link PointPlot} draws: x1 in {@link #xs()}, x2 in
 * {@link #ys()}, the colour class in {@link #labels()} and the dataset index in {@link #index()}, for the first
 * {@link #count()} entries. The arrays grow when a larger dataset comes and are reused otherwise, so refilling
 * every frame allocates nothing.
 */
public final class PointColumns {
    /** Which points {@link #fill} keeps. */
    public enum Which {
        ALL, TRAIN, TEST
    }

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] labels = new int[0];
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
            labels = new int[n];
            index = new int[n];
        }
        count = 0;
        for (int i = 0; i < n; i++) {
            if (which == Which.ALL || data.isTrain(i) == (which == Which.TRAIN)) {
                xs[count] = data.x1(i);
                ys[count] = data.x2(i);
                labels[count] = colourClass(data, i);
                index[count++] = i;
            }
        }
    }

    /**
     * The colour class {@link PointPlot} draws point {@code i} in: its label 0 or 1 for classification; for
     * regression the sign of the target (1 above zero, 0 at or below it). A Dataset holds no NaN labels.
     */
    public static int colourClass(Dataset data, int i) {
        double label = data.label(i);
        if (data.problemType() == ProblemType.REGRESSION) {
            return label > 0 ? 1 : 0;
        }
        return label == 1 ? 1 : 0;
    }

    public double[] xs() {
        return xs;
    }

    public double[] ys() {
        return ys;
    }

    public int[] labels() {
        return labels;
    }

    /** The dataset index of each kept point. */
    public int[] index() {
        return index;
    }

    public int count() {
        return count;
    }
}
