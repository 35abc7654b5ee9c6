package hyperplane.engine;

/**
 * The per-sample cost functions C(a, y) of an output a and a target y, with their derivative
 * dC/da beside them. Over n samples (and output neurons j) the network's cost is the mean of the
 * per-sample values: MSE C = 1/(2n) Σ‖y − a‖², cross-entropy C = −1/n Σ [y ln a + (1 − y) ln(1 − a)].
 *
 * <p>Each constant also holds its forms for the passes: {@link #outputDeltas} (δ^L = ∂C/∂z^L and the loss of
 * many samples at once) and {@link #sum} (the loss alone). Every pass ({@link Network#backward},
 * {@link Network#sampleLoss}, {@link BatchPass}) calls them, branching on the loss and on the output kind once per
 * call, never per value; a new loss is one more constant with its own pass forms. LossTest checks that the pass
 * forms give the bits of {@link #value} (or of a plain reference formula).
 *
 * <p>{@link Network} allows {@link #CROSS_ENTROPY} only behind a {@link Activation#SIGMOID} or
 * {@link Activation#SOFTMAX} output, and its pass forms rely on that:
 * <ul>
 *   <li>behind a sigmoid it is the binary cross-entropy above, per output, with δ^L = a − y and the stable form
 *       {@link #crossEntropyFromLogit(double, double)} instead of {@link #value} and {@link #derivative};</li>
 *   <li>behind a softmax it is the categorical cross-entropy C = −1/n Σ Σ_j y_j ln a_j over one-hot targets, with
 *       δ^L = a − y, computed from z by log-sum-exp ({@link Softmax}). So "cross-entropy" means the binary form
 *       behind a sigmoid and the categorical form behind a softmax: one setting, one link token, one file
 *       token, and the same δ^L = a − y. {@link #value} and {@link #derivative} remain the binary form.</li>
 * </ul>
 * {@link #MSE} behind a softmax keeps its value ½ Σ_j (y_j − a_j)², and its δ^L is the full softmax Jacobian
 * times a − y ({@link Softmax}). NaN in gives NaN out.
 *
 * <p>Layout of the pass forms: the value of node i for sample s is at i·n + s (n = 1 for one sample); the
 * output neurons j = 0 … outputs − 1 are the nodes base + j; the target of output j of sample s is
 * y[yOffset + s·sampleStride + j·outputStride]. The loss of a sample is Σ_j C formed in order j = 0, 1, …, and
 * the samples' losses are added in order s = 0, 1, …, so any n gives the bits of one sample after another.
 */
public enum Loss implements Keyed {
    /** C = ½ (y − a)², dC/da = a − y. */
    MSE("mse", "Mean squared error") {
        @Override
        public double value(double a, double y) {
            double d = y - a;
            return 0.5 * d * d;
        }

        @Override
        public double derivative(double a, double y) {
            return a - y;
        }

        /** Behind a softmax output, δ^L is the Jacobian product of {@link Softmax#squaredErrorDeltas}. */
        @Override
        double outputDeltas(int kind, double[] zv, double[] av, double[] dv, int base, int outputs, int n,
                double[] y, int yOffset, int sampleStride, int outputStride) {
            if (kind == ActivationKernels.SOFTMAX) {
                return Softmax.squaredErrorDeltas(av, dv, base, outputs, n, y, yOffset, sampleStride, outputStride);
            }
            double sum = 0;
            for (int s = 0; s < n; s++) {
                int ys = yOffset + s * sampleStride;
                double c = 0;
                for (int j = 0; j < outputs; j++) {
                    int at = (base + j) * n + s;
                    double target = y[ys + j * outputStride];
                    double out = av[at];
                    // δ = ∂C/∂a · φ′(z) = (a − y) φ′(z); C = ½(y − a)² as value() forms it.
                    dv[at] = (out - target) * ActivationKernels.derivative(kind, zv[at], out);
                    double d = target - out;
                    c += 0.5 * d * d;
                }
                sum += c;
            }
            return sum;
        }

        @Override
        double sum(double total, double[] zv, double[] av, int base, int outputs, int n, double[] y, int yOffset,
                int sampleStride, int outputStride) {
            double sum = total;
            for (int s = 0; s < n; s++) {
                int ys = yOffset + s * sampleStride;
                double c = 0;
                for (int j = 0; j < outputs; j++) {
                    double d = y[ys + j * outputStride] - av[(base + j) * n + s];
                    c += 0.5 * d * d; // value(a, y)
                }
                sum += c;
            }
            return sum;
        }
    },
    /**
     * C = −[y ln a + (1 − y) ln(1 − a)], dC/da = (a − y) / (a (1 − a)). For a of exactly 0 or 1 with a
     * target on the other side the value is +∞ (a genuine ln 0); the network avoids this by working
     * from z.
     */
    CROSS_ENTROPY("cross-entropy", "Cross-entropy") {
        @Override
        public double value(double a, double y) {
            // Skip a term whose weight is exactly 0 so that 0 · ln 0 counts as 0, its limit.
            double c = 0;
            if (y != 0) {
                c -= y * Math.log(a);
            }
            if (y != 1) {
                c -= (1 - y) * Math.log(1 - a);
            }
            return c;
        }

        @Override
        public double derivative(double a, double y) {
            return (a - y) / (a * (1 - a));
        }

        /**
         * Behind a sigmoid output: C = softplus(z) − y z, so δ = ∂C/∂z = σ(z) − y = a − y (no a(1 − a) division).
         * Behind a softmax output: the categorical form of {@link Softmax#crossEntropyDeltas}, also δ = a − y.
         */
        @Override
        double outputDeltas(int kind, double[] zv, double[] av, double[] dv, int base, int outputs, int n,
                double[] y, int yOffset, int sampleStride, int outputStride) {
            if (kind == ActivationKernels.SOFTMAX) {
                return Softmax.crossEntropyDeltas(zv, av, dv, base, outputs, n, y, yOffset, sampleStride,
                        outputStride);
            }
            double sum = 0;
            for (int s = 0; s < n; s++) {
                int ys = yOffset + s * sampleStride;
                double c = 0;
                for (int j = 0; j < outputs; j++) {
                    int at = (base + j) * n + s;
                    double target = y[ys + j * outputStride];
                    dv[at] = av[at] - target;
                    c += crossEntropyFromLogit(zv[at], target);
                }
                sum += c;
            }
            return sum;
        }

        @Override
        double sum(double total, double[] zv, double[] av, int base, int outputs, int n, double[] y, int yOffset,
                int sampleStride, int outputStride) {
            double sum = total;
            for (int s = 0; s < n; s++) {
                int ys = yOffset + s * sampleStride;
                double c = 0;
                for (int j = 0; j < outputs; j++) {
                    c += crossEntropyFromLogit(zv[(base + j) * n + s], y[ys + j * outputStride]);
                }
                sum += c;
            }
            return sum;
        }

        /** Behind a softmax output, the categorical form ({@link Softmax#crossEntropySum}); else the binary one. */
        @Override
        double sum(int kind, double total, double[] zv, double[] av, int base, int outputs, int n, double[] y,
                int yOffset, int sampleStride, int outputStride) {
            if (kind == ActivationKernels.SOFTMAX) {
                return Softmax.crossEntropySum(total, zv, base, outputs, n, y, yOffset, sampleStride, outputStride);
            }
            return sum(total, zv, av, base, outputs, n, y, yOffset, sampleStride, outputStride);
        }
    };

