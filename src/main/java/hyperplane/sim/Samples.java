package hyperplane.sim;

import hyperplane.data.Dataset;
import hyperplane.data.FeatureMap;
import hyperplane.engine.Activation;
import hyperplane.engine.Network;
import hyperplane.engine.Trainer;

/**
 * One split of a session's points (training or test) as the trainer reads them: {@code inputs[i·w + k]} is
 * feature k of sample i (w features), {@code targets[i·K + j]} its target for output j (K outputs: one, or a
 * one-hot class behind a softmax over K), for i &lt; {@code count}. The arrays grow and
 * never shrink, so refilling after an edit of the points allocates nothing once they are large enough.
 */
final class Samples {
    private final boolean train;
    double[] inputs = new double[0];
    double[] targets = new double[0];
    int count;

    /** @param train true for the training split, false for the test split */
    Samples(boolean train) {
        this.train = train;
    }

    /**
     * Fills the split from {@code data} through {@code features}, targets scaled for {@code output} (one-hot for a
     * softmax of {@code outputs} neurons).
     */
    void fill(Dataset data, FeatureMap features, Activation output, int outputs) {
        count = FeatureMap.count(data, train);
        if (inputs.length < count * features.count()) {
            inputs = new double[count * features.count()];
        }
        if (targets.length < count * outputs) {
            targets = new double[count * outputs];
        }
        features.fill(data, train, inputs, targets, output, outputs);
    }

    /** The share of the split classified right by the last {@link #meanLoss} (NaN for none or regression). */
    private final double[] correct = {Double.NaN};

    /**
     * The mean loss of {@code network} over the split (NaN when it is empty), and in the same pass, for a
     * threshold that is not NaN, the share classified right (see Trainer#meanLoss), then read by {@link #correct},
     * and the confusion tally into {@code confusion} if given (cleared first).
     */
    double meanLoss(Network network, double threshold, int[] confusion) {
        return Trainer.meanLoss(network, inputs, targets, count, threshold, correct, confusion);
    }

    /** The share classified right, 0 … 1, as the last {@link #meanLoss} found it; NaN without a threshold. */
    double correct() {
        return correct[0];
    }
}
