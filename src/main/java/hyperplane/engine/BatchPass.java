package hyperplane.engine;

/**
 * The forward and backward passes of a whole mini-batch at once, for {@link Trainer}: the same operations as
 * {@link Network#forward} and {@link Network#backward} sample after sample, in the same order for every
 * number, so the gradients and the loss have the same bits; only the loops are turned around.
 *
 * <p>Why: one sample's dot product is a chain of additions, each waiting for the one before. Here the values
 * of layer l are stored sample-major, {@code value[node * n + s]} for sample s of the n in the batch, and the
 * innermost loops run over the samples, which do not depend on each other, so the processor overlaps them.
 * Small layers also pay their loop overhead once per batch instead of once per sample.
 *
 * <p>Why the bits are the same: every sum is still formed in its own order. z of sample s starts from the bias
 * and adds w·a over k = 0, 1, …; the gradient of a weight adds the samples' contributions in sample order, as
 * the per-sample loop did (its other additions went to other numbers); δ of the previous layer adds over the
 * neurons in order; the loss adds each sample's loss in sample order. The tests compare bit for bit.
 *
 * <p>The single-sample state of the network (z, a, δ for {@link Network#output} and the trace) is left as it
 * was. Allocates only when a batch is larger than every earlier one.
 */
final class BatchPass {
    private final Network network;
    private final int[] sizes;
    private final int[] nodeOffset;
    private final int[] weightOffset;
    private final int[] kinds;
    private final int layers;
    private final boolean logitOutput;
    private final double[] weights;
    private final double[] weightGradients;
    private final double[] biasGradients;

    private double[] z = new double[0];
    private double[] a = new double[0];
    private double[] delta = new double[0];

    BatchPass(Network network) {
        this.network = network;
        this.sizes = network.sizeArray();
        this.nodeOffset = network.nodeOffsetArray();
        this.weightOffset = network.weightOffsetArray();
        this.kinds = network.kindArray();
        this.layers = sizes.length - 1;
        this.logitOutput = network.logitOutput();
        this.weights = network.weightArray();
        this.weightGradients = network.weightGradientArray();
        this.biasGradients = network.biasGradientArray();
    }

    /**
     * For the n samples order[first], …, order[first + n − 1] (inputs at order[·]·size(0), targets at
     * order[·]·size(L)): ADDS their gradients to the network's gradient buffers and returns the sum of their
     * losses, as n calls of forward and backward would. The caller has checked the arrays and indices.
     */
    double accumulate(double[] inputs, double[] targets, int[] order, int first, int n) {
        int values = nodeOffset[layers + 1] * n;
        if (z.length < values) {
            z = new double[values];
            a = new double[values];
            delta = new double[values];
        }
        int n0 = sizes[0];
        final double[] av = a;
        for (int s = 0; s < n; s++) {
            int from = order[first + s] * n0;
            for (int k = 0; k < n0; k++) {
                av[k * n + s] = inputs[from + k];
            }
        }
        network.forwardRows(z, av, n, false);
        double loss = outputDeltas(targets, order, first, n);
        backward(n);
        return loss;
    }

    /** δ^L of every sample, as Network's outputDeltas computes it; returns the losses added in sample order. */
    private double outputDeltas(double[] targets, int[] order, int first, int n) {
        int base = nodeOffset[layers];
        int outputs = sizes[layers];
        int kind = kinds[layers];
        final double[] av = a;
        final double[] zv = z;
        final double[] dv = delta;
        double sum = 0;
        for (int s = 0; s < n; s++) {
            int from = order[first + s] * outputs;
            double c = 0;
            for (int j = 0; j < outputs; j++) {
                int at = (base + j) * n + s;
                double y = targets[from + j];
                if (logitOutput) {
                    dv[at] = av[at] - y;
                    c += Loss.crossEntropyFromLogit(zv[at], y);
                } else {
                    double out = av[at];
                    dv[at] = (out - y) * Network.derivative(kind, zv[at], out);
                    double d = y - out;
                    c += 0.5 * d * d;
                }
            }
            sum += c;
        }
        return sum;
    }

    private void backward(int n) {
        final double[] wv = weights;
        final double[] wg = weightGradients;
        final double[] bg = biasGradients;
        final double[] av = a;
        final double[] zv = z;
        final double[] dv = delta;
        final int[] nodeOff = nodeOffset;
        final int[] size = sizes;
        for (int l = layers; l >= 1; l--) {
            int fanIn = size[l - 1];
            int inBase = nodeOff[l - 1] * n;
            int inEnd = inBase + fanIn * n;
            boolean inner = l > 1;
            if (inner) {
                for (int p = inBase; p < inEnd; p++) {
                    dv[p] = 0;
                }
            }
            int w = weightOffset[l];
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
                Network.scaleByDerivative(kinds[l - 1], zv, av, dv, inBase, inEnd);
            }
        }
    }
}
