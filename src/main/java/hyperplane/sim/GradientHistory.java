package hyperplane.sim;

import java.util.Arrays;

/**
 * How large each layer's weight gradient was in each epoch, kept beside the {@link LossHistory} for the gradient-flow
 * chart: entry e of layer l (1 … L) is the mean over epoch e + 1's batches of the batch's mean |∂C/∂w^l_jk| over the
 * layer's weights, as {@link hyperplane.engine.Trainer#takeGradientSizes} gives it (the gradient of the batch's mean
 * loss, without the regularization penalty). NaN for an epoch that trained no batch. Kept in growing arrays, one per
 * layer, so that a chart reads them without copying. Not thread-safe.
 */
public final class GradientHistory {
    private double[][] values = new double[0][];
    private int count;

    /** Forgets every entry and sets the number of weight layers L (from now on each epoch adds L values). */
    public void clear(int layers) {
        if (layers < 1) {
            throw new IllegalArgumentException("layers (" + layers + ") must be >= 1");
        }
        if (values.length != layers) {
            values = new double[layers][256];
        }
        count = 0;
    }

    /** Appends one epoch: sizes[l − 1] for layer l = 1 … L. */
    public void add(double[] sizes) {
        if (sizes == null || sizes.length < values.length) {
            throw new IllegalArgumentException("sizes (length " + (sizes == null ? "null" : sizes.length)
                    + ") must hold " + values.length + " values");
        }
        for (int l = 0; l < values.length; l++) {
            if (count == values[l].length) {
                values[l] = Arrays.copyOf(values[l], count * 2);
            }
            values[l][count] = sizes[l];
        }
        count++;
    }

    /** The number of epochs recorded. */
    public int size() {
        return count;
    }

    /** L, the number of weight layers recorded per epoch. */
    public int layers() {
        return values.length;
    }

    /** The size of layer {@code layer}'s gradient in epoch {@code epochIndex} + 1. */
    public double value(int layer, int epochIndex) {
        if (epochIndex < 0 || epochIndex >= count) {
            throw new IndexOutOfBoundsException("epoch index (" + epochIndex + ") must be in [0, " + count + ")");
        }
        return values(layer)[epochIndex];
    }

    /** The live array of layer {@code layer} (1 … L); entries at {@link #size()} and beyond are meaningless. */
    public double[] values(int layer) {
        if (layer < 1 || layer > values.length) {
            throw new IllegalArgumentException("layer (" + layer + ") must be in 1.." + values.length);
        }
        return values[layer - 1];
    }
}
