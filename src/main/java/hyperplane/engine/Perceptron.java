package hyperplane.engine;

import java.util.Arrays;

/**
 * Rosenblatt's perceptron: a linear threshold unit with weights w = (w1, ..., wd, b).
 *
 * <p>The input is extended to x̃ = (x1, ..., xd, 1), so the bias b is the <em>last</em> weight and
 * w·x̃ = w1 x1 + ... + wd xd + b. The output is f(x) = 1 if w·x̃ ≥ 0, else 0 (so a point exactly on
 * the line w·x̃ = 0 is class 1, and with all-zero weights every point is class 1). The learning rule
 * (Rosenblatt, 1958) on one labelled point (x, y), y ∈ {0, 1}, is
 * <pre>  w ← w + η (y − f(x)) x̃</pre>
 * which changes nothing when f(x) = y, and otherwise moves the line towards the misclassified point.
 *
 * <p>NaN: a NaN in x or in w makes w·x̃ NaN, and NaN ≥ 0 is false, so f(x) = 0. Weights and the
 * learning rate are validated to be finite, so NaN can only come from the caller's inputs.
 * {@link PerceptronRun} drives this class point by point for the animated view.
 */
public final class Perceptron extends LinearWeights {
    /** Half-width of the uniform interval used by {@link #randomizeWeights(SeededRandom)}. */
    public static final double RANDOM_WEIGHT_RANGE = 0.5;

    // weights[0..inputs) multiply x1..xd; weights[inputs] is the bias b (the weight of the constant input 1).

    /**
     * A perceptron with {@code inputs} inputs, all weights zero.
     *
     * @throws IllegalArgumentException if {@code inputs < 1} or the learning rate is not finite and > 0
     */
    public Perceptron(int inputs, double learningRate) {
        super(inputs, 1, learningRate);
    }

    /** A copy with the same inputs, learning rate and weights. */
    public Perceptron copy() {
        Perceptron copy = new Perceptron(inputs, learningRate);
        System.arraycopy(weights, 0, copy.weights, 0, weights.length);
        return copy;
    }





    /** Weight {@code i}: i in [0, d) multiplies x_(i+1); i = d is the bias. */
    public double weight(int i) {
        checkWeightIndex(i);
        return weights[i];
    }

    /** The bias b, the last weight (the weight of the constant input 1). */
    public double bias() {
        return weights[inputs];
    }

    /** A copy of the weights (w1, ..., wd, b). */
    public double[] weights() {
        return Arrays.copyOf(weights, weights.length);
    }

    /** Copies the weights into {@code target[0..d]} without allocating. */
    public void copyWeightsInto(double[] target) {
        if (target == null || target.length < weights.length) {
            throw new IllegalArgumentException("target length (" + (target == null ? "null" : target.length)
                    + ") must be >= " + weights.length);
        }
        System.arraycopy(weights, 0, target, 0, weights.length);
    }

    /**
     * Sets weight {@code i} (i = d is the bias).
     *
     * @throws IllegalArgumentException if the index is out of range or the value is not finite
     */
    public void setWeight(int i, double value) {
        checkWeightIndex(i);
        checkFinite("weight " + i, value);
        weights[i] = value;
    }

    /**
     * Sets all weights (w1, ..., wd, b) from a copy of {@code values}.
     *
     * @throws IllegalArgumentException if the length is not d + 1 or a value is not finite
     */
    public void setWeights(double[] values) {
        if (values == null || values.length != weights.length) {
            throw new IllegalArgumentException("weights length (" + (values == null ? "null" : values.length)
                    + ") must be " + weights.length);
        }
        for (int i = 0; i < values.length; i++) {
            checkFinite("weight " + i, values[i]);
        }
        System.arraycopy(values, 0, weights, 0, weights.length);
    }

    /** Sets every weight, the bias included, to zero (the classic starting point). */
    public void zeroWeights() {
        Arrays.fill(weights, 0.0);
    }

    /**
     * Sets every weight, the bias included, to an independent uniform draw from
     * [−{@value #RANDOM_WEIGHT_RANGE}, {@value #RANDOM_WEIGHT_RANGE}), drawn in index order
     * w1, ..., wd, b.
     */
    public void randomizeWeights(SeededRandom random) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextDouble(-RANDOM_WEIGHT_RANGE, RANDOM_WEIGHT_RANGE);
        }
    }

    /**
     * The net input w·x̃ = Σ w_i x_i + b for the point stored at {@code points[offset..offset+d)}.
     * Reads the flat array directly so that training loops allocate nothing.
     */
    public double netInput(double[] points, int offset) {
        checkPoint(points, offset);
        double sum = weights[inputs];
        for (int i = 0; i < inputs; i++) {
            sum += weights[i] * points[offset + i];
        }
        return sum;
    }

    /** The net input w·x̃ for the point {@code x} of length d. */
    public double netInput(double[] x) {
        checkLength(x);
        return netInput(x, 0);
    }

    /** f(x) = 1 if w·x̃ ≥ 0, else 0 (0 also when w·x̃ is NaN). */
    public int predict(double[] x) {
        return netInput(x) >= 0 ? 1 : 0;
    }

    /** f(x) for the point stored at {@code points[offset..offset+d)}. */
    public int predict(double[] points, int offset) {
        return netInput(points, offset) >= 0 ? 1 : 0;
    }

    /**
     * Applies the rule w ← w + η (y − f(x)) x̃ for the point at {@code points[offset..offset+d)} with
     * label y, and returns the error y − f(x) (−1, 0 or +1; 0 means nothing changed).
     *
     * @throws IllegalArgumentException if the label is not 0 or 1
     */
    public int train(double[] points, int offset, int label) {
        checkLabel(label);
        int error = label - predict(points, offset);
        if (error != 0) {
            double scale = learningRate * error;
            for (int i = 0; i < inputs; i++) {
                weights[i] += scale * points[offset + i];
            }
            weights[inputs] += scale;  // the constant input x̃_(d+1) = 1
        }
        return error;
    }

    /** {@link #train(double[], int, int)} for a single point {@code x} of length d. */
    public int train(double[] x, int label) {
        checkLength(x);
        return train(x, 0, label);
    }

    @Override
    public String toString() {
        return "Perceptron(w=" + Arrays.toString(weights) + ", eta=" + learningRate + ")";
    }

    static void checkLabel(int label) {
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("label (" + label + ") must be 0 or 1");
        }
    }

    private void checkWeightIndex(int i) {
        if (i < 0 || i > inputs) {
            throw new IllegalArgumentException("weight index (" + i + ") must be in [0, " + inputs + "]");
        }
    }

    private void checkLength(double[] x) {
        if (x == null || x.length != inputs) {
            throw new IllegalArgumentException("x length (" + (x == null ? "null" : x.length)
                    + ") must be " + inputs);
        }
    }


    private static void checkFinite(String what, double value) {
        if (!(value - value == 0)) {
            throw new IllegalArgumentException(what + " (" + value + ") must be finite");
        }
    }
}
