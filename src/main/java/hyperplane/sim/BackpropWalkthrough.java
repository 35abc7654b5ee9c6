package hyperplane.sim;

import hyperplane.data.Dataset;
import hyperplane.data.FeatureMap;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.BackpropTrace;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;

/**
 * The backprop inspector's lesson for one point: the engine's {@link BackpropTrace} of that point, cut into
 * the steps the inspector walks through, and the one-point update w ← w − η ∂C/∂w, b ← b − η ∂C/∂b.
 *
 * <p><b>Steps</b> (L = number of weight layers, 3L + 1 steps in all):
 * <ol>
 *   <li>steps 0 … L − 1, {@link Kind#FORWARD} for layer l = step + 1: z^l_j = Σ_k w^l_jk a^(l−1)_k + b^l_j and
 *       a^l_j = φ(z^l_j);</li>
 *   <li>step L, {@link Kind#COST}: the point's cost C(a^L, y);</li>
 *   <li>step L + 1, {@link Kind#OUTPUT_DELTA}: δ^L = ∇_a C ⊙ φ′(z^L) (δ^L = a − y for a sigmoid output under
 *       cross-entropy); behind a softmax the chain rule through its Jacobian, δ^L_j = Σ_k ∂C/∂a_k · ∂a_k/∂z_j,
 *       which collapses to a_j − y_j under cross-entropy;</li>
 *   <li>steps L + 2 … 2L, {@link Kind#HIDDEN_DELTA} for l = L − 1 down to 1:
 *       δ^l = ((w^(l+1))ᵀ δ^(l+1)) ⊙ φ′(z^l);</li>
 *   <li>steps 2L + 1 … 3L, {@link Kind#GRADIENTS} for l = L down to 1: ∂C/∂b^l_j = δ^l_j and
 *       ∂C/∂w^l_jk = a^(l−1)_k δ^l_j.</li>
 * </ol>
 * Source of the equations: M. Nielsen, <i>Neural Networks and Deep Learning</i>, chapter 2 (BP1–BP4).
 *
 * <p><b>Summaries.</b> A layer of at most {@link #FULL_LAYER} neurons shows every neuron's equation in full;
 * in a bigger layer only the focused neuron's row is written out ({@link #expanded}) and the others show just
 * their results, so the largest offered network (16 neurons a layer) stays readable.
 *
 * <p>Every number shown comes from the trace. The few helper values that are not in it (φ′(z), ∂C/∂a, the softmax's
 * shift, exponentials and sum, and the back-propagated sum Σ_k w^(l+1)_kj δ^(l+1)_k) are formed here from the
 * trace's own z, a, w and δ, so they multiply back to the trace's δ. A NaN anywhere in the trace stays NaN in them. Immutable.
 */
public final class BackpropWalkthrough {
    /** Layers with at most this many neurons show every neuron's equation written out. */
    public static final int FULL_LAYER = 4;

    /** What a step shows. */
    public enum Kind {
        /** z = Σ w a + b and a = φ(z) for one layer. */
        FORWARD,
        /** The point's cost. */
        COST,
        /** δ^L = ∇_a C ⊙ φ′(z^L). */
        OUTPUT_DELTA,
        /** δ^l = ((w^(l+1))ᵀ δ^(l+1)) ⊙ φ′(z^l). */
        HIDDEN_DELTA,
        /** ∂C/∂b = δ and ∂C/∂w = a_in δ_out for one layer. */
        GRADIENTS
    }

    private final BackpropTrace trace;
    private final double[] inputs;
    private final double[] targets;
    private final int point;
    private final int layers;

    /**
     * The walkthrough of {@code network} on the given inputs and targets.
     *
     * @param inputs  the network's input vector (size(0) values; copied)
     * @param targets the target of every output neuron (size(L) values; copied)
     * @param point   the point's index in its dataset, for display (≥ −1)
     * @throws IllegalArgumentException on a null network or arrays of the wrong length
     */
    public BackpropWalkthrough(Network network, double[] inputs, double[] targets, int point) {
        if (network == null) {
            throw new IllegalArgumentException("network must be given (was null)");
        }
        int l = network.layerCount();
        if (inputs == null || inputs.length != network.size(0)) {
            throw new IllegalArgumentException("inputs (length " + (inputs == null ? "null" : inputs.length)
                    + ") must hold the network's " + network.size(0) + " inputs");
        }
        if (targets == null || targets.length != network.size(l)) {
            throw new IllegalArgumentException("targets (length " + (targets == null ? "null" : targets.length)
                    + ") must hold the network's " + network.size(l) + " outputs");
        }
        if (point < -1) {
            throw new IllegalArgumentException("point (" + point + ") must be >= -1");
        }
        this.inputs = inputs.clone();
        this.targets = targets.clone();
        this.point = point;
        this.layers = l;
        this.trace = network.trace(this.inputs, 0, this.targets, 0);
    }

