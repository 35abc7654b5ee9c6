package hyperplane.engine;

/**
 * The activation functions φ offered for a layer, each holding its value φ(z) and its derivative
 * φ′(z) side by side (as TensorFlow Playground's {@code Activations} and micrograd do).
 *
 * <p>The key is the lower-case token used in the URL and in model JSON. NaN in gives NaN out for
 * every function except {@link #STEP} (whose comparison {@code z >= 0} is false for NaN, so it gives
 * 0) and the derivatives of ReLU, leaky ReLU and step, which are decided by comparisons as well.
 *
 * <p>The network's passes do not call these methods per neuron: they use {@link ActivationKernels}, the same
 * functions as loops over a whole layer, which give exactly these bits (tested value for value). A new
 * trainable activation is a constant here and a kind there.
 *
 * <p>{@link #SOFTMAX} is the exception: a function of a whole layer, not of one neuron's z, so it has no
 * {@link #value} or {@link #derivative} (both throw) and only an output layer may use it ({@link #outputOnly()});
 * its kernels are {@link Softmax}. {@link #trainable()} is false for it, so every list of activations a layer
 * of any position may use (the playground's hidden activation, the links' {@code act} key, model files, the
 * activations explorer) leaves it out until it is offered on purpose.
 */
public enum Activation implements Keyed {
    /** σ(z) = 1/(1 + e^(−z)), σ′(z) = σ(z)(1 − σ(z)). Computed without overflow for any z. */
    SIGMOID("sigmoid", "Sigmoid") {
        @Override
        public double value(double z) {
            return sigmoid(z);
        }

        @Override
        public double derivative(double z) {
            double s = sigmoid(z);
            return s * (1 - s);
        }
    },
    /**
     * tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)), tanh′(z) = 1 − tanh²(z). Computed by {@link Exponential#tanh}
     * in plain double arithmetic, so every runtime gives the same bits (error below 1.3 ulp): Cephes' rational
     * form z + z·s·P(s)/Q(s) (s = z²) for |z| &lt; 0.625, which keeps full relative precision for small |z|;
     * 1 − 2/(e^(2|z|) + 1) up to |z| = 19.1; ±1 beyond, so nothing overflows (tanh(±1000) = ±1 exactly).
     */
    TANH("tanh", "Tanh") {
        @Override
        public double value(double z) {
            return tanh(z);
        }

        @Override
        public double derivative(double z) {
            double t = tanh(z);
            return 1 - t * t;
        }
    },
    /** ReLU(z) = max(0, z); ReLU′(z) = 0 for z ≤ 0 and 1 above (the kink at 0 gets 0). */
    RELU("relu", "ReLU") {
        @Override
        public double value(double z) {
            // Written as a comparison so NaN stays NaN (Math.max would too, but this is explicit).
            return z > 0 ? z : (z <= 0 ? 0 : z);
        }

        @Override
        public double derivative(double z) {
            return z > 0 ? 1 : 0;
        }
    },
    /** Leaky ReLU(z) = z for z &gt; 0, 0.01 z otherwise; derivative 1 above 0, 0.01 at and below 0. */
    LEAKY_RELU("leaky-relu", "Leaky ReLU") {
        @Override
        public double value(double z) {
            return z > 0 ? z : LEAK * z;
        }

        @Override
        public double derivative(double z) {
            return z > 0 ? 1 : LEAK;
        }
    },
    /** The identity φ(z) = z, φ′(z) = 1. */
    LINEAR("linear", "Linear") {
        @Override
        public double value(double z) {
            return z;
        }

        @Override
        public double derivative(double z) {
            return 1;
        }
    },
    /**
     * The perceptron's step: 1 for z ≥ 0, else 0. Its derivative is 0 everywhere it exists, so
     * gradient descent cannot train through it: {@link #trainable()} is false and {@link Network}
     * refuses it.
     */
    STEP("step", "Step") {
        @Override
        public double value(double z) {
            return z >= 0 ? 1 : 0;
        }

        @Override
        public double derivative(double z) {
            return 0;
        }
    },
    /**
     * Softmax over the K ≥ 2 neurons of an output layer: a_j = e^(z_j − m) / Σ_k e^(z_k − m), m = max_k z_k
     * (probabilities that sum to 1; subtracting m keeps e^x from overflowing). Each a_j depends on every z_k,
     * with ∂a_k/∂z_j = a_k (δ_kj − a_j), so there is no per-value φ(z) or φ′(z): {@link #value} and
     * {@link #derivative} throw. {@link Network} allows it on the output layer only ({@link #outputOnly()}).
     */
    SOFTMAX("softmax", "Softmax") {
        @Override
        public double value(double z) {
            throw new UnsupportedOperationException(WHOLE_LAYER);
        }

        @Override
        public double derivative(double z) {
            throw new UnsupportedOperationException(WHOLE_LAYER);
        }
    };

    /** The slope of leaky ReLU below zero. */
    public static final double LEAK = 0.01;

    private static final String WHOLE_LAYER = "softmax is a function of a whole layer's z, not of one value";

    private final Tag tag;

    Activation(String key, String label) {
        this.tag = new Tag(key, label);
    }

    /** φ(z). @throws UnsupportedOperationException for {@link #SOFTMAX}, which has no value of one z */
    public abstract double value(double z);

    /** φ′(z) = dφ/dz. @throws UnsupportedOperationException for {@link #SOFTMAX} (see its Jacobian there) */
    public abstract double derivative(double z);

    @Override
    public Tag tag() {
        return tag;
    }

    /**
     * Whether a layer in any position of a {@link Network} may use it: a function of each neuron's own z that
     * gradient descent can train through. False for {@link #STEP} (its derivative is 0 wherever it exists) and for
     * {@link #SOFTMAX}, which gradient descent does train but only as the output layer ({@link #outputOnly()}).
     */
    public boolean trainable() {
        return this != STEP && this != SOFTMAX;
    }

    /** Whether only an output layer may use it, with at least two neurons: true for {@link #SOFTMAX} alone. */
    public boolean outputOnly() {
        return this == SOFTMAX;
    }

    /**
     * The activation whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static Activation fromKey(String key) {
        return Keyed.fromKey(values(), key, "activation");
    }

    /** σ(z) without overflow; see {@link Exponential#sigmoid}. */
    static double sigmoid(double z) {
        return Exponential.sigmoid(z);
    }

    /** tanh(z) without overflow (see {@link #TANH}); see {@link Exponential#tanh}. */
    static double tanh(double z) {
        return Exponential.tanh(z);
    }
}
