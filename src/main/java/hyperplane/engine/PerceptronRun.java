package hyperplane.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Drives a {@link Perceptron} (two classes, one weight vector) or a {@link MultiClassPerceptron} (K classes, one
 * weight vector each) through a fixed list of labelled points one visit at a time, for the animated Perceptron view.
 *
 * <p>One epoch is one pass over the points in their given order (never shuffled, so a run is the
 * textbook's run). At the end of an epoch: no mistake in it means {@link Status#CONVERGED}; otherwise, if the
 * weights equal, bit for bit, those at the end of an earlier epoch, {@link Status#CYCLES}: the rule is
 * deterministic and every epoch visits the same points in the same order, so from there it repeats the same
 * epochs, mistakes included, forever, and no line it reaches separates the points (a proof, unlike the cap);
 * otherwise, if the epoch cap is reached, {@link Status#NOT_SEPARABLE} ("not linearly separable after N epochs",
 * which is a verdict of the cap, not a proof); otherwise the next epoch begins. By the perceptron
 * convergence theorem linearly separable data always converges given enough epochs; XOR never does. The same
 * holds for the K-class rule, whose weights are compared as one vector of all K rows (see
 * {@link MultiClassPerceptron} for why it converges on data a max rule separates).
 *
 * <p>An empty point list is vacuously separated: the run starts {@link Status#CONVERGED} with no epoch.
 * {@link #stepEpoch()} and {@link #run()} allocate nothing per point; {@link #step()} allocates one
 * {@link PerceptronStep} per call.
 */
public final class PerceptronRun {
    /** Where a run stands. */
    public enum Status {
        /** More points to visit. */
        RUNNING,
        /** The last completed epoch made no mistake: every point is classified correctly. */
        CONVERGED,
        /** The epoch cap was reached and the last epoch still made mistakes. */
        NOT_SEPARABLE,
        /** The weights after the last epoch equal those after an earlier one: the run repeats forever. */
        CYCLES
    }

    /** The two-class learner, or null in a K-class run. */
    private final Perceptron perceptron;
    /** The K-class learner, or null in a two-class run. */
    private final MultiClassPerceptron multi;
    private final double[] initialWeights;
    private final double[] points;
    private final int[] labels;
    private final int count;
    private final int dims;
    private final int maxEpochs;

    private int cursor;
    private int epoch;
    private int mistakesThisEpoch;
    private int[] mistakesPerEpoch;
    private int completedEpochs;
    private int totalUpdates;
    private Status status;
    /** The epoch (from 1) after which each weight vector was first seen, keyed by the exact weights. */
    private final Map<Weights, Integer> seen = new HashMap<>();
    private int cycleStart;

    /**
     * A run over {@code count} points stored row-major in {@code points}: point i is
     * {@code points[i*d .. i*d + d)}, with d = {@code perceptron.inputs()}, and label {@code labels[i]}.
     * The points, labels and the perceptron's current weights (restored by {@link #reset()}) are copied;
     * the perceptron itself is trained in place.
     *
     * @throws IllegalArgumentException on null arrays, a count that does not fit them, a label not in
     *     {0, 1}, a non-finite coordinate, or {@code maxEpochs < 1}
     */
    public PerceptronRun(Perceptron perceptron, double[] points, int[] labels, int count, int maxEpochs) {
        this(perceptron, null, points, labels, count, maxEpochs);
    }

    /**
     * A K-class run, as {@link #PerceptronRun(Perceptron, double[], int[], int, int)} with labels in [0, K).
     *
     * @throws IllegalArgumentException as there, with a label not in [0, K)
     */
    public PerceptronRun(MultiClassPerceptron perceptron, double[] points, int[] labels, int count, int maxEpochs) {
        this(null, perceptron, points, labels, count, maxEpochs);
    }

    private PerceptronRun(Perceptron binary, MultiClassPerceptron multi, double[] points, int[] labels, int count,
                          int maxEpochs) {
        if (binary == null && multi == null) {
            throw new IllegalArgumentException("perceptron must not be null");
        }
        if (points == null || labels == null) {
            throw new IllegalArgumentException("points and labels must not be null");
        }
        this.dims = binary != null ? binary.inputs() : multi.inputs();
        if (count < 0 || count > labels.length || count > points.length / dims) {
            throw new IllegalArgumentException("count (" + count + ") must be in [0, min(" + labels.length + ", "
                    + (points.length / dims) + ")]");
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("maxEpochs (" + maxEpochs + ") must be >= 1");
        }
        for (int i = 0; i < count; i++) {
            if (binary != null) {
                Perceptron.checkLabel(labels[i]);
            } else {
                multi.checkLabel(labels[i]);
            }
        }
        for (int i = 0; i < count * dims; i++) {
            if (!(points[i] - points[i] == 0)) {
                throw new IllegalArgumentException("coordinate " + i + " (" + points[i] + ") must be finite");
            }
        }
        this.perceptron = binary;
        this.multi = multi;
        this.initialWeights = weightsNow();
        this.points = Arrays.copyOf(points, count * dims);
        this.labels = Arrays.copyOf(labels, count);
        this.count = count;
        this.maxEpochs = maxEpochs;
        this.mistakesPerEpoch = new int[16];
        restart();
    }

    /** A copy of the learner's weights: (w1, ..., wd, b), or the K rows one after another. */
    private double[] weightsNow() {
        return perceptron != null ? perceptron.weights() : multi.weights();
    }

    /** Restores the starting weights and forgets all progress. */
    public void reset() {
        if (perceptron != null) {
            perceptron.setWeights(initialWeights);
        } else {
            multi.setWeights(initialWeights);
        }
        restart();
    }

    private void restart() {
        cursor = 0;
        epoch = 1;
        mistakesThisEpoch = 0;
        completedEpochs = 0;
        totalUpdates = 0;
        seen.clear();
        cycleStart = 0;
        status = count == 0 ? Status.CONVERGED : Status.RUNNING;
    }

    /**
     * Visits the next point: computes f(x) (or every class's score and ŷ), applies the rule, and reports every
     * number of the visit.
     *
     * @throws IllegalStateException if the run has finished ({@link #isFinished()})
     */
    public PerceptronStep step() {
        checkRunning();
        int index = cursor;
        int stepEpoch = epoch;
        int offset = index * dims;
        double[] extended = new double[dims + 1];
        System.arraycopy(points, offset, extended, 0, dims);
        extended[dims] = 1.0;
        double[] before = weightsNow();
        if (multi != null) {
            return multiStep(stepEpoch, index, extended, before);
        }
        double net = perceptron.netInput(points, offset);
        int output = net >= 0 ? 1 : 0;
        advance();
        double[] after = perceptron.weights();
        double[] update = new double[dims + 1];
        int error = labels[index] - output;
        if (error != 0) {
            double scale = perceptron.learningRate() * error;
            for (int i = 0; i <= dims; i++) {
                update[i] = scale * extended[i];
            }
        }
        return new PerceptronStep(stepEpoch, index, extended, net, output, labels[index], update, before, after,
                index == count - 1, status);
    }

    /** {@link #step()} for the K-class rule: the update is +η x̃ in row y and −η x̃ in row ŷ on a mistake. */
    private PerceptronStep multiStep(int stepEpoch, int index, double[] extended, double[] before) {
        int k = multi.classes();
        double[] scores = new double[k];
        multi.scores(points, index * dims, scores);
        int predicted = multi.predict(points, index * dims);
        advance();
        double[] after = multi.weights();
        double[] update = new double[k * (dims + 1)];
        int label = labels[index];
        if (predicted != label) {
            double eta = multi.learningRate();
            for (int i = 0; i <= dims; i++) {
                update[label * (dims + 1) + i] = eta * extended[i];
                update[predicted * (dims + 1) + i] = 0.0 - eta * extended[i];  // +0, not −0, where x̃_i = 0
            }
        }
        return new PerceptronStep(stepEpoch, index, extended, scores, predicted, label, update, before, after,
                index == count - 1, status);
    }

    /**
     * Visits points until the current epoch ends (from wherever the cursor is) and returns that epoch's
     * mistake count.
     *
     * @throws IllegalStateException if the run has finished
     */
    public int stepEpoch() {
        checkRunning();
        int finishing = epoch;
        while (status == Status.RUNNING && epoch == finishing) {
            advance();
        }
        return mistakesPerEpoch[finishing - 1];
    }

    /**
     * Visits the next point as {@link #step()} does, without building its report: nothing is allocated, so a
     * fast run can visit many points a frame.
     *
     * @throws IllegalStateException if the run has finished
     */
    public void visit() {
        checkRunning();
        advance();
    }

    /** Runs epochs until the run converges or reaches the cap, and returns the final status. */
    public Status run() {
        while (status == Status.RUNNING) {
            advance();
        }
        return status;
    }

    /** One visit without building a report: the rule, then the epoch bookkeeping. */
    private void advance() {
        int label = labels[cursor];
        boolean mistake = perceptron != null ? perceptron.train(points, cursor * dims, label) != 0
                : multi.train(points, cursor * dims, label) != label;
        if (mistake) {
            mistakesThisEpoch++;
            totalUpdates++;
        }
        cursor++;
        if (cursor == count) {
            endEpoch();
        }
    }

    private void endEpoch() {
        if (completedEpochs == mistakesPerEpoch.length) {
            mistakesPerEpoch = Arrays.copyOf(mistakesPerEpoch, completedEpochs * 2);
        }
        mistakesPerEpoch[completedEpochs++] = mistakesThisEpoch;
        cursor = 0;
        Integer earlier = mistakesThisEpoch == 0 ? null : seen.putIfAbsent(new Weights(weightsNow()),
                completedEpochs);
        if (mistakesThisEpoch == 0) {
            status = Status.CONVERGED;
        } else if (earlier != null) {
            cycleStart = earlier;
            status = Status.CYCLES;
        } else if (completedEpochs >= maxEpochs) {
            status = Status.NOT_SEPARABLE;
        } else {
            epoch++;
            mistakesThisEpoch = 0;
        }
    }

    private void checkRunning() {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("the run has finished: " + status + " after " + completedEpochs
                    + " epochs");
        }
    }

    /** The two-class perceptron being trained (live, not a copy), or null in a K-class run. */
    public Perceptron perceptron() {
        return perceptron;
    }

    /** The K-class perceptron being trained (live, not a copy), or null in a two-class run. */
    public MultiClassPerceptron multiClassPerceptron() {
        return multi;
    }

    /** The number of classes: 2 in a two-class run, K in a K-class one. */
    public int classes() {
        return multi == null ? 2 : multi.classes();
    }

    /** The current weights, a copy: (w1, ..., wd, b), or in a K-class run the K rows one after another. */
    public double[] weights() {
        return weightsNow();
    }

    /** The current status. */
    public Status status() {
        return status;
    }

    /** True when the status is not {@link Status#RUNNING}. */
    public boolean isFinished() {
        return status != Status.RUNNING;
    }

    /**
     * The epoch in progress, counted from 1; once finished, the last epoch run (0 only for an empty
     * point list).
     */
    public int epoch() {
        return count == 0 ? 0 : epoch;
    }

    /** The index of the point the next {@link #step()} visits (0 at the start of each epoch). */
    public int cursor() {
        return cursor;
    }

    /** Mistakes so far in the epoch in progress (or in the last epoch, once finished). */
    public int mistakesThisEpoch() {
        return mistakesThisEpoch;
    }

    /** The number of completed epochs. */
    public int completedEpochs() {
        return completedEpochs;
    }

    /** Mistakes in each completed epoch, in order (a copy). */
    public int[] mistakesPerEpoch() {
        return Arrays.copyOf(mistakesPerEpoch, completedEpochs);
    }

    /** Weight changes made since the start (one per mistake). */
    public int totalUpdates() {
        return totalUpdates;
    }

    /**
     * For {@link Status#CYCLES}: the earlier epoch (from 1) after which the weights were the same as after the last
     * one; 0 otherwise.
     */
    public int cycleStart() {
        return cycleStart;
    }

    /** The epoch cap. */
    public int maxEpochs() {
        return maxEpochs;
    }

    /** The number of points. */
    public int pointCount() {
        return count;
    }

    /** The number of coordinates per point. */
    public int dimensions() {
        return dims;
    }

    /** Coordinate {@code dim} of point {@code index}. */
    public double coordinate(int index, int dim) {
        if (index < 0 || index >= count || dim < 0 || dim >= dims) {
            throw new IllegalArgumentException("point (" + index + ", " + dim + ") out of range for " + count
                    + " points of " + dims + " dimensions");
        }
        return points[index * dims + dim];
    }

    /** The label of point {@code index}. */
    public int label(int index) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("index (" + index + ") must be in [0, " + count + ")");
        }
        return labels[index];
    }

    /** A weight vector as a map key: equal when every component has the same bits. */
    private static final class Weights {
        private final double[] values;
        private final int hash;

        Weights(double[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Weights other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
