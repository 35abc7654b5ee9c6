package hyperplane.sim;

import java.util.Arrays;

/**
 * Training and test loss after each epoch, kept in growing arrays so that a chart reads them without
 * copying. Entry e (0-based) is the loss after epoch e + 1. Not thread-safe.
 */
public final class LossHistory {
    private double[] train = new double[256];
    private double[] test = new double[256];
    private int count;

    /** Appends the losses after one more epoch (NaN where there is no test split). */
    public void add(double trainLoss, double testLoss) {
        if (count == train.length) {
            train = Arrays.copyOf(train, count * 2);
            test = Arrays.copyOf(test, count * 2);
        }
        train[count] = trainLoss;
        test[count] = testLoss;
        count++;
    }

    /** Forgets every entry. */
    public void clear() {
        count = 0;
    }

    public int size() {
        return count;
    }

    public double train(int epochIndex) {
        checkIndex(epochIndex);
        return train[epochIndex];
    }

    public double test(int epochIndex) {
        checkIndex(epochIndex);
        return test[epochIndex];
    }

    /** The live training-loss array; entries at {@link #size()} and beyond are meaningless. */
    public double[] trainValues() {
        return train;
    }

    /** The live test-loss array; entries at {@link #size()} and beyond are meaningless. */
    public double[] testValues() {
        return test;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("epoch index (" + i + ") must be in [0, " + count + ")");
        }
    }
}
