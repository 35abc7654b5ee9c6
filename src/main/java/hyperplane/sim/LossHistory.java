package hyperplane.sim;

import java.util.Arrays;

/**
 * Training and test loss after each epoch, and for classification the share of each split classified right,
 * kept in growing arrays so that a chart reads them without copying. Entry e (0-based) is the value after
 * epoch e + 1. Not thread-safe.
 */
public final class LossHistory {
    private double[] train = new double[256];
    private double[] test = new double[256];
    private double[] trainCorrect = new double[256];
    private double[] testCorrect = new double[256];
    private int count;

    /** Appends the losses after one more epoch (NaN where there is no test split), with no shares. */
    public void add(double trainLoss, double testLoss) {
        add(trainLoss, testLoss, Double.NaN, Double.NaN);
    }

    /**
     * Appends the losses and the shares classified right (0 … 1) after one more epoch; NaN where there is no test
     * split, and for the shares of a regression.
     */
    public void add(double trainLoss, double testLoss, double trainShare, double testShare) {
        if (count == train.length) {
            train = Arrays.copyOf(train, count * 2);
            test = Arrays.copyOf(test, count * 2);
            trainCorrect = Arrays.copyOf(trainCorrect, count * 2);
            testCorrect = Arrays.copyOf(testCorrect, count * 2);
        }
        train[count] = trainLoss;
        test[count] = testLoss;
        trainCorrect[count] = trainShare;
        testCorrect[count] = testShare;
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

    /** The live array of training shares classified right (NaN for regression); as {@link #trainValues}. */
    public double[] trainCorrectValues() {
        return trainCorrect;
    }

    /** The live array of test shares classified right (NaN for regression); as {@link #testValues}. */
    public double[] testCorrectValues() {
        return testCorrect;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("epoch index (" + i + ") must be in [0, " + count + ")");
        }
    }
}
