package hyperplane.engine;

import java.util.Arrays;

/**
 * A fully connected feedforward network with per-layer activations, trained by backpropagation.
 *
 * <p>Notation (Nielsen's, as in the lessons): layer l = 0..L has size(l) neurons, layer 0 being the
 * inputs; w^l_jk is the weight from neuron k of layer l−1 to neuron j of layer l, z^l = w^l a^(l−1) + b^l,
 * a^l = φ_l(z^l). {@link #forward} computes every z and a; {@link #backward} computes
 * δ^L = ∇_a C ⊙ φ′(z^L) (or δ^L = a − y for a sigmoid output with cross-entropy),
 * δ^l = ((w^(l+1))ᵀ δ^(l+1)) ⊙ φ′(z^l), and adds ∂C/∂b^l_j = δ^l_j and ∂C/∂w^l_jk = a^(l−1)_k δ^l_j into
 * the gradient buffers.
 *
 * <p>Storage: everything lives in flat {@code double[]} arrays made once in the constructor.
 * Neuron j of layer l is at node index {@code nodeOffset[l] + j}, where nodeOffset[l] = size(0) + … +
 * size(l−1); z, a, δ and b (and their gradients) are indexed this way (slots of layer 0 in z, δ and b
 * are unused). Weight w^l_jk is at {@code weightOffset[l] + j * size(l−1) + k} in the weight and
 * weight-gradient arrays (row-major, one row per receiving neuron).
 *
 * <p>Nothing here allocates after construction except {@link #trace}, {@link #copy} and
 * {@link #sizes()}. Not thread-safe.
 */
public final class Network {
    /** The largest layer size accepted (far above what the page offers: 16 neurons, 7 inputs). */
    public static final int MAX_LAYER_SIZE = 1024;

    private final int[] sizes;
    private final Activation[] activations; // activations[l] for l = 1..L; index 0 unused (null)
    private final Loss loss;
    private final int layers;
    private final int[] nodeOffset;
    private final int[] weightOffset;
    private final int nodeCount;
    private final int weightCount;
    private final boolean logitOutput; // sigmoid output with cross-entropy: δ^L = a − y, loss from z
    /** kinds[l] = one of the KIND_ constants for layer l = 1..L: the hot loops branch on an int, once per layer. */
    private final int[] kinds;
    /** FastActivation's table, held here so the drawing loops read it without a class-initialisation check. */
    private final double[] fastTable = FastActivation.table();

    // Activation kinds as compile-time int constants: javac inlines them, so Network needs no static
    // initialiser and TeaVM emits no initialisation check in the loops that compare against them.
    private static final int KIND_TANH = 0;
    private static final int KIND_SIGMOID = 1;
    private static final int KIND_RELU = 2;
    private static final int KIND_LEAKY_RELU = 3;
    private static final int KIND_LINEAR = 4;

    private final double[] weights;
    private final double[] biases;
    private final double[] weightGradients;
    private final double[] biasGradients;
    private final double[] z;
    private final double[] a;
    private final double[] delta;
    /** Samples per row pass of {@link #lossSum}, and its buffers (made at its first use). */
    private static final int LOSS_CHUNK = 64;
    private double[] lossZ = new double[0];
    private double[] lossA = new double[0];
    /** The targets of the sample {@link #backward} works on. */
    private final double[] targetRow;
    /** The drawing pass over many points ({@link #forwardFastPoints}): pointValues[node * pointCount + p]. */
    private double[] pointValues = new double[0];
    private int pointCount;

