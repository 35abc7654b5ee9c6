package hyperplane.sim;

import hyperplane.engine.Keyed;

/**
 * The classic learning-rate regimes of gradient descent on f(x) = (x − 2)² from x0 = 4, one click each.
 *
 * <p>There x′ − 2 = (1 − 2ε)(x − 2), so the distance to the minimum is multiplied by |1 − 2ε| each step:
 * 0.98 for ε = 0.01 (a crawl), 0.8 for ε = 0.1, 0 for ε = 0.5 (the minimum in one step), 1 for ε = 1
 * (bouncing between 4 and 0 for ever) and 1.2 for ε = 1.1 (growing without bound).
 */
public enum RegimePreset implements Keyed {
    /** ε = 0.01: converges, but takes hundreds of steps. */
    TOO_SMALL("too-small", "Too small", 0.01),
    /** ε = 0.1: converges in a few dozen steps. */
    GOOD("good", "Good", 0.1),
    /** ε = 0.5: lands on the minimum in one step. */
    ONE_STEP("one-step", "One step", 0.5),
    /** ε = 1: oscillates between 4 and 0 until the cap. */
    OSCILLATING("oscillating", "Oscillating", 1.0),
    /** ε = 1.1: each step overshoots further; diverges. */
    DIVERGING("diverging", "Diverging", 1.1);

    /** The start every preset uses. */
    public static final double START = 4;

    private final Tag tag;
    private final double learningRate;

    RegimePreset(String key, String label, double learningRate) {
        this.tag = new Tag(key, label);
        this.learningRate = learningRate;
    }

    @Override
    public Tag tag() {
        return tag;
    }

    /** The learning rate ε. */
    public double learningRate() {
        return learningRate;
    }
}
