package hyperplane.engine;

/**
 * An immutable snapshot of one sample's forward and backward pass through a {@link Network}, for the
 * backprop inspector: z^l_j, a^l_j and δ^l_j = ∂C/∂z^l_j for every layer, the weights and biases
 * used, this sample's ∂C/∂w^l_jk = a^(l−1)_k δ^l_j and ∂C/∂b^l_j = δ^l_j, and its loss.
 *
 * <p>Indices follow {@link Network}: layer 0 is the input layer (only {@link #a} is defined there);
 * layers 1..L have z, a, δ, biases and incoming weights. Made by {@link Network#trace}.
 *
 * <p>The output layer's step is also given in parts, for every output activation and loss alike:
 * δ^L_j = Σ_k ∂C/∂a_k · ∂a_k/∂z_j, with the target {@link #target y_k}, the loss's derivative
 * {@link #outputGradient ∂C/∂a_k} and the activation's Jacobian {@link #outputJacobian ∂a_k/∂z_j}. For an
 * elementwise output the Jacobian is diagonal (φ′(z_j)); for a {@link Activation#SOFTMAX} output, whose a^L are
 * probabilities and whose targets are one-hot, it is full, a_k (δ_kj − a_j). Under cross-entropy the product
 * collapses: Σ_k (−y_k/a_k) a_k (δ_kj − a_j) = a_j Σ_k y_k − y_j = a_j − y_j, which is the δ^L the engine uses;
 * under mean squared error it is the Jacobian product itself. {@link #delta} always holds the engine's δ^L (the
 * sum of parts agrees with it to rounding).
 */
public final class BackpropTrace {
    private final int[] sizes;
    private final Activation[] activations;
    private final Loss lossFunction;
    private final int[] nodeOffset;
    private final int[] weightOffset;
    private final double[] z;
    private final double[] a;
    private final double[] delta;
    private final double[] weights;
    private final double[] biases;
    private final double[] weightGradients;
    private final double[] biasGradients;
    private final double loss;
    private final double[] targets;

    BackpropTrace(int[] sizes, Activation[] activations, Loss lossFunction, int[] nodeOffset, int[] weightOffset,
            double[] z, double[] a, double[] delta, double[] weights, double[] biases, double[] weightGradients,
            double[] biasGradients, double loss, double[] targets) {
        this.sizes = sizes.clone();
        this.activations = activations.clone();
        this.lossFunction = lossFunction;
        this.nodeOffset = nodeOffset.clone();
        this.weightOffset = weightOffset.clone();
        this.z = z.clone();
        this.a = a.clone();
        this.delta = delta.clone();
        this.weights = weights.clone();
        this.biases = biases.clone();
        this.weightGradients = weightGradients.clone();
        this.biasGradients = biasGradients.clone();
        this.loss = loss;
        this.targets = targets.clone();
    }

    /** L, the number of weight layers. */
    public int layerCount() {
        return sizes.length - 1;
    }

    /** Neurons in layer {@code layer} (0 = inputs). */
    public int size(int layer) {
        checkLayer(layer, 0);
        return sizes[layer];
    }

    /** The activation of layer 1..L. */
    public Activation activation(int layer) {
        checkLayer(layer, 1);
        return activations[layer];
    }

    /** The network's cost function. */
    public Loss lossFunction() {
        return lossFunction;
    }

    /** This sample's loss: Σ_j C(a^L_j, y_j), or −Σ_j y_j ln a^L_j behind a softmax under cross-entropy. */
    public double loss() {
        return loss;
    }

    /** z^layer_j (layer ≥ 1). */
    public double z(int layer, int j) {
        return z[node(layer, j, 1)];
    }

    /** a^layer_j (layer 0 = the inputs). */
    public double a(int layer, int j) {
        return a[node(layer, j, 0)];
    }

    /** δ^layer_j = ∂C/∂z^layer_j (layer ≥ 1). */
    public double delta(int layer, int j) {
        return delta[node(layer, j, 1)];
    }

    /** b^layer_to used in this pass. */
    public double bias(int layer, int to) {
        return biases[node(layer, to, 1)];
    }

    /** ∂C/∂b^layer_to = δ^layer_to for this sample. */
    public double biasGradient(int layer, int to) {
        return biasGradients[node(layer, to, 1)];
    }

    /** w^layer_(to, from) used in this pass. */
    public double weight(int layer, int to, int from) {
        return weights[weightIndex(layer, to, from)];
    }

    /** ∂C/∂w^layer_(to, from) = a^(layer−1)_from δ^layer_to for this sample. */
    public double weightGradient(int layer, int to, int from) {
        return weightGradients[weightIndex(layer, to, from)];
    }

    /** y_j, the target of output j (for a softmax output, 1 for the sample's class and 0 for the others). */
    public double target(int j) {
        return targets[node(sizes.length - 1, j, 1) - nodeOffset[sizes.length - 1]];
    }

    /**
     * ∂C/∂a^L_k, the loss's derivative at output k: a_k − y_k under mean squared error; under cross-entropy
     * (a_k − y_k)/(a_k (1 − a_k)) behind a sigmoid and −y_k/a_k behind a softmax (0 when y_k = 0, the term being
     * absent; −∞ when a_k has rounded to 0 under a target of 1). Behind a sigmoid that has rounded to 0 or 1 the
     * quotient is infinite or NaN, though δ^L = a − y stays finite. NaN in gives NaN.
     */
    public double outputGradient(int k) {
        int top = sizes.length - 1;
        double ak = a(top, k);
        double yk = target(k);
        if (lossFunction == Loss.CROSS_ENTROPY && activations[top] == Activation.SOFTMAX) {
            return yk == 0 ? 0 : -yk / ak;
        }
        return lossFunction.derivative(ak, yk);
    }

    /**
     * ∂a^L_k/∂z^L_j, the output activation's Jacobian: a_k (δ_kj − a_j) for a softmax output; for an elementwise
     * output φ′(z_j) when k = j and 0 otherwise.
     */
    public double outputJacobian(int k, int j) {
        int top = sizes.length - 1;
        double ak = a(top, k);
        double aj = a(top, j);
        Activation act = activations[top];
        if (act == Activation.SOFTMAX) {
            return Softmax.jacobian(ak, aj, k == j);
        }
        return k == j ? ActivationKernels.derivative(ActivationKernels.kindOf(act), z(top, j), aj) : 0;
    }

    private void checkLayer(int layer, int min) {
        if (layer < min || layer >= sizes.length) {
            throw new IllegalArgumentException("layer (" + layer + ") must be in " + min + ".." + (sizes.length - 1));
        }
    }

    private int node(int layer, int j, int minLayer) {
        checkLayer(layer, minLayer);
        if (j < 0 || j >= sizes[layer]) {
            throw new IllegalArgumentException("neuron (" + j + ") must be in 0.." + (sizes[layer] - 1)
                    + " for layer " + layer);
        }
        return nodeOffset[layer] + j;
    }

    private int weightIndex(int layer, int to, int from) {
        node(layer, to, 1);
        if (from < 0 || from >= sizes[layer - 1]) {
            throw new IllegalArgumentException("from (" + from + ") must be in 0.." + (sizes[layer - 1] - 1)
                    + " for layer " + layer);
        }
        return weightOffset[layer] + to * sizes[layer - 1] + from;
    }
}
