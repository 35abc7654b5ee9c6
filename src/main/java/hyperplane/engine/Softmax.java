package hyperplane.engine;

/**
 * The softmax output layer's kernels, for every pass ({@link Network}, {@link BatchPass}, {@link DrawingPass}) and
 * for both losses behind it ({@link Loss}): the one copy of these loops, so that one sample alone and many samples
 * together give the same bits.
 *
 * <p>Softmax turns the K pre-activations z of the output layer into probabilities,
 * a_j = e^(z_j − m) / Σ_k e^(z_k − m) with m = max_k z_k. Subtracting m changes nothing in exact arithmetic
 * but keeps every exponent at or below 0, so no e^x overflows and the sum is at least 1: any finite z (|z| = 1000
 * or 10³⁰⁰) gives finite probabilities that sum to 1 within rounding. NaN in any z gives NaN in every a; an
 * infinite z too (∞ − ∞). The cross-entropy below is finite too, unless the gap max z − z_y itself overflows
 * (beyond 1.8·10³⁰⁸).
 *
 * <p>Behind a softmax output ({@link Loss} picks these forms when the output kind is
 * {@link ActivationKernels#SOFTMAX}):
 * <ul>
 *   <li>categorical cross-entropy C = −Σ_j y_j ln a_j, from z: −ln a_j = (m − z_j) + ln Σ_k e^(z_k − m), where
 *       the sum is 1 (the largest term) plus the rest r, and ln(1 + r) is taken as in {@link Loss#softplus} so a
 *       confident right answer keeps its small loss. A term with y_j = 0 is skipped (0 · ln 0 counts as 0).
 *       Its δ^L_j = a_j − y_j when the targets sum to 1 (one-hot): the softmax Jacobian
 *       ∂a_k/∂z_j = a_k (δ_kj − a_j) times ∂C/∂a_k = −y_k/a_k gives −y_j + a_j Σ_k y_k;</li>
 *   <li>mean squared error C = ½ Σ_j (y_j − a_j)², whose δ^L is the full Jacobian product
 *       δ_j = Σ_k (a_k − y_k) a_k (δ_kj − a_j) = a_j ((a_j − y_j) − Σ_k (a_k − y_k) a_k): O(K) per sample.</li>
 * </ul>
 *
 * <p>Layout as in {@link Loss}: the value of node i for sample s is at i·n + s; the output nodes are base … base +
 * K − 1; the target of output j of sample s is y[yOffset + s·sampleStride + j·outputStride]. Each sample's numbers
 * are formed in order j = 0, 1, …, and the samples' losses are added in order s = 0, 1, …
 *
 * <p>e^x is the engine's {@link Exponential#exp} (the same bits on every runtime); ln is {@link Math#log}, as in
 * {@link Loss#softplus}. No static initialiser, so TeaVM's loops call this class without an initialisation check.
 */
final class Softmax {
    /** Below this rest r, ln(1 + r) is taken as r − r²/2 (as {@link Loss#softplus} does). */
    private static final double TINY_REST = 1e-8;

    private Softmax() {
    }

    /**
     * av[(base + j)·n + s] = softmax of z over the outputs j = 0 … outputs − 1, for every sample s &lt; n. zv and av
     * may be the same array (the drawing pass), as each value is read before its own slot is written.
     */
    static void activate(double[] zv, double[] av, int base, int outputs, int n) {
        int last = (base + outputs - 1) * n;
        for (int s = 0; s < n; s++) {
            int first = base * n + s;
            double m = zv[first];
            for (int at = first + n; at <= last + s; at += n) {
                double v = zv[at];
                m = v > m ? v : m; // a NaN after the first is not taken, but its e^(NaN − m) makes the sum NaN
            }
            double sum = 0;
            for (int at = first; at <= last + s; at += n) {
                double e = Exponential.exp(zv[at] - m);
                av[at] = e;
                sum += e;
            }
            for (int at = first; at <= last + s; at += n) {
                av[at] /= sum;
            }
        }
    }

    /**
     * Writes δ^L = a − y into dv for n samples behind a softmax output under cross-entropy, and returns the sum of
     * their categorical cross-entropies (see the class comment).
     */
    static double crossEntropyDeltas(double[] zv, double[] av, double[] dv, int base, int outputs, int n,
            double[] y, int yOffset, int sampleStride, int outputStride) {
        double sum = 0;
        for (int s = 0; s < n; s++) {
            int ys = yOffset + s * sampleStride;
            for (int j = 0; j < outputs; j++) {
                int at = (base + j) * n + s;
                dv[at] = av[at] - y[ys + j * outputStride];
            }
            sum += crossEntropy(zv, base * n + s, n, outputs, y, ys, outputStride);
        }
        return sum;
    }

    /** {@code total} plus the categorical cross-entropies of n samples, formed as {@link #crossEntropyDeltas} does. */
    static double crossEntropySum(double total, double[] zv, int base, int outputs, int n, double[] y, int yOffset,
            int sampleStride, int outputStride) {
        double sum = total;
        for (int s = 0; s < n; s++) {
            sum += crossEntropy(zv, base * n + s, n, outputs, y, yOffset + s * sampleStride, outputStride);
        }
        return sum;
    }

    /**
     * −Σ_j y_j ln a_j of one sample from its pre-activations zv[first + j·n], computed as log-sum-exp (class
     * comment).
     */
    private static double crossEntropy(double[] zv, int first, int n, int outputs, double[] y, int ys,
            int outputStride) {
        int top = 0;
        double m = zv[first];
        for (int j = 1; j < outputs; j++) {
            double v = zv[first + j * n];
            if (v > m) {
                m = v;
                top = j;
            }
        }
        double rest = 0; // Σ_k e^(z_k − m) over every k but the largest, whose term is exactly 1
        for (int j = 0; j < outputs; j++) {
            if (j != top) {
                rest += Exponential.exp(zv[first + j * n] - m);
            }
        }
        double lnSum = rest < TINY_REST ? rest - 0.5 * rest * rest : Math.log(1 + rest);
        double c = 0;
        for (int j = 0; j < outputs; j++) {
            double target = y[ys + j * outputStride];
            if (target != 0) {
                c += target * ((m - zv[first + j * n]) + lnSum);
            }
        }
        return c;
    }

    /**
     * Writes δ^L, the softmax Jacobian times ∂C/∂a = a − y, into dv for n samples behind a softmax output under mean
     * squared error, and returns the sum of their losses ½ Σ_j (y_j − a_j)², formed as {@link Loss#MSE}'s sum forms
     * them (so its bits too).
     */
    static double squaredErrorDeltas(double[] av, double[] dv, int base, int outputs, int n, double[] y,
            int yOffset, int sampleStride, int outputStride) {
        double sum = 0;
        for (int s = 0; s < n; s++) {
            int ys = yOffset + s * sampleStride;
            double dot = 0; // Σ_k (a_k − y_k) a_k
            double c = 0;
            for (int k = 0; k < outputs; k++) {
                double out = av[(base + k) * n + s];
                double target = y[ys + k * outputStride];
                dot += (out - target) * out;
                double d = target - out;
                c += 0.5 * d * d;
            }
            for (int j = 0; j < outputs; j++) {
                int at = (base + j) * n + s;
                double out = av[at];
                dv[at] = out * ((out - y[ys + j * outputStride]) - dot);
            }
            sum += c;
        }
        return sum;
    }

    /** ∂a_k/∂z_j = a_k (δ_kj − a_j), the softmax Jacobian, from the probabilities a_k and a_j. */
    static double jacobian(double ak, double aj, boolean same) {
        return ak * ((same ? 1 : 0) - aj);
    }
}
