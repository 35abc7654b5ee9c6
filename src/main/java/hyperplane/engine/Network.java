package hyperplane.engine;

import java.util.Arrays;

/**
 * A fully connected feedforward network with per-layer activations, trained by backpropagation.
 *
 * <p>Notation (Nielsen's, as in the lessons): layer l = 0..L has size(l) neurons, layer 0 being the
 * inputs; w^l_jk is the weight from neuron k of layer l−1 to neuron j of layer l, z^l = w^l a^(l−1) + b^l,
 * a^l = φ_l(z^l). {@link #forward} computes every z and a; {@link #backward} computes
 * δ^L = ∇_a C ⊙ φ′(z^L) (δ^L = a − y for a sigmoid or softmax output with cross-entropy; the softmax Jacobian
 * times ∇_a C for a softmax output with MSE), δ^l = ((w^(l+1))ᵀ δ^(l+1)) ⊙ φ′(z^l), and adds
 * ∂C/∂b^l_j = δ^l_j and ∂C/∂w^l_jk = a^(l−1)_k δ^l_j into the gradient buffers. Only the output layer may be a
 * softmax ({@link Activation#SOFTMAX}, over K ≥ 2 outputs).
 *
 * <p>Storage: everything lives in flat {@code double[]} arrays made once in the constructor.
 * Neuron j of layer l is at node index {@code nodeOffset[l] + j}, where nodeOffset[l] = size(0) + … +
 * size(l−1); z, a, δ and b (and their gradients) are indexed this way (slots of layer 0 in z, δ and b
 * are unused). Weight w^l_jk is at {@code weightOffset[l] + j * size(l−1) + k} in the weight and
 * weight-gradient arrays (row-major, one row per receiving neuron).
 *
 * <p>This class holds the shape, the parameters, their gradients and ONE sample's pass (z, a, δ, for the
 * numbers the page prints and the backprop inspector's {@link #trace}). The other passes read and write the same
 * arrays from their own classes: {@link BatchPass} trains and measures losses over many samples at once (the
 * {@link Trainer} uses it; {@link #backward} is its backward loop with one sample), {@link DrawingPass} evaluates
 * heatmaps. φ and φ′ of every pass are {@link ActivationKernels}; δ^L and the loss are the {@link Loss}'s.
 *
 * <p>Allocates after construction only in {@link #trace}, {@link #copy}, {@link #sizes()}, {@link #parameters()}
 * and at the first use of the row passes. Not thread-safe.
 */
public final class Network {
    /** The largest layer size accepted (far above what the page offers: 16 neurons, 7 inputs). */
    public static final int MAX_LAYER_SIZE = 1024;

    // The shape and the parameters are package-private: the passes of this package (BatchPass, DrawingPass) and
    // the Trainer read them directly, with the index formulas of the class comment. Gradients are written only
    // by backward passes and zeroGradients, parameters only by this class and Trainer.
    final int[] sizes;
    final int layers;
    final int[] nodeOffset; // nodeOffset[l] = size(0) + … + size(l − 1), for l = 0 … L + 1
    final int[] weightOffset; // weightOffset[l] = the index of w^l_00, for l = 1 … L + 1
    final int nodeCount; // the neurons of all layers, inputs included: the length of z, a, δ and b
    private final int weightCount;
    private final Activation[] activations; // activations[l] for l = 1..L; index 0 unused (null)
    final int[] kinds; // the ActivationKernels kind of layer l = 1..L: the passes branch on it once per layer
    final Loss loss;
    final double[] weights;
    final double[] biases; // at node indices; the slots of layer 0 (below sizes[0]) are unused
    final double[] weightGradients;
    final double[] biasGradients;
    private final double[] z;
    private final double[] a;
    private final double[] delta;
    private BatchPass batchPass; // the row passes over many samples, made at their first use

