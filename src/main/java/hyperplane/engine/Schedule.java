package hyperplane.engine;

/**
 * How the learning rate changes from epoch to epoch, starting from the chosen rate η₀ at epoch 0:
 * <ul>
 *   <li>{@link Kind#CONSTANT}: η = η₀ always;</li>
 *   <li>{@link Kind#STEP}: η = η₀ · γ^⌊epoch / every⌋ (multiplied by γ once every {@code every} epochs);</li>
 *   <li>{@link Kind#EXPONENTIAL}: η = η₀ · γ^epoch (multiplied by γ every epoch).</li>
 * </ul>
 * The power is taken by repeated multiplication, so every runtime gives the same bits, and the rate never falls
 * below {@link #FLOOR} (a trainer's rate must stay above 0).
 *
 * @param kind   which rule
 * @param factor γ, with 0 &lt; γ ≤ 1 (ignored by {@link Kind#CONSTANT})
 * @param every  the epochs between drops of {@link Kind#STEP}, ≥ 1 (ignored by the others)
 */
public record Schedule(Kind kind, double factor, int every) {
    /** The smallest rate a schedule gives. */
    public static final double FLOOR = 1e-12;

    /** A constant rate. */
    public static final Schedule CONSTANT = new Schedule(Kind.CONSTANT, 1, 1);

    /** The three shapes. */
    public enum Kind implements Keyed {
        /** No change. */
        CONSTANT("constant", "Constant"),
        /** A drop by γ every few epochs. */
        STEP("step", "Step decay"),
        /** A drop by γ every epoch. */
        EXPONENTIAL("exp", "Exponential decay");

        private final Tag tag;

        Kind(String key, String label) {
            this.tag = new Tag(key, label);
        }

        @Override
        public Tag tag() {
            return tag;
        }

        /** @throws IllegalArgumentException naming the key if none matches */
        public static Kind fromKey(String key) {
            return Keyed.fromKey(values(), key, "schedule");
        }
    }

    /** @throws IllegalArgumentException for a null kind, γ outside (0, 1] or every &lt; 1 */
    public Schedule {
        if (kind == null) {
            throw new IllegalArgumentException("kind (null) must be given");
        }
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("factor (" + factor + ") must be > 0 and <= 1");
        }
        if (every < 1) {
            throw new IllegalArgumentException("every (" + every + ") must be >= 1");
        }
    }

    /** The rate for {@code epoch} (0, 1, 2, …) when the chosen rate is {@code base}. */
    public double rate(double base, int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch (" + epoch + ") must be >= 0");
        }
        int drops = switch (kind) {
            case CONSTANT -> 0;
            case STEP -> epoch / every;
            case EXPONENTIAL -> epoch;
        };
        double rate = base;
        for (int i = 0; i < drops && rate > FLOOR; i++) {
            rate *= factor;
        }
        return Math.max(rate, Math.min(base, FLOOR));
    }
}