    /**
     * The walkthrough of point {@code point} of {@code data}: its features by {@link FeatureMap#transform}, its
     * target by {@link FeatureMap#fill}'s rule (a classification label 0/1 becomes −1/+1 behind a tanh output; behind
     * a softmax over K outputs label c becomes the one-hot y with y_c = 1 and the others 0).
     *
     * @throws IllegalArgumentException on null arguments, a point out of range, a network whose inputs do not match
     *     the features or that has several outputs without a softmax, or a label that is not a class below K
     */
    public static BackpropWalkthrough of(Network network, FeatureMap features, Dataset data, int point) {
        if (network == null || features == null || data == null) {
            throw new IllegalArgumentException("network, features and data must be given (one was null)");
        }
        if (point < 0 || point >= data.size()) {
            throw new IllegalArgumentException("point (" + point + ") must be in 0.." + (data.size() - 1));
        }
        int top = network.layerCount();
        int outputs = network.size(top);
        boolean softmax = network.activation(top) == Activation.SOFTMAX;
        if (network.size(0) != features.count() || (outputs != 1 && !softmax)) {
            throw new IllegalArgumentException("network (" + network.size(0) + " inputs, " + outputs
                    + " outputs) must have " + features.count() + " inputs and 1 output, or a softmax output");
        }
        double[] x = new double[features.count()];
        features.transform(data.x1(point), data.x2(point), x, 0);
        double y = data.label(point);
        if (softmax) {
            if (data.problemType() != ProblemType.CLASSIFICATION || !(y >= 0 && y < outputs) || y != (int) y) {
                throw new IllegalArgumentException("label of point " + point + " (" + y + ") must be a class in 0.."
                        + (outputs - 1) + " behind a softmax of " + outputs + " outputs");
            }
            double[] oneHot = new double[outputs];
            oneHot[(int) y] = 1;
            return new BackpropWalkthrough(network, x, oneHot, point);
        }
        boolean signed = network.activation(top) == Activation.TANH
                && data.problemType() == ProblemType.CLASSIFICATION;
        return new BackpropWalkthrough(network, x, new double[] {signed ? 2 * y - 1 : y}, point);
    }

    /** The engine's trace of this point. */
    public BackpropTrace trace() {
        return trace;
    }

    /** The point's index in its dataset (−1 when made from bare inputs). */
    public int point() {
        return point;
    }

    /** The input a^0_k. */
    public double input(int k) {
        return trace.a(0, k);
    }

    /** The target y_j of output neuron j. */
    public double target(int j) {
        if (j < 0 || j >= targets.length) {
            throw new IllegalArgumentException("output (" + j + ") must be in 0.." + (targets.length - 1));
        }
        return targets[j];
    }

    /** L, the number of weight layers. */
    public int layerCount() {
        return layers;
    }

    /** Whether the output layer is a softmax over K ≥ 2 classes (its a^L are probabilities, y one-hot). */
    public boolean softmaxOutput() {
        return trace.activation(layers) == Activation.SOFTMAX;
    }

