package hyperplane.engine;

/**
 * What the two perceptrons share: d inputs, a flat array of weights (one row of d + 1 per output, the last entry
 * of a row its bias) and the learning rate η, with the checks of their arguments.
 */
abstract class LinearWeights {
    protected final int inputs;
    protected final double[] weights;
    protected double learningRate;

    /**
     * @param rows the number of weight rows (1 for the binary perceptron, K for K classes)
     * @throws IllegalArgumentException if {@code inputs < 1} or the learning rate is not finite and > 0
     */
    LinearWeights(int inputs, int rows, double learningRate) {
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs (" + inputs + ") must be >= 1");
        }
        this.inputs = inputs;
        this.weights = new double[rows * (inputs + 1)];
        setLearningRate(learningRate);
    }

    /** The number d of inputs (each row of weights has d + 1 entries). */
    public int inputs() {
        return inputs;
    }

    /** The number of weights, rows · (d + 1). */
    public int weightCount() {
        return weights.length;
    }

    /** The learning rate η. */
    public double learningRate() {
        return learningRate;
    }

    /**
     * Sets the learning rate η.
     *
     * @throws IllegalArgumentException if η is NaN, infinite or ≤ 0
     */
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || learningRate == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("learningRate (" + learningRate + ") must be finite and > 0");
        }
        this.learningRate = learningRate;
    }

    /** Refuses a point that does not start at {@code offset} of {@code points} with all d coordinates. */
    protected void checkPoint(double[] points, int offset) {
        if (points == null) {
            throw new IllegalArgumentException("points must not be null");
        }
        if (offset < 0 || offset > points.length - inputs) {
            throw new IllegalArgumentException("offset (" + offset + ") must be in [0, "
                    + (points.length - inputs) + "] for " + points.length + " values and " + inputs + " inputs");
        }
    }
}
