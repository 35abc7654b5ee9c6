package hyperplane.engine;

/**
 * How {@link Network#initialize(Initialization, SeededRandom)} sets the parameters.
 *
 * <ul>
 *   <li>{@link #RANDOM}: each weight of layer l (fan-in n = size(l−1), fan-out m = size(l)) is drawn
 *       uniformly from [−r, r), with r = √(6 / (n + m)) (Glorot/Xavier, Glorot and Bengio 2010) when
 *       the layer's activation is sigmoid, tanh or linear, and r = √(6 / n) (He, He et al. 2015)
 *       when it is ReLU or leaky ReLU. Draws are taken layer by layer, row by row
 *       (w^1_00, w^1_01, …), from the generator passed in. Biases are set to 0.</li>
 *   <li>{@link #ZEROS}: every weight and bias is 0, which shows the symmetry problem: all neurons of
 *       a layer receive the same gradient and stay identical.</li>
 * </ul>
 */
public enum Initialization implements Keyed {
    /** Seeded Glorot / He uniform weights, zero biases. */
    RANDOM("random", "Random"),
    /** All weights and biases 0. */
    ZEROS("zeros", "Zeros");

    private final Tag tag;

    Initialization(String key, String label) {
        this.tag = new Tag(key, label);
    }

    @Override
    public Tag tag() {
        return tag;
    }

    /**
     * r of {@link #RANDOM} for a layer with this activation, fan-in n and fan-out m: √(6 / n) (He) for ReLU and
     * leaky ReLU, √(6 / (n + m)) (Glorot) otherwise.
     */
    static double range(Activation activation, int fanIn, int fanOut) {
        return activation == Activation.RELU || activation == Activation.LEAKY_RELU
                ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut));
    }

    /**
     * The initialization whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static Initialization fromKey(String key) {
        return Keyed.fromKey(values(), key, "initialization");
    }
}
