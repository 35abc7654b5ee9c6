package hyperplane.engine;

import java.util.Arrays;

/**
 * Mini-batch stochastic gradient descent for a {@link Network} (DESIGN.md §4).
 *
 * <p>One epoch visits every training sample once, in an order shuffled by the seeded generator (or in
 * index order when shuffling is off), cut into batches B of {@link #batchSize()} samples (the last may be
 * smaller). For each batch the call order is:
 * <ol>
 *   <li>{@link Network#zeroGradients()};</li>
 *   <li>for each sample, in order, what {@link Network#forward} and then {@link Network#backward} compute: add
 *       its ∂C/∂w and ∂C/∂b into the network's gradient buffers and its loss into the batch's. The trainer
 *       runs all samples of the batch together ({@link BatchPass}), which gives the same bits faster;</li>
 *   <li>the {@link UpdateRule} (by default {@link Sgd}: w ← w − η (g_w/|B| + λ R′(w)) for every weight and
 *       b ← b − η g_b/|B| for every bias; regularization never touches biases) updates the weights, then the
 *       biases, keeping each old value as it goes;</li>
 *   <li>if the batch loss, a gradient or an updated parameter is NaN or infinite: put back the parameters
 *       already updated (and, through {@link UpdateRule#undo}, the rule's state for them), record a reason
 *       ({@link #divergence()}) and refuse to train until {@link #resetDivergence()}.</li>
 * </ol>
 *
 * <p>The trainer remembers its place in the current epoch, so {@link #trainBatch} can animate one update
 * at a time and {@link #trainEpoch} finishes whatever epoch is in progress. Buffers (the index permutation,
 * the parameter backup, the batch pass's values) are made once and grow only when the sample count or the
 * batch size grows, so a steady training loop allocates nothing. Not thread-safe.
 */
public final class Trainer {
    private final Network network;
    private final double[] weights;
    private final double[] biases;
    private final double[] weightGradients;
    private final double[] biasGradients;
    private final double[] savedWeights;
    private final double[] savedBiases;
    private final int firstBias;
    private final BatchPass batchPass;
    private UpdateRule rule = new Sgd();

    private double learningRate = 0.03;
    private int batchSize = 10;
    private Regularization regularization = Regularization.NONE;
    private double regularizationRate;
    private boolean shuffle = true;

    private int[] order = new int[0];
    private int epochCount;   // the sample count the current permutation was made for
    private int cursor;       // position of the next sample in the current epoch; 0 = no epoch in progress
    private int lastBatchSize;

    private boolean diverged;
    private String divergence = "";

    /** Per layer l (index l − 1), the sum over the batches since the last take of the batch's mean |∂C/∂w^l|. */
    private final double[] gradientSums;
    private int gradientBatches;

    /** A trainer for {@code network} with η = 0.03, batch size 10, no regularization, shuffling on. */
    public Trainer(Network network) {
        if (network == null) {
            throw new IllegalArgumentException("network (null) must be given");
        }
        this.network = network;
        this.weights = network.weights;
        this.biases = network.biases;
        this.weightGradients = network.weightGradients;
        this.biasGradients = network.biasGradients;
        this.savedWeights = new double[weights.length];
        this.savedBiases = new double[biases.length];
        this.firstBias = network.sizes[0];
        this.batchPass = network.batchPass();
        this.rule.reset(network.parameterCount());
        this.gradientSums = new double[network.layers];
    }

    /** The network being trained. */
    public Network network() {
        return network;
    }

