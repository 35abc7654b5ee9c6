package hyperplane.sim;


/**
 * How the points of one split are classified ({@link PlaygroundSession#confusion}): for K classes,
 * {@link #count}(actual, predicted) is the number of points of class {@code actual} the network puts in class
 * {@code predicted}, so the diagonal holds the points classified right. The predicted class is the one
 * {@link PlaygroundSession#accuracy} counts, tallied in the same pass over the points as the loss: with one output,
 * class 1 when the output is at least the middle of its range (0.5 for a sigmoid, 0 for tanh); behind a softmax,
 * the class of the largest output (the first of equal ones). A point whose outputs are all NaN is in no cell, so
 * {@link #total()} counts only the points that have a predicted class. Immutable.
 */
public final class ConfusionMatrix {
    private final int classes;
    /** counts[actual · K + predicted]. */
    private final int[] counts;

    /** A matrix of K = {@code classes} over {@code counts} (counts[actual · K + predicted], kept, not copied). */
    ConfusionMatrix(int classes, int[] counts) {
        this.classes = classes;
        this.counts = counts;
    }

    /** K, the number of classes (rows and columns). */
    public int classes() {
        return classes;
    }

    /** The points of class {@code actual} predicted as class {@code predicted}. */
    public int count(int actual, int predicted) {
        check(actual, "actual");
        check(predicted, "predicted");
        return counts[actual * classes + predicted];
    }

    /** The points of class {@code actual} (the row's sum). */
    public int actual(int actual) {
        check(actual, "actual");
        int sum = 0;
        for (int p = 0; p < classes; p++) {
            sum += counts[actual * classes + p];
        }
        return sum;
    }

    /**
     * The share of the points of class {@code actual} that are predicted as {@code predicted}, 0 … 1; on the
     * diagonal, the share of the class classified right. NaN when the split has no point of that class.
     */
    public double share(int actual, int predicted) {
        int row = actual(actual);
        return row == 0 ? Double.NaN : (double) count(actual, predicted) / row;
    }

    /** Every counted point. */
    public int total() {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    /** The points classified right: the diagonal's sum. */
    public int correct() {
        int sum = 0;
        for (int c = 0; c < classes; c++) {
            sum += counts[c * classes + c];
        }
        return sum;
    }

    private void check(int c, String name) {
        if (c < 0 || c >= classes) {
            throw new IllegalArgumentException(name + " (" + c + ") must be in 0.." + (classes - 1));
        }
    }
}
