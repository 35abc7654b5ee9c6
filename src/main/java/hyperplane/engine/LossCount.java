package hyperplane.engine;

import java.util.Arrays;

/**
 * {@link Trainer#meanLoss(Network, double[], double[], int, double, double[])} counted a chunk of samples at a time,
 * so that a caller can spread the count over several calls (the playground, over animation frames): the mean loss
 * (1/n) Σ C, the share of the samples classified right and their confusion tally, with the same bits as the one-piece count, because the
 * chunks are those of {@link BatchPass#lossSum} ({@link BatchPass#LOSS_CHUNK} samples) and the running sum goes from
 * one chunk to the next in the same order.
 *
 * <p>The network and the samples must not change between {@link #begin} and the last {@link #step}: the result is
 * the loss of the parameters the network holds throughout. Allocates nothing after the network's first count.
 */
public final class LossCount {
    private final Network network;
    private double[] inputs;
    private double[] targets;
    private int count;
    private double threshold = Double.NaN;
    /** The first sample not counted yet. */
    private int next;
    private double sum;
    private int hits;
    /** The confusion tally: confusion[c · K + p] samples of class c predicted as class p. */
    private final int[] confusion;

    /** A count over {@code network}; nothing to count until {@link #begin}. */
    public LossCount(Network network) {
        if (network == null) {
            throw new IllegalArgumentException("network (null) must be given");
        }
        this.network = network;
        int k = Trainer.classes(network);
        confusion = new int[k * k];
    }

    /**
     * Starts counting {@code count} samples (inputs of sample i at i·size(0), targets at i·size(L)), with a
     * {@code threshold} as {@link Trainer#meanLoss(Network, double[], double[], int, double, double[])} takes it (NaN:
     * no share). An unfinished count is dropped. Nothing is counted yet; with no samples the count is already done.
     *
     * @throws IllegalArgumentException if the arrays hold fewer than count samples
     */
    public void begin(double[] inputs, double[] targets, int count, double threshold) {
        Trainer.checkArrays(network, inputs, targets, count);
        this.inputs = inputs;
        this.targets = targets;
        this.count = count;
        this.threshold = threshold;
        next = 0;
        sum = 0;
        hits = 0;
        Arrays.fill(confusion, 0);
    }

    /** Counts the next chunk of samples, if any is left; returns whether every sample is counted. */
    public boolean step() {
        if (next < count) {
            BatchPass pass = network.batchPass();
            int n = Math.min(BatchPass.LOSS_CHUNK, count - next);
            sum = pass.lossChunk(inputs, targets, next, n, threshold, sum, confusion);
            hits += pass.chunkHits;
            next += n;
        }
        return next >= count;
    }

    /** Whether every sample is counted (also when none were begun). */
    public boolean done() {
        return next >= count;
    }

    /** The mean loss over the samples, once {@link #done()}; NaN with no samples or a NaN loss. */
    public double meanLoss() {
        checkDone();
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The share classified right, 0 … 1, once {@link #done()}; NaN with no samples or a NaN threshold. */
    public double share() {
        checkDone();
        return count > 0 && threshold == threshold ? (double) hits / count : Double.NaN;
    }

    /**
     * Copies the confusion tally, once {@link #done()}, into {@code into} (K × K, K = {@link Trainer#classes}):
     * {@code into[c · K + p]} samples of class c predicted as class p, as
     * {@link Trainer#meanLoss(Network, double[], double[], int, double, double[], int[])} tallies them; all zero with a
     * NaN threshold.
     */
    public void confusion(int[] into) {
        checkDone();
        Trainer.checkTally(network, into);
        System.arraycopy(confusion, 0, into, 0, confusion.length);
    }

    private void checkDone() {
        if (!done()) {
            throw new IllegalStateException("the count is at sample " + next + " of " + count);
        }
    }
}
