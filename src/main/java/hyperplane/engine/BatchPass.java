package hyperplane.engine;

/**
 * The row passes: forward and backward over many samples at once, for training ({@link #accumulate}, used by
 * {@link Trainer}) and for losses ({@link #lossSum}, used by {@link Trainer#meanLoss}). They do the same
 * operations as {@link Network#forward} and {@link Network#backward} sample after sample, in the same order for
 * every number, so the gradients and the losses have the same bits; only the loops are turned around.
 *
 * <p>Why: one sample's dot product is a chain of additions, each waiting for the one before. Here the values of
 * the n samples are stored sample-major, {@code value[node * n + s]} for sample s (node indices as in
 * {@link Network}), and the innermost loops run over the samples, which do not depend on each other, so the
 * processor overlaps them. Small layers also pay their loop overhead once per call instead of once per sample.
 *
 * <p>The static passes ({@link #forwardRows}, {@link #backwardRows}) are the only copy of these loops:
 * {@link Network#backward} is {@link #backwardRows} with n = 1 on the network's own z, a and δ, and
 * {@link DrawingPass} is {@link #forwardRows} with the drawing activations. The output layer's δ and the loss
 * come from the network's {@link Loss} ({@link Loss#outputDeltas}, {@link Loss#sum}), φ and φ′ from
 * {@link ActivationKernels}.
 *
 * <p>An instance gathers a batch's inputs and targets into rows and owns the buffers; the network's
 * single-sample state (z, a, δ for {@link Network#output} and the trace) is left as it was. Allocates only when a
 * batch is larger than every earlier one. Not thread-safe.
 */
final class BatchPass {
    /** Samples per row pass of {@link #lossSum}. */
    static final int LOSS_CHUNK = 64;

    private final Network network;
    private final int inputs;
    private final int outputs;

    private double[] z = new double[0];
    private double[] a = new double[0];
    private double[] delta = new double[0];
    private double[] y = new double[0];

    BatchPass(Network network) {
        this.network = network;
        this.inputs = network.size(0);
        this.outputs = network.size(network.layerCount());
    }

    /** Makes z, a and δ hold at least {@code values} values each. */
    private void reserve(int values) {
        if (z.length < values) {
            z = new double[values];
            a = new double[values];
            delta = new double[values];
        }
    }

    /**
     * For the n samples order[first], …, order[first + n − 1] (inputs at order[·]·size(0), targets at
     * order[·]·size(L)): ADDS their gradients to the network's gradient buffers and returns the sum of their
     * losses, as n calls of forward and backward would. The caller has checked the arrays and indices.
     */
    double accumulate(double[] xs, double[] ys, int[] order, int first, int n) {
        reserve(network.nodeCount * n);
        if (y.length < outputs * n) {
            y = new double[outputs * n];
        }
        final double[] av = a;
        final double[] yv = y;
        for (int s = 0; s < n; s++) {
            int sample = order[first + s];
            for (int k = 0; k < inputs; k++) {
                av[k * n + s] = xs[sample * inputs + k];
            }
            for (int j = 0; j < outputs; j++) {
                yv[j * n + s] = ys[sample * outputs + j];
            }
        }
        Network net = network;
        int layers = net.layers;
        forwardRows(net, z, av, n, null);
        double loss = net.loss.outputDeltas(net.kinds[layers], z, av, delta, net.nodeOffset[layers], outputs,
                n, yv, 0, 1, n);
        backwardRows(net, z, av, delta, n);
        return loss;
    }

    /**
     * Σ over samples 0 … count − 1 of their losses (inputs of sample i at i·size(0), targets at i·size(L)), each
     * as {@link Network#sampleLoss} gives it after {@link Network#forward}, added in sample order: the same bits.
     * The samples go through {@link #forwardRows} {@link #LOSS_CHUNK} at a time. The caller has checked the
     * arrays; gradients are untouched.
     */
    double lossSum(double[] xs, double[] ys, int count) {
        return lossSum(xs, ys, count, Double.NaN, null);
    }

