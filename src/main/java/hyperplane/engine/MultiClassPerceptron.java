package hyperplane.engine;

import java.util.Arrays;

/**
 * The multi-class perceptron: one weight vector w_c = (w_c1, ..., w_cd, b_c) for each class c = 0, ..., K−1.
 *
 * <p>As in {@link Perceptron} the input is extended to x̃ = (x1, ..., xd, 1), so each class's bias is the last
 * entry of its row. The score of class c is w_c·x̃ and the prediction is
 * <pre>  ŷ = argmax_c w_c·x̃</pre>
 * where a tie goes to the <em>lowest</em> class index (so with all-zero weights every point is class 0). The
 * learning rule on one labelled point (x, y), y ∈ {0, ..., K−1}, changes nothing when ŷ = y, and otherwise moves
 * two rows:
 * <pre>  w_y ← w_y + η x̃,   w_ŷ ← w_ŷ − η x̃</pre>
 * raising the score of the true class and lowering that of the class that won. Kesler's construction (Duda, Hart
 * and Stork, <i>Pattern Classification</i>, on multicategory generalisations of the perceptron) rewrites this as
 * the binary rule on one vector of K·(d+1) weights, so the binary convergence theorem carries over: if some K
 * weight vectors classify every point correctly (the points are linearly separable into K classes by a max rule),
 * the rule stops making mistakes after finitely many updates.
 *
 * <p>Weights are one flat array, row-major: w_c,i is {@code weights[c·(d+1) + i]}, i = d the bias.
 *
 * <p>NaN: a NaN in x or in w makes scores NaN; NaN compares false, so a NaN score never takes the lead from an
 * earlier class (a NaN score of class 0 keeps class 0). Weights and the learning rate are validated to be finite.
 */
public final class MultiClassPerceptron extends LinearWeights {
    private final int classes;
    // Row c is weights[c·(inputs+1) .. c·(inputs+1) + inputs], its last entry the bias b_c.

    /**
     * A perceptron with {@code inputs} inputs and {@code classes} classes, all weights zero.
     *
     * @throws IllegalArgumentException if {@code inputs < 1}, {@code classes < 2}, or the learning rate is not
     *     finite and > 0
     */
    public MultiClassPerceptron(int inputs, int classes, double learningRate) {
        super(inputs, checkClasses(classes), learningRate);
        this.classes = classes;
    }


    /** The number K of classes (rows). */
    public int classes() {
        return classes;
    }




    /** w_c,i: i in [0, d) multiplies x_(i+1); i = d is the bias b_c. */
    public double weight(int c, int i) {
        checkClass(c);
        if (i < 0 || i > inputs) {
            throw new IllegalArgumentException("weight index (" + i + ") must be in [0, " + inputs + "]");
        }
        return weights[c * (inputs + 1) + i];
    }

    /** A copy of all weights, row by row (w_0, w_1, ..., w_(K−1)). */
    public double[] weights() {
        return Arrays.copyOf(weights, weights.length);
    }

    /**
     * Sets all weights from a copy of {@code values}, row by row.
     *
     * @throws IllegalArgumentException if the length is not K·(d + 1) or a value is not finite
     */
    public void setWeights(double[] values) {
        if (values == null || values.length != weights.length) {
            throw new IllegalArgumentException("weights length (" + (values == null ? "null" : values.length)
                    + ") must be " + weights.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] - values[i] == 0)) {
                throw new IllegalArgumentException("weight " + i + " (" + values[i] + ") must be finite");
            }
        }
        System.arraycopy(values, 0, weights, 0, weights.length);
    }

    /**
     * Sets every weight to an independent uniform draw from [−{@value Perceptron#RANDOM_WEIGHT_RANGE},
     * {@value Perceptron#RANDOM_WEIGHT_RANGE}), drawn row by row in index order.
     */
    public void randomizeWeights(SeededRandom random) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextDouble(-Perceptron.RANDOM_WEIGHT_RANGE, Perceptron.RANDOM_WEIGHT_RANGE);
        }
    }

    /** The score w_c·x̃ = Σ w_c,i x_i + b_c of class c for the point at {@code points[offset..offset+d)}. */
    public double score(int c, double[] points, int offset) {
        checkClass(c);
        checkPoint(points, offset);
        return rowDot(c, points, offset);
    }

    /** Writes every class's score w_c·x̃ into {@code out[0..K)} without allocating. */
    public void scores(double[] points, int offset, double[] out) {
        checkPoint(points, offset);
        if (out == null || out.length < classes) {
            throw new IllegalArgumentException("out length (" + (out == null ? "null" : out.length) + ") must be >= "
                    + classes);
        }
        for (int c = 0; c < classes; c++) {
            out[c] = rowDot(c, points, offset);
        }
    }

    /** ŷ = argmax_c w_c·x̃ for the point at {@code points[offset..offset+d)}, ties to the lowest class. */
    public int predict(double[] points, int offset) {
        checkPoint(points, offset);
        int best = 0;
        double bestScore = rowDot(0, points, offset);
        for (int c = 1; c < classes; c++) {
            double s = rowDot(c, points, offset);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * Applies the rule to the point at {@code points[offset..offset+d)} with label y: when ŷ ≠ y,
     * w_y ← w_y + η x̃ and w_ŷ ← w_ŷ − η x̃. Returns ŷ (the prediction before the update; a mistake when ≠ y).
     *
     * @throws IllegalArgumentException if the label is not in [0, K)
     */
    public int train(double[] points, int offset, int label) {
        checkLabel(label);
        int predicted = predict(points, offset);
        if (predicted != label) {
            int row = inputs + 1;
            int up = label * row;
            int down = predicted * row;
            for (int i = 0; i < inputs; i++) {
                double step = learningRate * points[offset + i];
                weights[up + i] += step;
                weights[down + i] -= step;
            }
            weights[up + inputs] += learningRate;  // the constant input x̃_(d+1) = 1
            weights[down + inputs] -= learningRate;
        }
        return predicted;
    }

    private double rowDot(int c, double[] points, int offset) {
        int row = c * (inputs + 1);
        double sum = weights[row + inputs];
        for (int i = 0; i < inputs; i++) {
            sum += weights[row + i] * points[offset + i];
        }
        return sum;
    }

    /**
     * Checks a label against K classes.
     *
     * @throws IllegalArgumentException if the label is not in [0, K)
     */
    void checkLabel(int label) {
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException("label (" + label + ") must be in [0, " + classes + ")");
        }
    }

    private static int checkClasses(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("classes (" + classes + ") must be >= 2");
        }
        return classes;
    }

    private void checkClass(int c) {
        if (c < 0 || c >= classes) {
            throw new IllegalArgumentException("class (" + c + ") must be in [0, " + classes + ")");
        }
    }


    @Override
    public String toString() {
        return "MultiClassPerceptron(K=" + classes + ", w=" + Arrays.toString(weights) + ", eta=" + learningRate + ")";
    }
}
