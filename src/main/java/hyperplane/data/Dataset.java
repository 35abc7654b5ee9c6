package hyperplane.data;

import java.util.Arrays;

/**
 * An immutable set of 2-D points (x1, x2), each with a label and a train/test flag.
 *
 * <p>Classification labels are classes: whole numbers 0 … {@link #MAX_CLASSES} − 1 (0 and 1 for two classes);
 * regression labels are any finite real target. Values
 * are kept in parallel flat arrays (point i at index i). Every "with" method returns a new dataset and
 * leaves this one unchanged. Coordinates and labels must be finite: NaN or ±∞ is rejected with a
 * message naming the array and index.
 */
public final class Dataset {
    /** The most classes a classification dataset holds: labels are 0 … MAX_CLASSES − 1. */
    public static final int MAX_CLASSES = 6;

    private static final Dataset EMPTY = new Dataset(new double[0], new double[0], new double[0], new boolean[0],
            ProblemType.CLASSIFICATION);

    private final double[] x1;
    private final double[] x2;
    private final double[] labels;
    private final boolean[] train;
    private final ProblemType type;
    private final int trainCount;

    private Dataset(double[] x1, double[] x2, double[] labels, boolean[] train, ProblemType type) {
        this.x1 = x1;
        this.x2 = x2;
        this.labels = labels;
        this.train = train;
        this.type = type;
        int t = 0;
        for (boolean b : train) {
            if (b) {
                t++;
            }
        }
        this.trainCount = t;
    }

    /** The dataset with no points (a classification set). */
    public static Dataset empty() {
        return EMPTY;
    }

    /**
     * A dataset copied from the four parallel arrays. Its problem type is
     * {@link ProblemType#CLASSIFICATION} when every label is exactly 0 or 1 (or there are none), otherwise
     * {@link ProblemType#REGRESSION}; use {@link #of(double[], double[], double[], boolean[], ProblemType)}
     * to say it explicitly.
     *
     * @throws IllegalArgumentException if an array is null, lengths differ, or a value is not finite
     */
    public static Dataset of(double[] x1, double[] x2, double[] labels, boolean[] train) {
        checkArrays(x1, x2, labels, train);
        ProblemType type = ProblemType.CLASSIFICATION;
        for (double y : labels) {
            if (y != 0 && y != 1) {
                type = ProblemType.REGRESSION;
                break;
            }
        }
        return of(x1, x2, labels, train, type);
    }

    /**
     * A dataset of the given problem type copied from the four parallel arrays.
     *
     * @throws IllegalArgumentException if an array or the type is null, lengths differ, a value is not
     *     finite, or a classification label is not a whole number 0 … {@link #MAX_CLASSES} − 1
     */
    public static Dataset of(double[] x1, double[] x2, double[] labels, boolean[] train, ProblemType type) {
        checkArrays(x1, x2, labels, train);
        if (type == null) {
            throw new IllegalArgumentException("type (null) must be given");
        }
        for (int i = 0; i < x1.length; i++) {
            checkPoint(i, x1[i], x2[i], labels[i], type);
        }
        return new Dataset(x1.clone(), x2.clone(), labels.clone(), train.clone(), type);
    }

    /** The number of points. */
    public int size() {
        return x1.length;
    }

    /** Whether there are no points. */
    public boolean isEmpty() {
        return x1.length == 0;
    }

    /** Classification (labels 0 … {@link #MAX_CLASSES} − 1) or regression (real labels). */
    public ProblemType problemType() {
        return type;
    }

    /** The first coordinate of point i. */
    public double x1(int i) {
        return x1[check(i)];
    }

    /** The second coordinate of point i. */
    public double x2(int i) {
        return x2[check(i)];
    }

    /** The label of point i: its class (0 … {@link #MAX_CLASSES} − 1) for classification, else a real target. */
    public double label(int i) {
        return labels[check(i)];
    }

    /** Whether point i belongs to the training split (else the test split). */
    public boolean isTrain(int i) {
        return train[check(i)];
    }

    /**
     * The number of classes the labels need: one more than the largest label, but at least 2, for classification;
     * 0 for regression.
     */
    public int classCount() {
        if (type != ProblemType.CLASSIFICATION) {
            return 0;
        }
        double largest = 1;
        for (double y : labels) {
            largest = Math.max(largest, y);
        }
        return (int) largest + 1;
    }

    /** The number of training points. */
    public int trainCount() {
        return trainCount;
    }

    /** The number of test points. */
    public int testCount() {
        return x1.length - trainCount;
    }