    /**
     * A network with all parameters 0 (call {@link #initialize} to draw weights).
     *
     * @param sizes sizes[0] inputs, sizes[l] neurons of layer l, sizes[L] outputs; at least two entries,
     *     each ≥ 1
     * @param activations activations[l − 1] is the activation of layer l = 1..L; each must be trainable
     * @param loss the cost; {@link Loss#CROSS_ENTROPY} requires a {@link Activation#SIGMOID} output
     * @throws IllegalArgumentException naming the offending argument
     */
    public Network(int[] sizes, Activation[] activations, Loss loss) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("sizes (" + (sizes == null ? "null" : sizes.length + " entries")
                    + ") must have at least 2 entries: inputs and outputs");
        }
        if (activations == null || activations.length != sizes.length - 1) {
            throw new IllegalArgumentException("activations (" + (activations == null ? "null"
                    : activations.length + " entries") + ") must have one entry per layer ("
                    + (sizes.length - 1) + ")");
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss (null) must be given");
        }
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1 || sizes[l] > MAX_LAYER_SIZE) {
                throw new IllegalArgumentException("sizes[" + l + "] (" + sizes[l] + ") must be in 1.."
                        + MAX_LAYER_SIZE);
            }
        }
        for (int i = 0; i < activations.length; i++) {
            if (activations[i] == null || !activations[i].trainable()) {
                throw new IllegalArgumentException("activations[" + i + "] (" + activations[i]
                        + ") must be a trainable activation (not step)");
            }
        }
        Activation output = activations[activations.length - 1];
        if (loss == Loss.CROSS_ENTROPY && output != Activation.SIGMOID) {
            throw new IllegalArgumentException("cross-entropy loss needs a sigmoid output, not " + output.label()
                    + " (its output must lie in (0, 1))");
        }
        this.sizes = sizes.clone();
        this.layers = sizes.length - 1;
        this.activations = new Activation[layers + 1];
        System.arraycopy(activations, 0, this.activations, 1, layers);
        this.loss = loss;
        this.logitOutput = loss == Loss.CROSS_ENTROPY;
        this.kinds = new int[layers + 1];
        for (int l = 1; l <= layers; l++) {
            kinds[l] = kindOf(this.activations[l]);
        }
        this.nodeOffset = new int[layers + 2];
        this.weightOffset = new int[layers + 2];
        for (int l = 0; l <= layers; l++) {
            nodeOffset[l + 1] = nodeOffset[l] + this.sizes[l];
        }
        for (int l = 1; l <= layers; l++) {
            weightOffset[l + 1] = weightOffset[l] + this.sizes[l] * this.sizes[l - 1];
        }
        this.nodeCount = nodeOffset[layers + 1];
        this.weightCount = weightOffset[layers + 1];
        this.weights = new double[weightCount];
        this.weightGradients = new double[weightCount];
        this.biases = new double[nodeCount];
        this.biasGradients = new double[nodeCount];
        this.z = new double[nodeCount];
        this.a = new double[nodeCount];
        this.delta = new double[nodeCount];
        this.targetRow = new double[this.sizes[layers]];
    }

    /**
     * A network with {@code inputs} inputs, the given hidden layers (all with {@code hiddenActivation})
     * and one output neuron with {@code outputActivation}. An empty {@code hidden} gives a single layer.
     */
    public static Network create(int inputs, int[] hidden, Activation hiddenActivation, Activation outputActivation,
            Loss loss) {
        if (hidden == null) {
            throw new IllegalArgumentException("hidden (null) must be given; use an empty array for none");
        }
        int[] sizes = new int[hidden.length + 2];
        Activation[] acts = new Activation[hidden.length + 1];
        sizes[0] = inputs;
        for (int i = 0; i < hidden.length; i++) {
            sizes[i + 1] = hidden[i];
            acts[i] = hiddenActivation;
        }
        sizes[hidden.length + 1] = 1;
        acts[hidden.length] = outputActivation;
        return new Network(sizes, acts, loss);
    }

    /** L, the number of weight layers (hidden layers + 1). */
    public int layerCount() {
        return layers;
    }

    /** The number of neurons of layer {@code layer} (0 = inputs, L = outputs). */
    public int size(int layer) {
        checkLayer(layer, 0);
        return sizes[layer];
    }

    /** A copy of all layer sizes, sizes()[0] being the input count. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** The activation of layer {@code layer} = 1..L. */
    public Activation activation(int layer) {
        checkLayer(layer, 1);
        return activations[layer];
    }

    /** The cost function. */
    public Loss loss() {
        return loss;
    }

    /** w^layer_(to, from). */
    public double weight(int layer, int to, int from) {
        return weights[weightIndex(layer, to, from)];
    }

    /** Sets w^layer_(to, from). */
    public void setWeight(int layer, int to, int from, double value) {
        weights[weightIndex(layer, to, from)] = value;
    }

    /** b^layer_to. */
    public double bias(int layer, int to) {
        return biases[biasIndex(layer, to)];
    }

    /** Sets b^layer_to. */
    public void setBias(int layer, int to, double value) {
        biases[biasIndex(layer, to)] = value;
    }

    /** The number of weights plus biases. */
    public int parameterCount() {
        return weightCount + nodeCount - sizes[0];
    }

    /**
     * The number of weights plus biases of a network with these layer sizes: Σ_l sizes[l]·(sizes[l − 1] + 1).
     *
     * @throws IllegalArgumentException if sizes has fewer than 2 entries or one is below 1
     */
    public static int parameterCount(int[] sizes) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("sizes must have at least 2 entries");
        }
        int count = 0;
        for (int l = 1; l < sizes.length; l++) {
            if (sizes[l] < 1 || sizes[l - 1] < 1) {
                throw new IllegalArgumentException("sizes[" + l + "] (" + sizes[l] + ") must be >= 1");
            }
            count += sizes[l] * (sizes[l - 1] + 1);
        }
        return count;
    }

    /**
     * Copies every parameter into {@code out[0 .. parameterCount())}: first all weights, layer 1 to L, each
     * layer's w^l_jk row by row (index j·sizes[l − 1] + k within the layer), then all biases b^l_j, layer 1 to
     * L. This is the order of {@link #setParameters} and of the link's {@code w} key.
     */
    public void parametersTo(double[] out) {
        if (out == null || out.length < parameterCount()) {
            throw new IllegalArgumentException("out (length " + (out == null ? "null" : out.length)
                    + ") must hold " + parameterCount() + " values");
        }
        System.arraycopy(weights, 0, out, 0, weightCount);
        System.arraycopy(biases, sizes[0], out, weightCount, nodeCount - sizes[0]);
    }

    /** Every parameter in a new array, in the order of {@link #parametersTo}. */
    public double[] parameters() {
        double[] out = new double[parameterCount()];
        parametersTo(out);
        return out;
    }

    /**
     * Sets every weight and bias from {@code values}, in the order of {@link #parametersTo}; gradients stay.
     *
     * @throws IllegalArgumentException if the length is not {@link #parameterCount()}; nothing changes then
     */
    public void setParameters(double[] values) {
        if (values == null || values.length != parameterCount()) {
            throw new IllegalArgumentException("values (length " + (values == null ? "null" : values.length)
                    + ") must hold exactly " + parameterCount() + " parameters");
        }
        System.arraycopy(values, 0, weights, 0, weightCount);
        System.arraycopy(values, weightCount, biases, sizes[0], nodeCount - sizes[0]);
    }

    /**
     * Sets every weight and bias as {@code init} says (see {@link Initialization} for the ranges).
     * Draws from {@code random} only for {@link Initialization#RANDOM}. Gradients are zeroed.
     */
    public void initialize(Initialization init, SeededRandom random) {
        if (init == null) {
            throw new IllegalArgumentException("init (null) must be given");
        }
        if (init == Initialization.RANDOM && random == null) {
            throw new IllegalArgumentException("random (null) must be given for random initialization");
        }
        Arrays.fill(biases, 0);
        Arrays.fill(weights, 0);
        if (init == Initialization.RANDOM) {
            for (int l = 1; l <= layers; l++) {
                int fanIn = sizes[l - 1];
                int fanOut = sizes[l];
                Activation act = activations[l];
                double r = act == Activation.RELU || act == Activation.LEAKY_RELU
                        ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut));
                for (int i = weightOffset[l]; i < weightOffset[l + 1]; i++) {
                    weights[i] = random.nextDouble(-r, r);
                }
            }
        }
        zeroGradients();
    }

    /**
     * The forward pass: a^0 = inputs[offset .. offset + size(0)), then z^l = w^l a^(l−1) + b^l and
     * a^l = φ_l(z^l) for l = 1..L. Returns a^L_0. Allocates nothing; NaN inputs propagate to NaN.
     *
     * @throws IllegalArgumentException if the inputs array is too short (or offset negative)
     */
    public double forward(double[] inputs, int offset) {
        int n0 = sizes[0];
        if (inputs == null || offset < 0 || offset > inputs.length - n0) {
            throw new IllegalArgumentException("inputs (length " + (inputs == null ? "null" : inputs.length)
                    + ") must hold " + n0 + " values from offset " + offset);
        }
        // A loop, not System.arraycopy: TeaVM's JavaScript makes a typed-array view per arraycopy call, once per
        // sample here.
        for (int k = 0; k < n0; k++) {
            a[k] = inputs[offset + k];
        }
        // Locals instead of fields, and no call inside the dot product: the JIT, TeaVM's JS and its Wasm output
        // all keep this loop tight. The sums are formed in the same order as always (bias, then k = 0..).
        final double[] wv = weights;
        final double[] bv = biases;
        final double[] zv = z;
        final double[] av = a;
        final int[] nodeOff = nodeOffset;
        final int[] size = sizes;
        int w = 0;
        for (int l = 1; l <= layers; l++) {
            int fanIn = size[l - 1];
            int inBase = nodeOff[l - 1];
            int start = nodeOff[l];
            int end = nodeOff[l + 1];
            for (int node = start; node < end; node++) {
                double sum = bv[node];
                for (int k = 0; k < fanIn; k++) {
                    sum += wv[w++] * av[inBase + k];
                }
                zv[node] = sum;
            }
            activate(kinds[l], false, zv, av, start, end);
        }
        return av[nodeOff[layers]];
    }

    /**
     * The forward pass for DRAWING over n points at once: {@code inputs[k * n + p]} is input k of point p. As
     * {@link #forward}, but tanh and sigmoid layers use {@link FastActivation} (absolute error below
     * {@link FastActivation#TANH_MAX_ERROR} per neuron; through a layer of n inputs the error can grow by at most
     * Σ|w| times): never use it for training or printed numbers. Each point's result does not depend on the
     * other points (the same operations in the same order at any n); read them with {@link #pointOutputs}. z, a
     * and δ of the single-sample passes are untouched.
     *
     * <p>Why: a single point's dot products are one chain of dependent additions per neuron, so the processor
     * waits for each addition. Here the inner loop runs over the points, which are independent, so it runs at
     * the speed of the arithmetic instead (a heatmap row of 100 points is one call). Allocates only when n is
     * larger than every earlier n.
     *
     * @throws IllegalArgumentException if n &lt; 1 or inputs holds fewer than size(0)·n values
     */
    public void forwardFastPoints(double[] inputs, int n) {
        int n0 = sizes[0];
        if (n < 1 || inputs == null || inputs.length / n0 < n) {
            throw new IllegalArgumentException("inputs (length " + (inputs == null ? "null" : inputs.length)
                    + ") must hold " + n0 + " values for each of n (" + n + ") points");
        }
        if (pointValues.length < nodeCount * n) {
            pointValues = new double[nodeCount * n];
        }
        pointCount = n;
        final double[] v = pointValues;
        for (int i = 0; i < n0 * n; i++) {
            v[i] = inputs[i];
        }
        forwardRows(v, v, n, true);
    }

    /**
     * The forward pass over n samples stored sample-major: value of node i for sample s at {@code i * n + s}.
     * The caller has put the inputs in the rows of layer 0 of {@code av}; z goes to {@code zv} and φ(z) to
     * {@code av}, which may be the same array when z is not needed afterwards. Each sample's sums are formed as
     * in {@link #forward}: the bias, then w·a over k = 0, 1, … With {@code fast}, tanh and sigmoid use
     * {@link FastActivation} (drawing only).
     */
    void forwardRows(double[] zv, double[] av, int n, boolean fast) {
        final double[] wv = weights;
        final double[] bv = biases;
        final int[] nodeOff = nodeOffset;
        final int[] size = sizes;
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
            activate(kinds[l], fast, zv, av, nodeOff[l] * n, nodeOff[l + 1] * n);
        }
    }

    /**
     * Copies the outputs of neuron {@code neuron} of {@code layer} (layer 0: the inputs) for the points of the
     * last {@link #forwardFastPoints} into out[offset ..  offset + n).
     */
    public void pointOutputs(int layer, int neuron, double[] out, int offset) {
        int n = pointCount;
        if (out == null || offset < 0 || offset > out.length - n) {
            throw new IllegalArgumentException("out (length " + (out == null ? "null" : out.length)
                    + ") must hold " + n + " values from offset " + offset);
        }
        int from = nodeIndex(layer, neuron, 0) * n;
        final double[] v = pointValues;
        for (int p = 0; p < n; p++) {
            out[offset + p] = v[from + p];
        }
    }

    /**
     * a[node] = φ(z[node]) for node in [start, end), one loop per kind so that no loop branches per neuron or
     * calls an enum method. With {@code fast}, tanh and sigmoid use {@link FastActivation} (drawing only).
     */
    private void activate(int kind, boolean fast, double[] zv, double[] av, int start, int end) {
        if (kind == KIND_TANH) {
            if (fast) {
                final double[] table = fastTable;
                for (int node = start; node < end; node++) {
                    av[node] = FastActivation.tanh(table, zv[node]);
                }
            } else {
                for (int node = start; node < end; node++) {
                    av[node] = Exponential.tanh(zv[node]);
                }
            }
        } else if (kind == KIND_SIGMOID) {
            if (fast) {
                final double[] table = fastTable;
                for (int node = start; node < end; node++) {
                    av[node] = FastActivation.sigmoid(table, zv[node]);
                }
            } else {
                for (int node = start; node < end; node++) {
                    av[node] = Exponential.sigmoid(zv[node]);
                }
            }
        } else if (kind == KIND_RELU) {
            for (int node = start; node < end; node++) {
                double v = zv[node];
                av[node] = v > 0 ? v : (v <= 0 ? 0 : v); // as Activation.RELU: NaN stays NaN
            }
        } else if (kind == KIND_LEAKY_RELU) {
            for (int node = start; node < end; node++) {
                double v = zv[node];
                av[node] = v > 0 ? v : Activation.LEAK * v;
            }
        } else {
            for (int node = start; node < end; node++) {
                av[node] = zv[node]; // linear: φ(z) = z
            }
        }
    }

    /** The KIND_ constant of a trainable activation (the constructor has refused step). */
    private static int kindOf(Activation act) {
        if (act == Activation.TANH) {
            return KIND_TANH;
        }
        if (act == Activation.SIGMOID) {
            return KIND_SIGMOID;
        }
        if (act == Activation.RELU) {
            return KIND_RELU;
        }
        return act == Activation.LEAKY_RELU ? KIND_LEAKY_RELU : KIND_LINEAR;
    }

    /** a^layer_neuron of the last forward pass (layer 0 = the inputs). */
    public double output(int layer, int neuron) {
        return a[nodeIndex(layer, neuron, 0)];
    }

    /** z^layer_neuron of the last forward pass (layer ≥ 1). */
    public double preActivation(int layer, int neuron) {
        return z[nodeIndex(layer, neuron, 1)];
    }

    /** δ^layer_neuron = ∂C/∂z of the last {@link #backward} (layer ≥ 1). */
    public double delta(int layer, int neuron) {
        return delta[nodeIndex(layer, neuron, 1)];
    }

    /**
     * Backpropagation for the sample of the last {@link #forward}, against targets[offset ..
     * offset + size(L)): computes δ for every layer and ADDS ∂C/∂w and ∂C/∂b of this sample to the
     * gradient buffers (call {@link #zeroGradients()} to start a new sum). Returns the sample's loss,
     * Σ_j C(a^L_j, y_j). Allocates nothing; NaN anywhere gives NaN loss and gradients.
     *
     * @throws IllegalArgumentException if the targets array is too short (or offset negative)
     */
    public double backward(double[] targets, int offset) {
        checkTargets(targets, offset);
        final double[] y = targetRow;
        for (int j = 0; j < y.length; j++) {
            y[j] = targets[offset + j];
        }
        double c = outputDeltasRows(z, a, delta, y, 1);
        backwardRows(z, a, delta, 1);
        return c;
    }

    /**
     * The loss of the last forward pass against targets[offset ..], Σ_j C(a^L_j, y_j), without
     * touching δ or the gradients.
     */
    public double sampleLoss(double[] targets, int offset) {
        checkTargets(targets, offset);
        int base = nodeOffset[layers];
        int n = sizes[layers];
        double c = 0;
        for (int j = 0; j < n; j++) {
            double y = targets[offset + j];
            c += outputLoss(z[base + j], a[base + j], y);
        }
        return c;
    }

    /** C of one output neuron with pre-activation z and output a against target y (from z for a logit output). */
    private double outputLoss(double z, double a, double y) {
        return logitOutput ? Loss.crossEntropyFromLogit(z, y) : loss.value(a, y);
    }

    /**
     * Σ over samples 0 … count − 1 of their losses (inputs of sample i at i·size(0), targets at i·size(L)), each
     * as {@link #sampleLoss} gives it after {@link #forward}, added in sample order: the same bits. The samples
     * go through {@link #forwardRows} {@link #LOSS_CHUNK} at a time, in buffers of their own, so the
     * single-sample values (z, a, δ) are untouched. The caller has checked the arrays.
     */
    double lossSum(double[] inputs, double[] targets, int count) {
        int n0 = sizes[0];
        int outputs = sizes[layers];
        int base = nodeOffset[layers];
        if (lossZ.length == 0) {
            lossZ = new double[nodeCount * LOSS_CHUNK];
            lossA = new double[nodeCount * LOSS_CHUNK];
        }
        final double[] zv = lossZ;
        final double[] av = lossA;
        double sum = 0;
        for (int first = 0; first < count; first += LOSS_CHUNK) {
            int n = Math.min(LOSS_CHUNK, count - first);
            for (int s = 0; s < n; s++) {
                for (int k = 0; k < n0; k++) {
                    av[k * n + s] = inputs[(first + s) * n0 + k];
                }
            }
            forwardRows(zv, av, n, false);
            for (int s = 0; s < n; s++) {
                double c = 0;
                for (int j = 0; j < outputs; j++) {
                    int at = (base + j) * n + s;
                    double y = targets[(first + s) * outputs + j];
                    c += outputLoss(zv[at], av[at], y);
                }
                sum += c;
            }
        }
        return sum;
    }

    /**
     * δ^L for n samples stored sample-major (see {@link #forwardRows}), against targets stored the same way
     * ({@code y[j * n + s]} for output j of sample s); returns the sum of the samples' losses, each sample's
     * Σ_j C added in sample order. One sample is the case n = 1 with this network's own z, a and δ.
     */
    double outputDeltasRows(double[] zv, double[] av, double[] dv, double[] y, int n) {
        int base = nodeOffset[layers];
        int outputs = sizes[layers];
        int kind = kinds[layers];
        double sum = 0;
        for (int s = 0; s < n; s++) {
            double c = 0;
            for (int j = 0; j < outputs; j++) {
                int at = (base + j) * n + s;
                double target = y[j * n + s];
                if (logitOutput) {
                    // C = softplus(z) − y z, so ∂C/∂z = σ(z) − y = a − y: no division by a(1 − a).
                    dv[at] = av[at] - target;
                    c += Loss.crossEntropyFromLogit(zv[at], target);
                } else {
                    // Without a logit output the loss is MSE (the constructor allows cross-entropy only behind a
                    // sigmoid): C = ½(y − a)², ∂C/∂a = a − y, written out as Loss.MSE computes them.
                    double out = av[at];
                    dv[at] = (out - target) * derivative(kind, zv[at], out);
                    double d = target - out;
                    c += 0.5 * d * d;
                }
            }
            sum += c;
        }
        return sum;
    }

    /**
     * Backpropagation for n samples stored sample-major, after {@link #outputDeltasRows}: δ of every earlier
     * layer, and each sample's ∂C/∂b and ∂C/∂w ADDED to the gradient buffers. Every number is formed in the same
     * order as sample after sample: a gradient adds the samples' terms in sample order, a δ of layer l − 1 adds
     * over the neurons of layer l in order.
     */
    void backwardRows(double[] zv, double[] av, double[] dv, int n) {
        final double[] wv = weights;
        final double[] wg = weightGradients;
        final double[] bg = biasGradients;
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
                scaleByDerivative(kinds[l - 1], zv, av, dv, inBase, inEnd);
            }
        }
    }

    /**
     * δ[node] *= φ′(z[node]) for node in [start, end), one loop per kind (see {@link #derivative}); the same
     * products, so the same bits, as multiplying by {@link Activation#derivative}.
     */
    private static void scaleByDerivative(int kind, double[] zv, double[] av, double[] dv, int start, int end) {
        if (kind == KIND_TANH) {
            for (int node = start; node < end; node++) {
                double t = av[node];
                dv[node] *= 1 - t * t;
            }
        } else if (kind == KIND_SIGMOID) {
            for (int node = start; node < end; node++) {
                double s = av[node];
                dv[node] *= s * (1 - s);
            }
        } else if (kind == KIND_RELU) {
            for (int node = start; node < end; node++) {
                dv[node] *= zv[node] > 0 ? 1 : 0;
            }
        } else if (kind == KIND_LEAKY_RELU) {
            for (int node = start; node < end; node++) {
                dv[node] *= zv[node] > 0 ? 1 : Activation.LEAK;
            }
        }
        // linear: φ′ = 1, and δ·1 = δ for every δ, NaN included.
    }

    /**
     * φ′(z) given also a = φ(z) from the forward pass. For tanh and sigmoid the derivative is a function of
     * the output (1 − a², a(1 − a)), and a is exactly the value {@link Activation#derivative} would compute
     * again, so this returns the same bits without a second exponential. NaN propagates as there.
     */
    private static double derivative(int kind, double z, double a) {
        if (kind == KIND_TANH) {
            return 1 - a * a;
        }
        if (kind == KIND_SIGMOID) {
            return a * (1 - a);
        }
        if (kind == KIND_RELU) {
            return z > 0 ? 1 : 0;
        }
        return kind == KIND_LEAKY_RELU ? (z > 0 ? 1 : Activation.LEAK) : 1;
    }

    /** ∂C/∂w^layer_(to, from) summed since the last {@link #zeroGradients()}. */
    public double weightGradient(int layer, int to, int from) {
        return weightGradients[weightIndex(layer, to, from)];
    }

    /** ∂C/∂b^layer_to summed since the last {@link #zeroGradients()}. */
    public double biasGradient(int layer, int to) {
        return biasGradients[biasIndex(layer, to)];
    }

    /** Sets every accumulated gradient to 0. */
    public void zeroGradients() {
        // Plain loops: TeaVM's Arrays.fill checks its range and reloads the array per element.
        final double[] wg = weightGradients;
        for (int i = 0; i < wg.length; i++) {
            wg[i] = 0;
        }
        final double[] bg = biasGradients;
        for (int i = 0; i < bg.length; i++) {
            bg[i] = 0;
        }
    }

    /**
     * An immutable snapshot, for display, of the forward and backward pass of ONE sample: z, a, δ of
     * every layer, ∂C/∂w and ∂C/∂b of this sample alone, the weights used and the loss. Runs on a
     * private copy, so this network's gradients, z, a and δ are untouched. Allocates.
     */
    public BackpropTrace trace(double[] inputs, int offset, double[] targets, int targetOffset) {
        Network c = copy();
        c.forward(inputs, offset);
        double sampleLoss = c.backward(targets, targetOffset);
        return new BackpropTrace(sizes, activations, loss, nodeOffset, weightOffset, c.z, c.a, c.delta,
                c.weights, c.biases, c.weightGradients, c.biasGradients, sampleLoss);
    }

    /** A network of the same shape with the same parameters; its gradients and pass values are 0. */
    public Network copy() {
        Activation[] acts = new Activation[layers];
        System.arraycopy(activations, 1, acts, 0, layers);
        Network n = new Network(sizes, acts, loss);
        n.copyParametersFrom(this);
        return n;
    }

    /**
     * Copies every weight and bias from {@code other}, which must have the same sizes (activations and
     * loss may differ).
     */
    public void copyParametersFrom(Network other) {
        if (other == null || !Arrays.equals(sizes, other.sizes)) {
            throw new IllegalArgumentException("other network (" + (other == null ? "null"
                    : Arrays.toString(other.sizes)) + ") must have sizes "
                    + Arrays.toString(sizes));
        }
        System.arraycopy(other.weights, 0, weights, 0, weightCount);
        System.arraycopy(other.biases, 0, biases, 0, nodeCount);
    }

    // Package-private views of the flat buffers for Trainer (same index formulas as above).

    double[] weightArray() {
        return weights;
    }

    double[] biasArray() {
        return biases;
    }

    double[] weightGradientArray() {
        return weightGradients;
    }

    double[] biasGradientArray() {
        return biasGradients;
    }

    /** The number of neurons of all layers together, inputs included: the length of z, a and δ. */
    int nodeCount() {
        return nodeCount;
    }

    /** The first node index of the hidden and output layers; biases below it are unused. */
    int firstBiasIndex() {
        return sizes[0];
    }

    private void checkTargets(double[] targets, int offset) {
        int n = sizes[layers];
        if (targets == null || offset < 0 || offset > targets.length - n) {
            throw new IllegalArgumentException("targets (length " + (targets == null ? "null" : targets.length)
                    + ") must hold " + n + " values from offset " + offset);
        }
    }

    private void checkLayer(int layer, int min) {
        if (layer < min || layer > layers) {
            throw new IllegalArgumentException("layer (" + layer + ") must be in " + min + ".." + layers);
        }
    }

    private int nodeIndex(int layer, int neuron, int minLayer) {
        checkLayer(layer, minLayer);
        if (neuron < 0 || neuron >= sizes[layer]) {
            throw new IllegalArgumentException("neuron (" + neuron + ") must be in 0.." + (sizes[layer] - 1)
                    + " for layer " + layer);
        }
        return nodeOffset[layer] + neuron;
    }

    private int biasIndex(int layer, int to) {
        return nodeIndex(layer, to, 1);
    }

    private int weightIndex(int layer, int to, int from) {
        checkLayer(layer, 1);
        if (to < 0 || to >= sizes[layer]) {
            throw new IllegalArgumentException("to (" + to + ") must be in 0.." + (sizes[layer] - 1)
                    + " for layer " + layer);
        }
        if (from < 0 || from >= sizes[layer - 1]) {
            throw new IllegalArgumentException("from (" + from + ") must be in 0.." + (sizes[layer - 1] - 1)
                    + " for layer " + layer);
        }
        return weightOffset[layer] + to * sizes[layer - 1] + from;
    }
}