    /**
     * A network with all parameters 0 (call {@link #initialize} to draw weights).
     *
     * @param sizes sizes[0] inputs, sizes[l] neurons of layer l, sizes[L] outputs; at least two entries,
     *     each ≥ 1
     * @param activations activations[l − 1] is the activation of layer l = 1..L; each must be trainable, except
     *     that the last may be {@link Activation#SOFTMAX} when there are at least 2 outputs
     * @param loss the cost; {@link Loss#CROSS_ENTROPY} requires a {@link Activation#SIGMOID} or
     *     {@link Activation#SOFTMAX} output
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
        int[] kinds = ActivationKernels.kindsOf(activations, sizes);
        loss.checkOutput(activations[activations.length - 1], sizes[sizes.length - 1]);
        this.kinds = kinds;
        this.sizes = sizes.clone();
        this.layers = sizes.length - 1;
        this.activations = new Activation[layers + 1];
        System.arraycopy(activations, 0, this.activations, 1, layers);
        this.loss = loss;
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
        return biases[nodeIndex(layer, to, 1)];
    }

    /** Sets b^layer_to. */
    public void setBias(int layer, int to, double value) {
        biases[nodeIndex(layer, to, 1)] = value;
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
                double r = Initialization.range(activations[l], sizes[l - 1], sizes[l]);
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
            ActivationKernels.activateLayer(kinds[l], null, zv, av, start, end, 1);
        }
        return av[nodeOff[layers]];
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
     * Σ_j C(a^L_j, y_j) (−Σ_j y_j ln a^L_j behind a softmax under cross-entropy, whose targets are one-hot).
     * Allocates nothing; NaN anywhere gives NaN loss and gradients.
     *
     * @throws IllegalArgumentException if the targets array is too short (or offset negative)
     */
    public double backward(double[] targets, int offset) {
        checkTargets(targets, offset);
        // The row passes with n = 1: the only copy of backpropagation's loops (see BatchPass).
        double c = loss.outputDeltas(kinds[layers], z, a, delta, nodeOffset[layers], sizes[layers], 1, targets,
                offset, 0, 1);
        BatchPass.backwardRows(this, z, a, delta, 1);
        return c;
    }

    /**
     * The loss of the last forward pass against targets[offset ..], as {@link #backward} returns it, without
     * touching δ or the gradients.
     */
    public double sampleLoss(double[] targets, int offset) {
        checkTargets(targets, offset);
        return loss.sum(kinds[layers], 0, z, a, nodeOffset[layers], sizes[layers], 1, targets, offset, 0, 1);
    }

    /** ∂C/∂w^layer_(to, from) summed since the last {@link #zeroGradients()}. */
    public double weightGradient(int layer, int to, int from) {
        return weightGradients[weightIndex(layer, to, from)];
    }

    /** ∂C/∂b^layer_to summed since the last {@link #zeroGradients()}. */
    public double biasGradient(int layer, int to) {
        return biasGradients[nodeIndex(layer, to, 1)];
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
        double[] y = Arrays.copyOfRange(targets, targetOffset, targetOffset + sizes[layers]);
        return new BackpropTrace(sizes, activations, loss, nodeOffset, weightOffset, c.z, c.a, c.delta,
                c.weights, c.biases, c.weightGradients, c.biasGradients, sampleLoss, y);
    }

    /** A network of the same shape with the same parameters; its gradients and pass values are 0. */
    public Network copy() {
        Network n = new Network(sizes, Arrays.copyOfRange(activations, 1, layers + 1), loss);
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
                    : Arrays.toString(other.sizes)) + ") must have sizes " + Arrays.toString(sizes));
        }
        System.arraycopy(other.weights, 0, weights, 0, weightCount);
        System.arraycopy(other.biases, 0, biases, 0, nodeCount);
    }

    /** The row passes over this network ({@link Trainer}, {@link Trainer#meanLoss}), made at the first call. */
    BatchPass batchPass() {
        if (batchPass == null) {
            batchPass = new BatchPass(this);
        }
        return batchPass;
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

    /** nodeOffset[layer] + neuron, checked: layer in minLayer … L, neuron inside the layer. */
    int nodeIndex(int layer, int neuron, int minLayer) {
        checkLayer(layer, minLayer);
        checkIndex("neuron", neuron, sizes[layer], layer);
        return nodeOffset[layer] + neuron;
    }

    private int weightIndex(int layer, int to, int from) {
        checkLayer(layer, 1);
        checkIndex("to", to, sizes[layer], layer);
        checkIndex("from", from, sizes[layer - 1], layer);
        return weightOffset[layer] + to * sizes[layer - 1] + from;
    }

    private static void checkIndex(String name, int index, int count, int layer) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(name + " (" + index + ") must be in 0.." + (count - 1) + " for layer "
                    + layer);
        }
    }
}
