package hyperplane.engine;

/**
 * The forward and backward passes of a whole mini-batch at once, for {@link Trainer}: the same operations as
 * {@link Network#forward} and {@link Network#backward} sample after sample, in the same order for every
 * number, so the gradients and the loss have the same bits; only the loops are turned around.
 *
 * <p>Why: one sample's dot product is a chain of additions, each waiting for the one before. Here the values
 * of the batch are stored sample-major, {@code value[node * n + s]} for sample s of the n in the batch, and the
 * innermost loops run over the samples, which do not depend on each other, so the processor overlaps them.
 * Small layers also pay their loop overhead once per batch instead of once per sample.
 *
 * <p>The passes themselves are the network's row passes ({@link Network#forwardRows},
 * {@link Network#outputDeltasRows}, {@link Network#backwardRows}); {@link Network#backward} is the same code
 * with one sample. This class gathers the batch's inputs and targets into rows and owns the buffers. The
 * single-sample state of the network (z, a, δ for {@link Network#output} and the trace) is left as it was.
 * Allocates only when a batch is larger than every earlier one.
 */
final class BatchPass {
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

    /**
     * For the n samples order[first], …, order[first + n − 1] (inputs at order[·]·size(0), targets at
     * order[·]·size(L)): ADDS their gradients to the network's gradient buffers and returns the sum of their
     * losses, as n calls of forward and backward would. The caller has checked the arrays and indices.
     */
    double accumulate(double[] xs, double[] ys, int[] order, int first, int n) {
        int values = network.nodeCount() * n;
        if (z.length < values) {
            z = new double[values];
            a = new double[values];
            delta = new double[values];
        }
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
        network.forwardRows(z, av, n, false);
        double loss = network.outputDeltasRows(z, av, delta, yv, n);
        network.backwardRows(z, av, delta, n);
        return loss;
    }
}