    /** Behind a softmax, the point's class c (the output whose target y_c is 1); −1 for any other output. */
    public int targetClass() {
        if (!softmaxOutput()) {
            return -1;
        }
        for (int j = 0; j < targets.length; j++) {
            if (targets[j] == 1) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The output the readouts follow: a^L_0, or behind a softmax a^L_c, the probability the network gives the point's
     * own class c.
     */
    public double output() {
        return trace.a(layers, shownOutput());
    }

    /** The index of {@link #output()}'s neuron: c behind a softmax, else 0. */
    private int shownOutput() {
        return Math.max(0, targetClass());
    }

    /** 3L + 1. */
    public int stepCount() {
        return 3 * layers + 1;
    }

    /** What step {@code step} shows. */
    public Kind kind(int step) {
        checkStep(step);
        if (step < layers) {
            return Kind.FORWARD;
        }
        if (step == layers) {
            return Kind.COST;
        }
        if (step == layers + 1) {
            return Kind.OUTPUT_DELTA;
        }
        return step <= 2 * layers ? Kind.HIDDEN_DELTA : Kind.GRADIENTS;
    }

    /** The layer step {@code step} is about (the output layer L for the cost). */
    public int layer(int step) {
        checkStep(step);
        if (step < layers) {
            return step + 1;
        }
        if (step <= 2 * layers) {
            // COST and OUTPUT_DELTA are at L; HIDDEN_DELTA step L + 1 + i is at L − i.
            return step == layers ? layers : 2 * layers + 1 - step;
        }
        return 3 * layers + 1 - step;
    }

    /** Whether the step belongs to the backward pass (links then show |∂C/∂w|, not the weights). */
    public boolean backward(int step) {
        return kind(step) != Kind.FORWARD && kind(step) != Kind.COST;
    }

    /** A short heading for the step, such as "Forward pass: hidden layer 1" or "Backward: δ of the output". */
    public String title(int step) {
        int l = layer(step);
        String name = layerName(l);
        return switch (kind(step)) {
            case FORWARD -> "Forward pass: " + name;
            case COST -> "Cost of this point";
            case OUTPUT_DELTA -> "Backward pass: error δ of the output layer";
            case HIDDEN_DELTA -> "Backward pass: error δ of " + name;
            case GRADIENTS -> "Gradients of " + name + ": ∂C/∂b and ∂C/∂w";
        };
    }

    /** "the output layer" for L, "hidden layer l" otherwise, "the inputs" for 0. */
    public String layerName(int layer) {
        if (layer == layers) {
            return "the output layer";
        }
        return layer == 0 ? "the inputs" : "hidden layer " + layer;
    }

    /**
     * Whether neuron {@code neuron} of {@code layer} is written out in full: always in a layer of at most
     * {@link #FULL_LAYER} neurons, else only the focused neuron.
     */
    public boolean expanded(int layer, int neuron, int focus) {
        return trace.size(layer) <= FULL_LAYER || neuron == focus;
    }

    /** m = max_k z^L_k, the shift a softmax output subtracts before e^x (NaN if a z is NaN). */
    public double softmaxShift() {
        double m = trace.z(layers, 0);
        for (int k = 1; k < trace.size(layers); k++) {
            double z = trace.z(layers, k);
            m = z > m || z != z ? z : m;
        }
        return m;
    }

    /** e^(z^L_j − m), output j's share of a softmax before normalising (m = {@link #softmaxShift}). */
    public double softmaxExp(int j) {
        return Math.exp(trace.z(layers, j) - softmaxShift());
    }

    /** S = Σ_k e^(z^L_k − m), the softmax's normaliser; a_j = e^(z^L_j − m) / S. */
    public double softmaxSum() {
        double sum = 0;
        for (int k = 0; k < trace.size(layers); k++) {
            sum += softmaxExp(k);
        }
        return sum;
    }

    /**
     * ∂C/∂a^L_k as the trace gives it ({@link BackpropTrace#outputGradient}): −y_k/a_k behind a softmax under
     * cross-entropy, a_k − y_k under squared error.
     */
    public double outputGradient(int k) {
        return trace.outputGradient(k);
    }

    /** ∂a^L_k/∂z^L_j, the output's Jacobian ({@link BackpropTrace#outputJacobian}): a_k (δ_kj − a_j) for softmax. */
    public double outputJacobian(int k, int j) {
        return trace.outputJacobian(k, j);
    }

    /**
     * Σ_k ∂C/∂a^L_k · ∂a^L_k/∂z^L_j, the chain rule through the output's Jacobian written out; it equals the
     * engine's δ^L_j to rounding (under cross-entropy behind a softmax, a_j − y_j).
     */
    public double jacobianProduct(int j) {
        double sum = 0;
        for (int k = 0; k < trace.size(layers); k++) {
            sum += outputGradient(k) * outputJacobian(k, j);
        }
        return sum;
    }

    /** φ′(z^l_j), from the trace's z. */
    public double activationDerivative(int layer, int j) {
        return trace.activation(layer).derivative(trace.z(layer, j));
    }

    /** Whether the output is a sigmoid under cross-entropy, where the engine uses δ^L = a − y directly. */
    public boolean logitOutput() {
        return trace.lossFunction() == Loss.CROSS_ENTROPY && trace.activation(layers) == Activation.SIGMOID;
    }

    /** ∂C/∂a^L_j = C′(a^L_j, y_j) (for the cross-entropy, (a − y)/(a(1 − a))). */
    public double costGradient(int j) {
        return trace.lossFunction().derivative(trace.a(layers, j), target(j));
    }

    /** The cost C(a^L, y) of this point, as the engine computed it. */
    public double cost() {
        return trace.loss();
    }

    /**
     * The back-propagated error reaching neuron j of hidden layer l: Σ_k w^(l+1)_kj δ^(l+1)_k, the j-th entry of
     * (w^(l+1))ᵀ δ^(l+1). Needs 1 ≤ layer &lt; L.
     */
    public double backSum(int layer, int j) {
        if (layer < 1 || layer >= layers) {
            throw new IllegalArgumentException("layer (" + layer + ") must be a hidden layer in 1.." + (layers - 1));
        }
        double sum = 0;
        for (int k = 0; k < trace.size(layer + 1); k++) {
            sum += trace.weight(layer + 1, k, j) * trace.delta(layer + 1, k);
        }
        return sum;
    }

    /** The largest |∂C/∂w^l_jk| over layer l's weights; NaN if one is NaN. */
    public double largestWeightGradient(int layer) {
        double most = 0;
        for (int j = 0; j < trace.size(layer); j++) {
            for (int k = 0; k < trace.size(layer - 1); k++) {
                double g = Math.abs(trace.weightGradient(layer, j, k));
                if (g != g) {
                    return Double.NaN;
                }
                most = Math.max(most, g);
            }
        }
        return most;
    }

    /** The largest |∂C/∂w| over the whole network; NaN if one is NaN. */
    public double largestWeightGradient() {
        double most = 0;
        for (int l = 1; l <= layers; l++) {
            double g = largestWeightGradient(l);
            if (g != g) {
                return Double.NaN;
            }
            most = Math.max(most, g);
        }
        return most;
    }

    /**
     * The neuron of {@code layer} with the largest |δ|: a sensible neuron to write out in full in a big layer.
     * Returns 0 for an all-NaN or all-zero layer.
     */
    public int strongestNeuron(int layer) {
        int best = 0;
        double most = -1;
        for (int j = 0; j < trace.size(layer); j++) {
            double d = layer == 0 ? 0 : Math.abs(trace.delta(layer, j));
            if (d > most) {
                most = d;
                best = j;
            }
        }
        return best;
    }

    /**
     * Performs this point's gradient-descent step on {@code network}: w ← w − η ∂C/∂w and b ← b − η ∂C/∂b with
     * the trace's gradients (no regularization, no batch averaging: the update for this one point).
     *
     * @throws IllegalArgumentException if network's shape differs from the traced one, or η is not finite and
     *     &gt; 0
     */
    public void applyTo(Network network, double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate (" + learningRate + ") must be finite and > 0");
        }
        if (network == null || network.layerCount() != layers) {
            throw new IllegalArgumentException("network must have the traced " + layers + " weight layers");
        }
        for (int l = 0; l <= layers; l++) {
            if (network.size(l) != trace.size(l)) {
                throw new IllegalArgumentException("network layer " + l + " has " + network.size(l)
                        + " neurons; the traced one had " + trace.size(l));
            }
        }
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < trace.size(l); j++) {
                network.setBias(l, j, network.bias(l, j) - learningRate * trace.biasGradient(l, j));
                for (int k = 0; k < trace.size(l - 1); k++) {
                    network.setWeight(l, j, k, network.weight(l, j, k) - learningRate * trace.weightGradient(l, j, k));
                }
            }
        }
    }

    /**
     * The output {@link #output()} follows, of {@code network} (for instance after {@link #applyTo}) on this point's
     * inputs.
     */
    public double outputOf(Network network) {
        network.forward(inputs.clone(), 0);
        return network.output(layers, shownOutput());
    }

    private void checkStep(int step) {
        if (step < 0 || step >= stepCount()) {
            throw new IllegalArgumentException("step (" + step + ") must be in 0.." + (stepCount() - 1));
        }
    }
}