    /** Sets η; may change between steps. @throws IllegalArgumentException unless 0 &lt; η &lt; ∞ */
    public void setLearningRate(double rate) {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("learningRate (" + rate + ") must be > 0 and finite");
        }
        learningRate = rate;
    }

    /** η. */
    public double learningRate() {
        return learningRate;
    }

    /**
     * Sets the update rule (plain {@link Sgd} by default) and resets its state for this network's parameters;
     * takes effect at the next batch. The rule then belongs to this trainer.
     */
    public void setUpdateRule(UpdateRule rule) {
        if (rule == null) {
            throw new IllegalArgumentException("rule (null) must be given");
        }
        rule.reset(network.parameterCount());
        this.rule = rule;
    }

    /** The update rule. */
    public UpdateRule updateRule() {
        return rule;
    }

    /** Clears the update rule's memory (velocities, averages, step counts), as if it had never stepped. */
    public void resetUpdateRule() {
        rule.reset(network.parameterCount());
    }

    /** Sets the batch size; takes effect at the next batch. @throws IllegalArgumentException if &lt; 1 */
    public void setBatchSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batchSize (" + size + ") must be >= 1");
        }
        batchSize = size;
    }

    /** The batch size. */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Sets the penalty R and its rate λ.
     *
     * @throws IllegalArgumentException if r is null or λ is negative, NaN or infinite
     */
    public void setRegularization(Regularization r, double rate) {
        if (r == null) {
            throw new IllegalArgumentException("regularization (null) must be given");
        }
        if (!(rate >= 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("regularizationRate (" + rate + ") must be >= 0 and finite");
        }
        regularization = r;
        regularizationRate = rate;
    }

    /** The penalty R. */
    public Regularization regularization() {
        return regularization;
    }

    /** λ. */
    public double regularizationRate() {
        return regularizationRate;
    }

    /** Whether each epoch shuffles the samples (default true); off means index order 0, 1, 2, …. */
    public void setShuffle(boolean shuffle) {
        this.shuffle = shuffle;
    }

    /** Whether each epoch shuffles the samples. */
    public boolean shuffle() {
        return shuffle;
    }

    /** Whether an epoch was started by {@link #trainBatch} and not finished yet. */
    public boolean epochInProgress() {
        return cursor > 0;
    }

    /** Forgets the place in the current epoch, so the next call starts a new (freshly shuffled) epoch. */
    public void restartEpoch() {
        cursor = 0;
    }

    /**
     * Trains until the current epoch ends: a whole new epoch if none is in progress (or if the sample
     * count changed since it began), otherwise the rest of the one {@link #trainBatch} began.
     *
     * @param inputs sample i's inputs at inputs[i·size(0) ..]
     * @param targets sample i's targets at targets[i·size(L) ..]
     * @param count the number of samples (0 does nothing and returns NaN)
     * @param random draws the shuffle; may be null when shuffling is off
     * @return the mean per-sample loss over the samples trained on in this call, each taken before its
     *     batch's update (without the regularization penalty); NaN if diverged (now or before) or count
     *     is 0
     */
    public double trainEpoch(double[] inputs, double[] targets, int count, SeededRandom random) {
        check(inputs, targets, count, random);
        if (diverged || count == 0) {
            return Double.NaN;
        }
        double sum = 0;
        int seen = 0;
        do {
            double batchLoss = runBatch(inputs, targets, count, random);
            if (diverged) {
                return Double.NaN;
            }
            sum += batchLoss * lastBatchSize;
            seen += lastBatchSize;
        } while (cursor > 0);
        return sum / seen;
    }

    /**
     * One mini-batch update (the next batch of the current epoch, starting a new epoch when none is in
     * progress or the count changed). Same arguments as {@link #trainEpoch}.
     *
     * @return the mean per-sample loss of this batch before the update; NaN if diverged or count is 0
     */
    public double trainBatch(double[] inputs, double[] targets, int count, SeededRandom random) {
        check(inputs, targets, count, random);
        if (diverged || count == 0) {
            return Double.NaN;
        }
        return runBatch(inputs, targets, count, random);
    }

    /**
     * The mean per-sample loss (1/n) Σ C over {@code count} samples, without the regularization penalty.
     * Parameters, gradients and the network's single-sample values are unchanged. The samples go through the
     * network a chunk at a time ({@link BatchPass#lossSum}); the sum has the bits of forward and
     * {@link Network#sampleLoss} sample after sample.
     *
     * @return NaN when count is 0 (there is nothing to average) or a loss is NaN
     */
    public static double meanLoss(Network network, double[] inputs, double[] targets, int count) {
        if (network == null) {
            throw new IllegalArgumentException("network (null) must be given");
        }
        checkArrays(network, inputs, targets, count);
        if (count == 0) {
            return Double.NaN;
        }
        return network.batchPass().lossSum(inputs, targets, count) / count;
    }

    /**
     * {@link #meanLoss}, and from the same forward pass the share of the samples the network classifies right.
     * With a single output: those whose output a and target y lie on the same side of {@code threshold},
     * (a ≥ t) = (y ≥ t) (0.5 for a sigmoid output with targets 0 and 1, 0 for tanh with targets −1 and 1). With K
     * outputs (a softmax over K classes, one-hot targets): those whose largest output is the target's class, the
     * threshold only saying that shares are wanted.
     *
     * @param share receives the share, 0 … 1, in share[0]; NaN when count is 0 or the threshold is NaN
     * @return the mean loss, as {@link #meanLoss}
     */
    public static double meanLoss(Network network, double[] inputs, double[] targets, int count, double threshold,
                                  double[] share) {
        return meanLoss(network, inputs, targets, count, threshold, share, null);
    }

    /**
     * {@link #meanLoss(Network, double[], double[], int, double, double[])}, and from the same pass, with a threshold
     * that is not NaN, the samples' confusion tally: {@code confusion[c · K + p]} counts the samples of class c the
     * network predicts as class p (K = {@link #classes}; a sample whose outputs are all NaN is in no cell). The
     * array is cleared first.
     *
     * @param confusion K × K counts, or null for none
     */
    public static double meanLoss(Network network, double[] inputs, double[] targets, int count, double threshold,
                                  double[] share, int[] confusion) {
        if (network == null || share == null || share.length == 0) {
            throw new IllegalArgumentException("network and a share array must be given");
        }
        checkArrays(network, inputs, targets, count);
        checkTally(network, confusion);
        if (confusion != null) {
            Arrays.fill(confusion, 0);
        }
        boolean counted = count > 0 && threshold == threshold;
        if (count == 0) {
            share[0] = Double.NaN;
            return Double.NaN;
        }
        BatchPass pass = network.batchPass();
        double loss = pass.lossSum(inputs, targets, count, threshold, confusion) / count;
        share[0] = counted ? (double) pass.hits / count : Double.NaN;
        return loss;
    }

    /**
     * The classes K of {@code network}'s confusion tallies ({@link #meanLoss(Network, double[], double[], int, double,
     * double[], int[])}, {@link LossCount}): its outputs, and 2 for a single output (below the threshold and at or
     * above it).
     */
    public static int classes(Network network) {
        return Math.max(2, network.size(network.layerCount()));
    }

    static void checkTally(Network network, int[] confusion) {
        int k = classes(network);
        if (confusion != null && confusion.length != k * k) {
            throw new IllegalArgumentException("a confusion tally of " + k + " classes has " + k * k
                    + " counts, not " + confusion.length);
        }
    }

    /** λ Σ R(w) over the weights (never the biases): the penalty added to the data loss. */
    public double regularizationPenalty() {
        if (regularization == Regularization.NONE || regularizationRate == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += regularization.penalty(weights[i]);
        }
        return regularizationRate * sum;
    }

    /** Whether training stopped because a loss, gradient or parameter became NaN or infinite. */
    public boolean diverged() {
        return diverged;
    }

    /** A short plain-English reason for the divergence ("Training diverged: a weight became infinite, …"), or "". */
    public String divergence() {
        return divergence;
    }

    /** Allows training again after a divergence (the parameters are the last finite ones). */
    public void resetDivergence() {
        diverged = false;
        divergence = "";
        cursor = 0;
    }

    private double runBatch(double[] inputs, double[] targets, int count, SeededRandom random) {
        if (cursor == 0 || epochCount != count) {
            startEpoch(count, random);
        }
        int end = Math.min(cursor + batchSize, count);
        int n = end - cursor;
        lastBatchSize = n;
        network.zeroGradients();
        double sum = batchPass.accumulate(inputs, targets, order, cursor, n);
        cursor = end == count ? 0 : end;
        if (!(sum - sum == 0)) {
            return fail("the loss became " + describe(sum), 0, firstBias);
        }
        // The rule keeps each old value in savedWeights (savedBiases) as it updates it, so a failure at index i
        // restores the indices below i: no copy of all parameters per batch.
        final double[] wv = weights;
        final double[] wg = weightGradients;
        int stop = rule.update(wv, wg, savedWeights, 0, wv.length, 0, learningRate, n, regularization,
                regularizationRate);
        if (stop < wv.length) {
            rule.undo(0, stop);
            return fail(refusal("weight", wg[stop]), stop, firstBias);
        }
        final double[] bv = biases;
        final double[] bg = biasGradients;
        stop = rule.update(bv, bg, savedBiases, firstBias, bv.length, wv.length, learningRate, n,
                Regularization.NONE, 0);
        if (stop < bv.length) {
            rule.undo(0, wv.length + stop - firstBias);
            return fail(refusal("bias", bg[stop]), wv.length, stop);
        }
        addGradientSizes(n);
        return sum / n;
    }

    /**
     * Adds this batch's mean |∂C/∂w| of each layer, (1/(|B|·m_l)) Σ_jk |g^l_jk| over the layer's m_l weights (g the
     * batch's summed gradient, so g/|B| is the gradient of the batch's mean loss, before regularization): one pass over
     * the weights, a small fraction of the batch pass's cost.
     */
    private void addGradientSizes(int n) {
        final double[] wg = weightGradients;
        final int[] offsets = network.weightOffset;
        for (int l = 1; l <= gradientSums.length; l++) {
            double sum = 0;
            for (int i = offsets[l]; i < offsets[l + 1]; i++) {
                sum += Math.abs(wg[i]);
            }
            gradientSums[l - 1] += sum / ((double) n * (offsets[l + 1] - offsets[l]));
        }
        gradientBatches++;
    }

    /**
     * The size of each layer's weight gradient since the last call (or since this trainer was made): out[l − 1] is,
     * for layer l = 1 … L, the mean over those batches of the batch's mean |∂C/∂w^l_jk| over the layer's weights,
     * where ∂C/∂w is the gradient of the batch's mean loss without the regularization penalty (the number
     * backpropagation gives). Batches that diverged are not counted. Starts a new sum.
     *
     * @param out receives L values; all NaN when no batch was trained since the last call
     * @return how many batches the values average
     */
    public int takeGradientSizes(double[] out) {
        if (out == null || out.length < gradientSums.length) {
            throw new IllegalArgumentException("out (length " + (out == null ? "null" : out.length) + ") must hold "
                    + gradientSums.length + " values");
        }
        int batches = gradientBatches;
        for (int l = 0; l < gradientSums.length; l++) {
            out[l] = batches == 0 ? Double.NaN : gradientSums[l] / batches;
            gradientSums[l] = 0;
        }
        gradientBatches = 0;
        return batches;
    }

    /** Why the rule stopped at a parameter whose gradient is {@code g}: the gradient, or else the new value. */
    private String refusal(String what, double g) {
        return g - g == 0 ? "a " + what + " became " + describe(rule.refused())
                : "a " + what + " gradient became " + describe(g);
    }

    private void startEpoch(int count, SeededRandom random) {
        if (order.length < count) {
            order = new int[Math.max(count, 2 * order.length)];
        }
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        if (shuffle) {
            random.shuffle(order, count);
        }
        epochCount = count;
        cursor = 0;
    }

    /**
     * Stops training after a non-finite value, putting back the weights below index {@code weightsChanged} and
     * the biases from firstBias below {@code biasesChanged}, which this batch had already updated.
     */
    private double fail(String what, int weightsChanged, int biasesChanged) {
        System.arraycopy(savedWeights, 0, weights, 0, weightsChanged);
        System.arraycopy(savedBiases, firstBias, biases, firstBias, biasesChanged - firstBias);
        diverged = true;
        cursor = 0;
        // The rate is named by the caller, which writes numbers for people (the engine only computes them).
        divergence = "Training diverged: " + what + ", so the last update was undone.";
        return Double.NaN;
    }

    private static String describe(double x) {
        return x != x ? "NaN (not a number)" : "infinite";
    }

    private void check(double[] inputs, double[] targets, int count, SeededRandom random) {
        checkArrays(network, inputs, targets, count);
        if (shuffle && random == null && count > 0) {
            throw new IllegalArgumentException("random (null) must be given when shuffling");
        }
    }

    static void checkArrays(Network network, double[] inputs, double[] targets, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count (" + count + ") must be >= 0");
        }
        int nIn = network.size(0);
        int nOut = network.size(network.layerCount());
        if (inputs == null || inputs.length / nIn < count) {
            throw new IllegalArgumentException("inputs (length " + (inputs == null ? "null" : inputs.length)
                    + ") must hold " + count + " samples of " + nIn + " values");
        }
        if (targets == null || targets.length / nOut < count) {
            throw new IllegalArgumentException("targets (length " + (targets == null ? "null" : targets.length)
                    + ") must hold " + count + " samples of " + nOut + " values");
        }
    }
}