    /** This dataset with one more point appended at index size(). */
    public Dataset withPoint(double px1, double px2, double label, boolean isTrain) {
        checkPoint(x1.length, px1, px2, label, type);
        int n = x1.length;
        double[] nx1 = Arrays.copyOf(x1, n + 1);
        double[] nx2 = Arrays.copyOf(x2, n + 1);
        double[] nl = Arrays.copyOf(labels, n + 1);
        boolean[] nt = Arrays.copyOf(train, n + 1);
        nx1[n] = px1;
        nx2[n] = px2;
        nl[n] = label;
        nt[n] = isTrain;
        return new Dataset(nx1, nx2, nl, nt, type);
    }

    /** This dataset without point i (later points move down by one). */
    public Dataset withoutPoint(int i) {
        check(i);
        int n = x1.length;
        double[] nx1 = new double[n - 1];
        double[] nx2 = new double[n - 1];
        double[] nl = new double[n - 1];
        boolean[] nt = new boolean[n - 1];
        removeAt(x1, nx1, i);
        removeAt(x2, nx2, i);
        removeAt(labels, nl, i);
        System.arraycopy(train, 0, nt, 0, i);
        System.arraycopy(train, i + 1, nt, i, n - i - 1);
        return new Dataset(nx1, nx2, nl, nt, type);
    }

    /** This dataset with point i moved to (px1, px2); its label and split stay. */
    public Dataset withMovedPoint(int i, double px1, double px2) {
        checkPoint(check(i), px1, px2, labels[i], type);
        double[] nx1 = x1.clone();
        double[] nx2 = x2.clone();
        nx1[i] = px1;
        nx2[i] = px2;
        return new Dataset(nx1, nx2, labels, train, type);
    }

    /** This dataset with point i's label changed. */
    public Dataset withLabel(int i, double label) {
        checkPoint(check(i), x1[i], x2[i], label, type);
        double[] nl = labels.clone();
        nl[i] = label;
        return new Dataset(x1, x2, nl, train, type);
    }

    /** This dataset with point i moved to the training (true) or test (false) split. */
    public Dataset withSplit(int i, boolean isTrain) {
        check(i);
        boolean[] nt = train.clone();
        nt[i] = isTrain;
        return new Dataset(x1, x2, labels, nt, type);
    }

    /** This dataset with every point in the training split. */
    public Dataset withAllTrain() {
        boolean[] nt = new boolean[x1.length];
        Arrays.fill(nt, true);
        return new Dataset(x1, x2, labels, nt, type);
    }

    private static void removeAt(double[] from, double[] to, int i) {
        System.arraycopy(from, 0, to, 0, i);
        System.arraycopy(from, i + 1, to, i, from.length - i - 1);
    }

    private int check(int i) {
        if (i < 0 || i >= x1.length) {
            throw new IllegalArgumentException("index (" + i + ") must be in 0.." + (x1.length - 1));
        }
        return i;
    }

    private static void checkArrays(double[] x1, double[] x2, double[] labels, boolean[] train) {
        if (x1 == null || x2 == null || labels == null || train == null) {
            throw new IllegalArgumentException("x1, x2, labels and train must all be given (one was null)");
        }
        int n = x1.length;
        if (x2.length != n || labels.length != n || train.length != n) {
            throw new IllegalArgumentException("x1 (" + n + "), x2 (" + x2.length + "), labels (" + labels.length
                    + ") and train (" + train.length + ") must have equal lengths");
        }
    }

    private static void checkPoint(int i, double px1, double px2, double label, ProblemType type) {
        if (!Double.isFinite(px1)) {
            throw new IllegalArgumentException("x1[" + i + "] (" + px1 + ") must be finite");
        }
        if (!Double.isFinite(px2)) {
            throw new IllegalArgumentException("x2[" + i + "] (" + px2 + ") must be finite");
        }
        if (!Double.isFinite(label)) {
            throw new IllegalArgumentException("label[" + i + "] (" + label + ") must be finite");
        }
        if (type == ProblemType.CLASSIFICATION && !isClass(label)) {
            throw new IllegalArgumentException("label[" + i + "] (" + label + ") must be a whole number 0.."
                    + (MAX_CLASSES - 1) + " for classification");
        }
    }

    /** Whether {@code label} is a class: a whole number 0 … {@link #MAX_CLASSES} − 1 (NaN is not). */
    public static boolean isClass(double label) {
        return label >= 0 && label < MAX_CLASSES && label == Math.floor(label);
    }
}