    /** The samples the last {@link #lossSum(double[], double[], int, double, int[])} counted as right. */
    int hits;

    /**
     * {@link #lossSum(double[], double[], int)}, and in the same pass, for a threshold t that is not NaN, counts
     * into {@link #hits} the samples classified right and, if {@code confusion} is given, tallies every sample's
     * class there (see {@link #lossChunk}). With a single output a sample is of class 1 when its target y ≥ t and
     * predicted as class 1 when its output a ≥ t, so it is right when (a ≥ t) = (y ≥ t); with K outputs its class is
     * the target's largest entry (the class of a one-hot y) and the prediction the largest output (the first of
     * equal values wins, NaN never: a sample whose outputs are all NaN has no prediction and is not tallied).
     */
    double lossSum(double[] xs, double[] ys, int count, double threshold, int[] confusion) {
        hits = 0;
        double sum = 0;
        for (int first = 0; first < count; first += LOSS_CHUNK) {
            sum = lossChunk(xs, ys, first, Math.min(LOSS_CHUNK, count - first), threshold, sum, confusion);
            hits += chunkHits;
        }
        return sum;
    }

    /** The samples the last {@link #lossChunk} counted as right. */
    int chunkHits;

    /**
     * One chunk of {@link #lossSum(double[], double[], int, double, int[])}: {@code sum} plus the losses of the n ≤
     * {@link #LOSS_CHUNK} samples first … first + n − 1, added in sample order, the samples classified right counted
     * into {@link #chunkHits} and, if {@code confusion} is given (with a threshold), each sample of class c predicted
     * as class p added to {@code confusion[c · K + p]} (K = {@link Trainer#classes}). Chunk after chunk from 0, each given
     * the sum the one before returned, gives lossSum's bits (so a caller may spread the chunks over time, see
     * {@link LossCount}).
     */
    double lossChunk(double[] xs, double[] ys, int first, int n, double threshold, double sum, int[] confusion) {
        boolean counting = threshold == threshold;
        chunkHits = 0;
        Network net = network;
        int layers = net.layers;
        int base = net.nodeOffset[layers];
        Loss loss = net.loss;
        int kind = net.kinds[layers];
        reserve(net.nodeCount * LOSS_CHUNK);
        final double[] zv = z;
        final double[] av = a;
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < inputs; k++) {
                av[k * n + s] = xs[(first + s) * inputs + k];
            }
        }
        forwardRows(net, zv, av, n, null);
        if (counting) {
            int classes = Trainer.classes(net);
            for (int s = 0; s < n; s++) {
                int actual;
                int predicted;
                if (outputs == 1) {
                    actual = ys[first + s] >= threshold ? 1 : 0;
                    predicted = av[base * n + s] >= threshold ? 1 : 0;
                } else {
                    actual = argmax(ys, (first + s) * outputs, 1);
                    predicted = argmax(av, base * n + s, n);
                }
                if (predicted == actual) {
                    chunkHits++;
                }
                if (confusion != null && predicted >= 0 && actual >= 0) {
                    confusion[actual * classes + predicted]++;
                }
            }
        }
        return loss.sum(kind, sum, zv, av, base, outputs, n, ys, first * outputs, outputs, 1);
    }

    /** The index j &lt; outputs of the largest v[from + j·stride] (the first of equal ones); −1 if all are NaN. */
    private int argmax(double[] v, int from, int stride) {
        int best = -1;
        double largest = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < outputs; j++) {
            double x = v[from + j * stride];
            if (x > largest || (best < 0 && x == largest)) {
                best = j;
                largest = x;
            }
        }
        return best;
    }

    /**
     * The forward pass over n samples stored sample-major. The caller has put the inputs in the rows of layer 0 of
     * {@code av}; z goes to {@code zv} and φ(z) to {@code av}, which may be the same array when z is not needed
     * afterwards. Each sample's sums are formed as in {@link Network#forward}: the bias, then w·a over k = 0, 1, …
     * With a {@code fastTable} ({@link FastActivation#table()}) tanh and sigmoid are the drawing approximations
     * ({@link ActivationKernels#activateFast}); with null, the exact functions. A softmax output is taken over the
     * output layer per sample ({@link ActivationKernels#activateLayer}), exactly in both cases.
     */
    static void forwardRows(Network net, double[] zv, double[] av, int n, double[] fastTable) {
        final double[] wv = net.weights;
        final double[] bv = net.biases;
        final int[] nodeOff = net.nodeOffset;
        final int[] size = net.sizes;
        final int[] kinds = net.kinds;
        final int layers = net.layers;
        int w = 0;
        for (int l = 1; l <= layers; l++) {
            int fanIn = size[l - 1];
            int inBase = nodeOff[l - 1] * n;
            for (int node = nodeOff[l]; node < nodeOff[l + 1]; node++) {
                int row = node * n;
                int rowEnd = row + n;
                double b = bv[node];
                for (int p = row; p < rowEnd; p++) {
                    zv[p] = b;
                }
                for (int k = 0; k < fanIn; k++) {
                    double weight = wv[w++];
                    int in = inBase + k * n - row;
                    for (int p = row; p < rowEnd; p++) {
                        zv[p] += weight * av[in + p];
                    }
                }
            }
            ActivationKernels.activateLayer(kinds[l], fastTable, zv, av, nodeOff[l], nodeOff[l + 1], n);
        }
    }

    /**
     * Backpropagation for n samples stored sample-major, after the loss has put δ^L in {@code dv}
     * ({@link Loss#outputDeltas}): δ of every earlier layer, and each sample's ∂C/∂b and ∂C/∂w ADDED to the
     * network's gradient buffers. Every number is formed in the same order as sample after sample: a gradient adds
     * the samples' terms in sample order, a δ of layer l − 1 adds over the neurons of layer l in order.
     */
    static void backwardRows(Network net, double[] zv, double[] av, double[] dv, int n) {
        final double[] wv = net.weights;
        final double[] wg = net.weightGradients;
        final double[] bg = net.biasGradients;
        final int[] nodeOff = net.nodeOffset;
        final int[] weightOff = net.weightOffset;
        final int[] size = net.sizes;
        final int[] kinds = net.kinds;
        for (int l = net.layers; l >= 1; l--) {
            int fanIn = size[l - 1];
            int inBase = nodeOff[l - 1] * n;
            int inEnd = inBase + fanIn * n;
            boolean inner = l > 1;
            if (inner) {
                for (int p = inBase; p < inEnd; p++) {
                    dv[p] = 0;
                }
            }
            int w = weightOff[l];
            for (int node = nodeOff[l]; node < nodeOff[l + 1]; node++) {
                int row = node * n;
                int rowEnd = row + n;
                double biasSum = bg[node];
                for (int p = row; p < rowEnd; p++) {
                    biasSum += dv[p];
                }
                bg[node] = biasSum;
                for (int k = 0; k < fanIn; k++) {
                    int in = inBase + k * n - row;
                    double gradient = wg[w];
                    for (int p = row; p < rowEnd; p++) {
                        gradient += av[in + p] * dv[p];
                    }
                    wg[w] = gradient;
                    if (inner) {
                        // Collect (w^l)ᵀ δ^l into the previous layer's δ rows; φ′ is applied below.
                        double weight = wv[w];
                        for (int p = row; p < rowEnd; p++) {
                            dv[in + p] += weight * dv[p];
                        }
                    }
                    w++;
                }
            }
            if (inner) {
                ActivationKernels.scaleByDerivative(kinds[l - 1], zv, av, dv, inBase, inEnd);
            }
        }
    }
}
