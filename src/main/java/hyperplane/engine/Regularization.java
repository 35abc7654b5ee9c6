package hyperplane.engine;

/**
 * Weight penalties R(w) added to the cost as λ Σ R(w) over the weights (never the biases), with
 * their derivative R′(w) beside them; the trainer applies w ← w − η (g/|B| + λ R′(w)).
 * NaN in gives NaN out, except that L1's R′ of NaN is 0 (it is decided by comparisons).
 */
public enum Regularization implements Keyed {
    /** No penalty: R = 0, R′ = 0. */
    NONE("none", "None") {
        @Override
        public double penalty(double w) {
            return 0;
        }

        @Override
        public double derivative(double w) {
            return 0;
        }
    },
    /** Lasso: R(w) = |w|, R′(w) = sign(w), taken as 0 at w = 0. */
    L1("l1", "L1") {
        @Override
        public double penalty(double w) {
            return Math.abs(w);
        }

        @Override
        public double derivative(double w) {
            return w > 0 ? 1 : (w < 0 ? -1 : 0);
        }
    },
    /** Ridge / weight decay: R(w) = w²/2, R′(w) = w. */
    L2("l2", "L2") {
        @Override
        public double penalty(double w) {
            return 0.5 * w * w;
        }

        @Override
        public double derivative(double w) {
            return w;
        }
    };

    private final Tag tag;

    Regularization(String key, String label) {
        this.tag = new Tag(key, label);
    }

    /** R(w). */
    public abstract double penalty(double w);

    /** R′(w). */
    public abstract double derivative(double w);

    @Override
    public Tag tag() {
        return tag;
    }

    /**
     * The regularization whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static Regularization fromKey(String key) {
        return Keyed.fromKey(values(), key, "regularization");
    }
}
