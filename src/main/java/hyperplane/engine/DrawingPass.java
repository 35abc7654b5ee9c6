package hyperplane.engine;

/**
 * The forward pass for DRAWING a network over many points at once (heatmaps and neuron thumbnails): as
 * {@link Network#forward}, but tanh and sigmoid layers use {@link FastActivation} (absolute error below
 * {@link FastActivation#TANH_MAX_ERROR} per neuron; through a layer of n inputs the error can grow by at most Σ|w|
 * times). A softmax output is exact ({@link Softmax}: each point's probabilities, stable for any finite z).
 * Never use it for training or printed numbers.
 *
 * <p>It reads the network's current parameters at every call, so one pass serves a network for its whole life;
 * it owns only its buffer of values, {@code values[node * pointCount + p]} (node indices as in {@link Network}),
 * and leaves the network's own z, a and δ untouched. Each point's result does not depend on the other points (the
 * same operations in the same order at any n).
 *
 * <p>Why: a single point's dot products are one chain of dependent additions per neuron, so the processor waits
 * for each addition. Here the inner loop runs over the points, which are independent, so it runs at the speed of
 * the arithmetic instead (a heatmap row of 100 points is one call); the loops are {@link BatchPass#forwardRows}.
 * Allocates only when n is larger than every earlier n. Not thread-safe.
 */
public final class DrawingPass {
    private final Network network;
    /** FastActivation's table, held here so the loops read it without a class-initialisation check. */
    private final double[] fastTable = FastActivation.table();
    private double[] values = new double[0];
    /** z of every node, {@code z[node * pointCount + p]}, when the pass keeps them; else null. */
    private double[] z;
    private int pointCount;

    /** A drawing pass over {@code network}, which it reads (never writes) at every call. */
    public DrawingPass(Network network) {
        this(network, false);
    }

    /**
     * A drawing pass over {@code network} that, if {@code keepPreActivations}, also keeps every neuron's z for
     * {@link #pointPreActivations} (a second buffer of the same size; the heatmaps do without).
     */
    public DrawingPass(Network network, boolean keepPreActivations) {
        if (network == null) {
            throw new IllegalArgumentException("network (null) must be given");
        }
        this.network = network;
        this.z = keepPreActivations ? new double[0] : null;
    }

    /** The network this pass draws. */
    public Network network() {
        return network;
    }

    /**
     * Runs the network on n points at once: {@code inputs[k * n + p]} is input k of point p. Read the results with
     * {@link #pointOutputs}.
     *
     * @throws IllegalArgumentException if n &lt; 1 or inputs holds fewer than size(0)·n values
     */
    public void forwardFastPoints(double[] inputs, int n) {
        Network net = network;
        int n0 = net.size(0);
        if (n < 1 || inputs == null || inputs.length / n0 < n) {
            throw new IllegalArgumentException("inputs (length " + (inputs == null ? "null" : inputs.length)
                    + ") must hold " + n0 + " values for each of n (" + n + ") points");
        }
        if (values.length < net.nodeCount * n) {
            values = new double[net.nodeCount * n];
            z = z == null ? null : new double[net.nodeCount * n];
        }
        pointCount = n;
        final double[] v = values;
        for (int i = 0; i < n0 * n; i++) {
            v[i] = inputs[i];
        }
        BatchPass.forwardRows(net, z == null ? v : z, v, n, fastTable);
    }

    /**
     * Copies z of neuron {@code neuron} of {@code layer} (1 … L) for the points of the last {@link #forwardFastPoints}
     * into out[offset .. offset + n), as {@link #pointOutputs} copies a.
     *
     * @throws IllegalStateException if this pass was made without keeping z
     * @throws IllegalArgumentException as {@link #pointOutputs}
     */
    public void pointPreActivations(int layer, int neuron, double[] out, int offset) {
        if (z == null) {
            throw new IllegalStateException("this drawing pass was made without keeping z");
        }
        copy(z, network.nodeIndex(layer, neuron, 1), out, offset);
    }

    /**
     * Copies the outputs of neuron {@code neuron} of {@code layer} (layer 0: the inputs) for the points of the
     * last {@link #forwardFastPoints} into out[offset .. offset + n).
     *
     * @throws IllegalArgumentException if out is too short, or the layer or neuron does not exist
     */
    public void pointOutputs(int layer, int neuron, double[] out, int offset) {
        copy(values, network.nodeIndex(layer, neuron, 0), out, offset);
    }

    private void copy(double[] v, int node, double[] out, int offset) {
        int n = pointCount;
        if (out == null || offset < 0 || offset > out.length - n) {
            throw new IllegalArgumentException("out (length " + (out == null ? "null" : out.length)
                    + ") must hold " + n + " values from offset " + offset);
        }
        int from = node * n;
        for (int p = 0; p < n; p++) {
            out[offset + p] = v[from + p];
        }
    }
}
