package hyperplane.sim;

import hyperplane.data.Dataset;
import hyperplane.data.FeatureMap;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Network;
import hyperplane.state.PlaygroundConfig;

/**
 * How the points of one split are classified: for K classes, {@link #count}(actual, predicted) is the number of
 * points of class {@code actual} the network puts in class {@code predicted}, so the diagonal holds the points
 * classified right. The predicted class is the one {@link PlaygroundSession#accuracy} counts: with one output,
 * class 1 when the output is at least the middle of its range (0.5 for a sigmoid, 0 for tanh); behind a softmax,
 * the class of the largest output (the first of equal ones). A point whose outputs are all NaN is in no cell, so
 * {@link #total()} counts only the points that have a predicted class. Immutable.
 */
public final class ConfusionMatrix {
    private final int classes;
    /** counts[actual · K + predicted]. */
    private final int[] counts;

    private ConfusionMatrix(int classes, int[] counts) {
        this.classes = classes;
        this.counts = counts;
    }

    /**
     * The matrix of the training split ({@code train}) or the test split of the session's points, from the
     * network as it is now (one exact forward pass per point; allocates).
     *
     * @throws IllegalArgumentException for a regression session, which has no classes
     */
    public static ConfusionMatrix of(PlaygroundSession session, boolean train) {
        PlaygroundConfig config = session.config();
        if (config.problem() != ProblemType.CLASSIFICATION) {
            throw new IllegalArgumentException("a regression run has no classes to confuse");
        }
        int k = config.classes();
        int[] counts = new int[k * k];
        Network network = session.network();
        FeatureMap features = new FeatureMap(config.features());
        double[] inputs = new double[features.count()];
        double threshold = config.output() == Activation.TANH ? 0 : 0.5;
        Dataset data = session.data();
        for (int i = 0; i < data.size(); i++) {
            if (data.isTrain(i) != train) {
                continue;
            }
            features.transform(data.x1(i), data.x2(i), inputs, 0);
            int predicted = predicted(network, network.forward(inputs, 0), threshold);
            if (predicted >= 0) {
                counts[(int) data.label(i) * k + predicted]++;
            }
        }
        return new ConfusionMatrix(k, counts);
    }

    /**
     * The class the network predicts after its last forward pass, whose first output is {@code a}: with one output,
     * 1 when a ≥ threshold, else 0; with more, the index of the largest output, −1 when every output is NaN.
     */
    static int predicted(Network network, double a, double threshold) {
        int last = network.layerCount();
        int outputs = network.size(last);
        if (outputs == 1) {
            return a >= threshold ? 1 : 0;
        }
        int best = -1;
        double largest = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < outputs; j++) {
            double p = network.output(last, j);
            if (p > largest || (best < 0 && p == largest)) {
                best = j;
                largest = p;
            }
        }
        return best;
    }

    /** K, the number of classes (rows and columns). */
    public int classes() {
        return classes;
    }

    /** The points of class {@code actual} predicted as class {@code predicted}. */
    public int count(int actual, int predicted) {
        check(actual, "actual");
        check(predicted, "predicted");
        return counts[actual * classes + predicted];
    }

    /** The points of class {@code actual} (the row's sum). */
    public int actual(int actual) {
        check(actual, "actual");
        int sum = 0;
        for (int p = 0; p < classes; p++) {
            sum += counts[actual * classes + p];
        }
        return sum;
    }

    /**
     * The share of the points of class {@code actual} that are predicted as {@code predicted}, 0 … 1; on the
     * diagonal, the share of the class classified right. NaN when the split has no point of that class.
     */
    public double share(int actual, int predicted) {
        int row = actual(actual);
        return row == 0 ? Double.NaN : (double) count(actual, predicted) / row;
    }

    /** Every counted point. */
    public int total() {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    /** The points classified right: the diagonal's sum. */
    public int correct() {
        int sum = 0;
        for (int c = 0; c < classes; c++) {
            sum += counts[c * classes + c];
        }
        return sum;
    }

    private void check(int c, String name) {
        if (c < 0 || c >= classes) {
            throw new IllegalArgumentException(name + " (" + c + ") must be in 0.." + (classes - 1));
        }
    }
}
