package hyperplane.engine;

import java.util.Arrays;

/**
 * One visit of the perceptron rule to one point, with every number the Perceptron view displays.
 * An immutable value made by {@link PerceptronRun#step()}; array accessors return copies.
 *
 * <p><b>Two classes</b> ({@link #classes()} = 2, one weight vector): the numbers satisfy, exactly:
 * f = (net ≥ 0 ? 1 : 0), error = y − f, update_i = η · error · x̃_i, weightsAfter_i = weightsBefore_i + update_i
 * (when error = 0 the update is all zeros and the weights are unchanged).
 *
 * <p><b>K classes</b> (K ≥ 3, see {@link MultiClassPerceptron}): the weights, the update and the scores have one
 * row per class; row c of the weights is w_c = (w_c1, ..., w_cd, b_c), flat at [c·(d+1), (c+1)·(d+1)).
 * score_c = w_c·x̃ with the weights before, f = ŷ = the first c with the largest score, netInput = score_ŷ; on a
 * mistake (ŷ ≠ y) row y of the update is +η x̃ and row ŷ is −η x̃, every other entry 0; weightsAfter =
 * weightsBefore + update exactly, entry by entry.
 */
public final class PerceptronStep {
    private final int epoch;
    private final int index;
    private final double[] extendedInput;
    private final double netInput;
    private final int output;
    private final int label;
    private final double[] update;
    private final double[] weightsBefore;
    private final double[] weightsAfter;
    private final boolean epochEnded;
    private final PerceptronRun.Status status;
    /** Every class's score w_c·x̃ in a K-class step; the one net input in a two-class step. */
    private final double[] scores;
    private final int classes;

    /** A two-class step. */
    PerceptronStep(int epoch, int index, double[] extendedInput, double netInput, int output, int label,
            double[] update, double[] weightsBefore, double[] weightsAfter, boolean epochEnded,
            PerceptronRun.Status status) {
        this(epoch, index, extendedInput, netInput, output, label, update, weightsBefore, weightsAfter, epochEnded,
                status, new double[] {netInput}, 2);
    }

    /** A K-class step: {@code scores} has K entries, the arrays of weights K·(d+1). */
    PerceptronStep(int epoch, int index, double[] extendedInput, double[] scores, int predicted, int label,
            double[] update, double[] weightsBefore, double[] weightsAfter, boolean epochEnded,
            PerceptronRun.Status status) {
        this(epoch, index, extendedInput, scores[predicted], predicted, label, update, weightsBefore, weightsAfter,
                epochEnded, status, scores, scores.length);
    }

    private PerceptronStep(int epoch, int index, double[] extendedInput, double netInput, int output, int label,
            double[] update, double[] weightsBefore, double[] weightsAfter, boolean epochEnded,
            PerceptronRun.Status status, double[] scores, int classes) {
        this.epoch = epoch;
        this.index = index;
        this.extendedInput = extendedInput;
        this.netInput = netInput;
        this.output = output;
        this.label = label;
        this.update = update;
        this.weightsBefore = weightsBefore;
        this.weightsAfter = weightsAfter;
        this.epochEnded = epochEnded;
        this.status = status;
        this.scores = scores;
        this.classes = classes;
    }

    /** The number of classes: 2 for the two-class rule, K for the K-class rule. */
    public int classes() {
        return classes;
    }

    /** True for a step of the K-class rule (one weight vector per class). */
    public boolean multiClass() {
        return classes > 2;
    }

    /** K-class: every class's score w_c·x̃ before the update, a copy; two classes: {w·x̃}. */
    public double[] scores() {
        return scores.clone();
    }

    /** The epoch this visit belongs to, counted from 1. */
    public int epoch() {
        return epoch;
    }

    /** The index of the visited point in the run's point list. */
    public int index() {
        return index;
    }

    /** x̃ = (x1, ..., xd, 1), a copy. */
    public double[] extendedInput() {
        return extendedInput.clone();
    }

    /** The point's coordinates (x1, ..., xd), a copy (x̃ without the trailing 1). */
    public double[] input() {
        return Arrays.copyOf(extendedInput, extendedInput.length - 1);
    }

    /** w·x̃ computed with the weights before the update (K-class: the winning score w_ŷ·x̃). */
    public double netInput() {
        return netInput;
    }

    /** f(x) = 1 if w·x̃ ≥ 0, else 0 (K-class: ŷ = argmax_c w_c·x̃, ties to the lowest class). */
    public int output() {
        return output;
    }

    /** The label y ∈ {0, 1} (K-class: y ∈ {0, ..., K−1}). */
    public int label() {
        return label;
    }

    /** y − f(x): −1, 0 or +1, the two-class rule's factor (K-class: y − ŷ, zero exactly when nothing changed). */
    public int error() {
        return label - output;
    }

    /** True when f(x) ≠ y (K-class: ŷ ≠ y), that is when the weights changed. */
    public boolean mistake() {
        return label != output;
    }

    /**
     * The update η (y − f(x)) x̃, a copy (all zeros when there was no mistake); K-class: K rows, +η x̃ in row y and
     * −η x̃ in row ŷ on a mistake.
     */
    public double[] update() {
        return update.clone();
    }

    /** The weights (w1, ..., wd, b) before this visit, a copy (K-class: the K rows one after another). */
    public double[] weightsBefore() {
        return weightsBefore.clone();
    }

    /** The weights (w1, ..., wd, b) after this visit, a copy (K-class: the K rows one after another). */
    public double[] weightsAfter() {
        return weightsAfter.clone();
    }

    /** True when this visit was the last point of its epoch. */
    public boolean epochEnded() {
        return epochEnded;
    }

    /** The run's status right after this visit. */
    public PerceptronRun.Status status() {
        return status;
    }

    @Override
    public String toString() {
        return "PerceptronStep(epoch " + epoch + ", point " + index + ", x~=" + Arrays.toString(extendedInput)
                + ", w.x~=" + netInput + ", f=" + output + ", y=" + label + ", update=" + Arrays.toString(update)
                + ", w=" + Arrays.toString(weightsAfter) + ", " + status + ")";
    }
}
