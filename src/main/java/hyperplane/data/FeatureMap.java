package hyperplane.data;

import hyperplane.engine.Activation;
import java.util.List;

/**
 * An ordered choice of {@link Feature}s: maps a point (x1, x2) to the network's input vector
 * (f_0(x1, x2), …, f_(count−1)(x1, x2)), and fills flat input and target arrays from a {@link Dataset}.
 * Immutable.
 */
public final class FeatureMap {
    private final Feature[] features;

    /**
     * A map of the given features in this order.
     *
     * @throws IllegalArgumentException if there are none, one is null, or one repeats
     */
    public FeatureMap(Feature... features) {
        if (features == null || features.length == 0) {
            throw new IllegalArgumentException("features (" + (features == null ? "null" : "empty")
                    + ") must name at least one feature");
        }
        for (int i = 0; i < features.length; i++) {
            if (features[i] == null) {
                throw new IllegalArgumentException("features[" + i + "] (null) must be a feature");
            }
            for (int j = 0; j < i; j++) {
                if (features[j] == features[i]) {
                    throw new IllegalArgumentException("features[" + i + "] (" + features[i].key()
                            + ") appears twice");
                }
            }
        }
        this.features = features.clone();
    }

    /** A map of the given features in list order (same checks as the array constructor). */
    public FeatureMap(List<Feature> features) {
        this(features == null ? null : features.toArray(new Feature[0]));
    }

    /** The number of features = the network's input count. */
    public int count() {
        return features.length;
    }

    /** Feature i. */
    public Feature feature(int i) {
        if (i < 0 || i >= features.length) {
            throw new IllegalArgumentException("index (" + i + ") must be in 0.." + (features.length - 1));
        }
        return features[i];
    }

    /** Whether the map contains {@code f}. */
    public boolean contains(Feature f) {
        for (Feature g : features) {
            if (g == f) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes f_i(x1, x2) to out[offset + i] for every feature i. Allocates nothing; the caller makes sure
     * out holds count() values from offset (checked, with a message).
     */
    public void transform(double x1, double x2, double[] out, int offset) {
        int n = features.length;
        if (out == null || offset < 0 || offset > out.length - n) {
            throw new IllegalArgumentException("out (length " + (out == null ? "null" : out.length) + ") must hold "
                    + n + " values from offset " + offset);
        }
        for (int i = 0; i < n; i++) {
            out[offset + i] = features[i].value(x1, x2);
        }
    }

    /** The number of points of {@code d} in the training split (train true) or the test split. */
    public static int count(Dataset d, boolean train) {
        return train ? d.trainCount() : d.testCount();
    }

    /**
     * Writes the chosen split of {@code d}, in dataset order: sample s's features at inputs[s·count() ..]
     * and its target at targets[s]. Targets are the labels, except that for a classification dataset
     * with a {@link Activation#TANH} output the labels 0/1 become −1/+1 (tanh's range).
     *
     * @return the number of samples written
     * @throws IllegalArgumentException if an argument is null or an array is too short
     */
    public int fill(Dataset d, boolean train, double[] inputs, double[] targets, Activation outputActivation) {
        return fill(d, train, inputs, targets, outputActivation, 1);
    }

    /**
     * As {@link #fill(Dataset, boolean, double[], double[], Activation)}, for a network with {@code outputs}
     * outputs: behind a {@link Activation#SOFTMAX} output of K = outputs neurons a classification label c becomes
     * the one-hot target y with y_c = 1 and the others 0, at targets[s·K .. s·K + K); any other output takes one
     * target per sample as above.
     *
     * @throws IllegalArgumentException if an argument is null, an array is too short, outputs is not 1 (or at
     *     least 2 behind a softmax), or a label is not a class below K behind a softmax
     */
    public int fill(Dataset d, boolean train, double[] inputs, double[] targets, Activation outputActivation,
            int outputs) {
        if (d == null || outputActivation == null) {
            throw new IllegalArgumentException("dataset and outputActivation must be given (one was null)");
        }
        boolean oneHot = outputActivation == Activation.SOFTMAX;
        if (oneHot ? outputs < 2 || d.problemType() != ProblemType.CLASSIFICATION : outputs != 1) {
            throw new IllegalArgumentException("outputs (" + outputs + ") must be " + (oneHot
                    ? "at least 2 classes behind a softmax, for classification"
                    : "1 behind " + outputActivation.key()));
        }
        int n = count(d, train);
        int width = features.length;
        if (inputs == null || inputs.length / width < n) {
            throw new IllegalArgumentException("inputs (length " + (inputs == null ? "null" : inputs.length)
                    + ") must hold " + n + " samples of " + width + " features");
        }
        if (targets == null || targets.length / outputs < n) {
            throw new IllegalArgumentException("targets (length " + (targets == null ? "null" : targets.length)
                    + ") must hold " + n * outputs + " values");
        }
        boolean signed = outputActivation == Activation.TANH && d.problemType() == ProblemType.CLASSIFICATION;
        int s = 0;
        for (int i = 0; i < d.size(); i++) {
            if (d.isTrain(i) != train) {
                continue;
            }
            transform(d.x1(i), d.x2(i), inputs, s * width);
            double y = d.label(i);
            if (oneHot) {
                if (!(y < outputs)) {
                    throw new IllegalArgumentException("label[" + i + "] (" + y + ") must be a class below "
                            + outputs);
                }
                for (int c = 0; c < outputs; c++) {
                    targets[s * outputs + c] = c == y ? 1 : 0;
                }
            } else {
                targets[s] = signed ? 2 * y - 1 : y;
            }
            s++;
        }
        return n;
    }
}
