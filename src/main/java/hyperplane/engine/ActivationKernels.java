package hyperplane.engine;

/**
 * The trainable {@link Activation}s as loops over flat arrays, for the passes ({@link Network}, {@link BatchPass},
 * {@link DrawingPass}): the one place where φ and φ′ are written for speed. Each kernel gives exactly the bits of
 * {@link Activation#value} and {@link Activation#derivative} (ActivationKernelsTest checks every kind on special
 * and random arguments), except {@link #activateFast}, which is for drawing only.
 *
 * <p>{@link #SOFTMAX} is the one kind that is not a function of each value alone: it is an output layer's kind
 * only, the passes reach it through {@link #activateLayer} (which hands it to {@link Softmax}), and the
 * elementwise kernels {@link #activate}, {@link #activateFast} and {@link #scaleByDerivative} refuse it. The
 * loss forms behind a softmax output never call {@link #derivative} (see {@link Loss}).
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
    /** The softmax over a whole output layer ({@link Softmax}); not elementwise. */
    static final int SOFTMAX = 5;

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
        if (act == Activation.SOFTMAX) {
            return SOFTMAX;
        }
        throw new IllegalArgumentException("activation (" + act + ") must be trainable (not step)");
    }

    /**
     * The kind of each layer l = 1 … L of a network with these sizes and activations (activations[l − 1] for
     * layer l; index 0 of the result unused), checking that a network may use them: each is trainable, and
     * {@link Activation#SOFTMAX} (see {@link Activation#outputOnly()}) is only on the output layer, with at least
     * two outputs.
     *
     * @throws IllegalArgumentException naming the offending layer
     */
    static int[] kindsOf(Activation[] activations, int[] sizes) {
        int[] kinds = new int[sizes.length];
        int last = activations.length - 1;
        for (int i = 0; i <= last; i++) {
            Activation act = activations[i];
            if (act == Activation.SOFTMAX && i < last) {
                throw new IllegalArgumentException("activations[" + i + "] (softmax) is for the output layer only: "
                        + "it turns a whole layer into probabilities");
            }
            if (act == Activation.SOFTMAX && sizes[i + 1] < 2) {
                throw new IllegalArgumentException("a softmax output needs at least 2 neurons, not " + sizes[i + 1]
                        + " (the probability of a single output is always 1)");
            }
            if (act == null || !(act.trainable() || act.outputOnly())) {
                throw new IllegalArgumentException("activations[" + i + "] (" + act
                        + ") must be a trainable activation (not step)");
            }
            kinds[i + 1] = kindOf(act);
        }
        return kinds;
    }

    /**
     * φ of the nodes [first, end) of one layer for n samples stored sample-major (value of node i for sample s at
     * i·n + s): the softmax over the layer per sample ({@link Softmax#activate}) for {@link #SOFTMAX}, else
     * {@link #activate} over the layer's whole range, or {@link #activateFast} when a {@code fastTable} is given
     * (drawing only; softmax has no fast form and is exact there too). zv and av may be the same array.
     */
    static void activateLayer(int kind, double[] fastTable, double[] zv, double[] av, int first, int end, int n) {
        if (kind == SOFTMAX) {
            Softmax.activate(zv, av, first, end - first, n);
        } else if (fastTable == null) {
            activate(kind, zv, av, first * n, end * n);
        } else {
            activateFast(kind, fastTable, zv, av, first * n, end * n);
        }
    }

    /**
     * av[i] = φ(zv[i]) for i in [start, end), one loop per kind; the bits of {@link Activation#value}. zv and av
     * may be the same array. Elementwise kinds only: {@link #SOFTMAX} is refused (use {@link #activateLayer}).
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
        } else if (kind == SOFTMAX) {
            throw wholeLayer();
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
     * {@link Activation#derivative}). Elementwise kinds only: {@link #SOFTMAX} is refused.
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
        } else if (kind == SOFTMAX) {
            throw wholeLayer(); // never a hidden layer's kind (kindsOf), and the output's δ comes from the Loss
        }
        // linear: φ′ = 1, and δ·1 = δ for every δ, NaN included.
    }

    /** The refusal of {@link #SOFTMAX} by an elementwise kernel. */
    private static IllegalArgumentException wholeLayer() {
        return new IllegalArgumentException("softmax acts on a whole layer, not value by value");
    }

    /**
     * φ′(z) given also a = φ(z) from the forward pass. For tanh and sigmoid the derivative is a function of the
     * output (1 − a², a(1 − a)), and a is exactly the value {@link Activation#derivative} computes again, so this
     * returns the same bits without a second exponential. NaN propagates as there. Elementwise kinds only, not
     * checked, as this runs per value: the loss forms behind a softmax output use {@link Softmax}'s Jacobian.
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
