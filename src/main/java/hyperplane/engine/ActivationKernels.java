package hyperplane.engine;

/**
 * The trainable {@link Activation}s as loops over flat arrays, for the passes ({@link Network}, {@link BatchPass},
 * {@link DrawingPass}): the one place where φ and φ′ are written for speed. Each kernel gives exactly the bits of
 * {@link Activation#value} and {@link Activation#derivative} (ActivationKernelsTest checks every kind on special
 * and random arguments), except {@link #activateFast}, which is for drawing only.
 *
 * <p>Why a second form at all: a pass handles a whole layer with one call here, branching on an int once per
 * layer, so no loop calls an enum method per neuron or branches per value. The kinds are compile-time int
 * constants, which javac inlines, so this class has no static initialiser and TeaVM emits no
 * class-initialisation check in the loops that call it.
 *
 * <p>Ranges are flat indices [start, end) into the value arrays; a pass stores the value of node i for sample s at
 * i·n + s, so a layer's values of all n samples form one range.
 */
final class ActivationKernels {
    /** tanh; φ′ = 1 − a². */
    static final int TANH = 0;
    /** σ; φ′ = a(1 − a). */
    static final int SIGMOID = 1;
    /** max(0, z); φ′ = 1 above 0, else 0. */
    static final int RELU = 2;
    /** z above 0, else {@link Activation#LEAK}·z; φ′ = 1 above 0, else {@link Activation#LEAK}. */
    static final int LEAKY_RELU = 3;
    /** z; φ′ = 1. */
    static final int LINEAR = 4;

    private ActivationKernels() {
    }

    /**
     * The kind of a trainable activation.
     *
     * @throws IllegalArgumentException for {@link Activation#STEP} or null (gradient descent cannot train them)
     */
    static int kindOf(Activation act) {
        if (act == Activation.TANH) {
            return TANH;
        }
        if (act == Activation.SIGMOID) {
            return SIGMOID;
        }
        if (act == Activation.RELU) {
            return RELU;
        }
        if (act == Activation.LEAKY_RELU) {
            return LEAKY_RELU;
        }
        if (act == Activation.LINEAR) {
            return LINEAR;
        }
        throw new IllegalArgumentException("activation (" + act + ") must be trainable (not step)");
    }

    /**
     * av[i] = φ(zv[i]) for i in [start, end), one loop per kind; the bits of {@link Activation#value}. zv and av
     * may be the same array.
     */
    static void activate(int kind, double[] zv, double[] av, int start, int end) {
        if (kind == TANH) {
            for (int i = start; i < end; i++) {
                av[i] = Exponential.tanh(zv[i]);
            }
        } else if (kind == SIGMOID) {
            for (int i = start; i < end; i++) {
                av[i] = Exponential.sigmoid(zv[i]);
            }
        } else if (kind == RELU) {
            for (int i = start; i < end; i++) {
                double v = zv[i];
                av[i] = v > 0 ? v : (v <= 0 ? 0 : v); // as Activation.RELU: NaN stays NaN
            }
        } else if (kind == LEAKY_RELU) {
            for (int i = start; i < end; i++) {
                double v = zv[i];
                av[i] = v > 0 ? v : Activation.LEAK * v;
            }
        } else {
            for (int i = start; i < end; i++) {
                av[i] = zv[i]; // linear: φ(z) = z
            }
        }
    }

    /**
     * As {@link #activate}, but tanh and sigmoid read {@link FastActivation}'s table (absolute error below
     * {@link FastActivation#TANH_MAX_ERROR}): for DRAWING only. The other kinds have nothing to approximate and
     * give the exact bits. {@code table} is {@link FastActivation#table()}, which the caller keeps at hand.
     */
    static void activateFast(int kind, double[] table, double[] zv, double[] av, int start, int end) {
        if (kind == TANH) {
            for (int i = start; i < end; i++) {
                av[i] = FastActivation.tanh(table, zv[i]);
            }
        } else if (kind == SIGMOID) {
            for (int i = start; i < end; i++) {
                av[i] = FastActivation.sigmoid(table, zv[i]);
            }
        } else {
            activate(kind, zv, av, start, end);
        }
    }

    /**
     * dv[i] *= φ′(zv[i]) for i in [start, end), given av[i] = φ(zv[i]) from the forward pass; one loop per kind.
     * The same products, so the same bits, as multiplying by {@link #derivative} (and by
     * {@link Activation#derivative}).
     */
    static void scaleByDerivative(int kind, double[] zv, double[] av, double[] dv, int start, int end) {
        if (kind == TANH) {
            for (int i = start; i < end; i++) {
                double t = av[i];
                dv[i] *= 1 - t * t;
            }
        } else if (kind == SIGMOID) {
            for (int i = start; i < end; i++) {
                double s = av[i];
                dv[i] *= s * (1 - s);
            }
        } else if (kind == RELU) {
            for (int i = start; i < end; i++) {
                dv[i] *= zv[i] > 0 ? 1 : 0;
            }
        } else if (kind == LEAKY_RELU) {
            for (int i = start; i < end; i++) {
                dv[i] *= zv[i] > 0 ? 1 : Activation.LEAK;
            }
        }
        // linear: φ′ = 1, and δ·1 = δ for every δ, NaN included.
    }

    /**
     * φ′(z) given also a = φ(z) from the forward pass. For tanh and sigmoid the derivative is a function of the
     * output (1 − a², a(1 − a)), and a is exactly the value {@link Activation#derivative} computes again, so this
     * returns the same bits without a second exponential. NaN propagates as there.
     */
    static double derivative(int kind, double z, double a) {
        if (kind == TANH) {
            return 1 - a * a;
        }
        if (kind == SIGMOID) {
            return a * (1 - a);
        }
        if (kind == RELU) {
            return z > 0 ? 1 : 0;
        }
        return kind == LEAKY_RELU ? (z > 0 ? 1 : Activation.LEAK) : 1;
    }
}