    private final Tag tag;

    Loss(String key, String label) {
        this.tag = new Tag(key, label);
    }

    /** The per-sample cost C(a, y). */
    public abstract double value(double a, double y);

    /** dC/da of the per-sample cost. */
    public abstract double derivative(double a, double y);

    /**
     * The pass form of the output layer's backward step for n samples (layout in the class comment): writes
     * δ^L = ∂C/∂z^L of every output into dv, from z, a = φ(z) (the output activation's {@link ActivationKernels}
     * kind) and the targets, and returns the sum of the samples' losses.
     */
    abstract double outputDeltas(int kind, double[] zv, double[] av, double[] dv, int base, int outputs, int n,
            double[] y, int yOffset, int sampleStride, int outputStride);

    /**
     * {@code total} plus the losses of n samples (layout in the class comment) behind an output of any elementwise
     * kind (every kind but softmax), added one sample at a time as {@link #outputDeltas} adds them, so that a sum
     * over many calls has the bits of one sample after another.
     */
    abstract double sum(double total, double[] zv, double[] av, int base, int outputs, int n, double[] y,
            int yOffset, int sampleStride, int outputStride);

    /**
     * As {@link #sum(double, double[], double[], int, int, int, double[], int, int, int)}, behind an output of
     * the {@link ActivationKernels} kind {@code kind}, softmax included: what the passes call. Mean squared error
     * reads only a, so its sum is the same for every kind; cross-entropy has its categorical form behind softmax.
     */
    double sum(int kind, double total, double[] zv, double[] av, int base, int outputs, int n, double[] y,
            int yOffset, int sampleStride, int outputStride) {
        return sum(total, zv, av, base, outputs, n, y, yOffset, sampleStride, outputStride);
    }

    /** {@link #checkOutput(Activation, int)} for a network with a single output, where softmax cannot be. */
    void checkOutput(Activation output) {
        checkOutput(output, 1);
    }

    /**
     * Refuses an output activation this loss cannot follow: cross-entropy needs a sigmoid output, or a softmax
     * over two or more outputs (its outputs must be probabilities, and its pass forms rely on δ^L = a − y). The
     * message offers softmax only when there are several outputs, as one output cannot be a softmax.
     *
     * @throws IllegalArgumentException naming the activation
     */
    void checkOutput(Activation output, int outputs) {
        if (this == CROSS_ENTROPY && output != Activation.SIGMOID && output != Activation.SOFTMAX) {
            throw new IllegalArgumentException(outputs == 1
                    ? "cross-entropy loss needs a sigmoid output, not " + output.label()
                            + " (its output must lie in (0, 1))"
                    : "cross-entropy loss needs a sigmoid or softmax output, not " + output.label()
                            + " (its outputs must be probabilities)");
        }
    }

    @Override
    public Tag tag() {
        return tag;
    }

    /**
     * The loss whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static Loss fromKey(String key) {
        return Keyed.fromKey(values(), key, "loss");
    }

    /**
     * Cross-entropy of a = σ(z) against y, computed from z so it never takes ln 0:
     * −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = softplus(z) − y z, with
     * softplus(z) = ln(1 + e^z) = max(z, 0) + ln(1 + e^(−|z|)). Finite for every finite z
     * (e.g. 800 for z = 800, y = 0); NaN for NaN z.
     */
    public static double crossEntropyFromLogit(double z, double y) {
        return softplus(z) - y * z;
    }

    /** softplus(z) = ln(1 + e^z), stable for any z; tiny tails use ln(1 + e) ≈ e − e²/2. */
    static double softplus(double z) {
        double e = Math.exp(-Math.abs(z));
        double tail = e < 1e-8 ? e - 0.5 * e * e : Math.log(1 + e);
        return (z > 0 ? z : 0) + tail;
    }
}
