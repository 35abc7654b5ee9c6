package hyperplane.engine;

import java.util.Arrays;

/**
 * One visit of the perceptron rule to one point, with every number the Perceptron view displays.
 * An immutable value made by {@link PerceptronRun#step()}; array accessors return copies.
 *
 * <p>The numbers satisfy, exactly: f = (net ≥ 0 ? 1 : 0), error = y − f,
 * update_i = η · error · x̃_i, weightsAfter_i = weightsBefore_i + update_i (when error = 0 the update is all
 * zeros and the weights are unchanged).
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

    PerceptronStep(int epoch, int index, double[] extendedInput, double netInput, int output, int label,
            double[] update, double[] weightsBefore, double[] weightsAfter, boolean epochEnded,
            PerceptronRun.Status status) {
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

    /** w·x̃ computed with the weights before the update. */
    public double netInput() {
        return netInput;
    }

    /** f(x) = 1 if w·x̃ ≥ 0, else 0. */
    public int output() {
        return output;
    }

    /** The label y ∈ {0, 1}. */
    public int label() {
        return label;
    }

    /** y − f(x): −1, 0 or +1. */
    public int error() {
        return label - output;
    }

    /** True when f(x) ≠ y, that is when the weights changed. */
    public boolean mistake() {
        return label != output;
    }

    /** The update η (y − f(x)) x̃, a copy (all zeros when there was no mistake). */
    public double[] update() {
        return update.clone();
    }

    /** The weights (w1, ..., wd, b) before this visit, a copy. */
    public double[] weightsBefore() {
        return weightsBefore.clone();
    }

    /** The weights (w1, ..., wd, b) after this visit, a copy. */
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
