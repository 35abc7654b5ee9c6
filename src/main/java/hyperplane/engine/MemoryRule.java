package hyperplane.engine;

/**
 * The shared loop of the update rules that remember something per parameter ({@link Momentum}, {@link Nesterov},
 * {@link RmsProp}, {@link Adam}). Every one of them works on the same effective gradient
 * d = g/|B| + λ R′(p) (the batch's mean gradient plus the penalty's slope, so L1 and L2 act through the rule) and
 * moves p ← p − η · {@link #direction}(slot, d): the subclass turns d into a direction and updates its memory.
 *
 * <p>The memory is {@code arrays} flat arrays with one slot per parameter; before a slot changes, its old values go
 * to a backup, so {@link #undo} (after a diverging batch) and a refused value put them back.
 */
abstract class MemoryRule implements UpdateRule {
    private final int arrays;
    /** memory[k][slot]: the k-th remembered quantity of the parameter in {@code slot}. */
    protected double[][] memory = new double[0][];
    private double[][] backup = new double[0][];
    private double refused;

    /** A rule that keeps {@code arrays} numbers per parameter. */
    MemoryRule(int arrays) {
        this.arrays = arrays;
    }

    @Override
    public final void reset(int parameterCount) {
        if (parameterCount < 0) {
            throw new IllegalArgumentException("parameterCount (" + parameterCount + ") must be >= 0");
        }
        memory = new double[arrays][parameterCount];
        backup = new double[arrays][parameterCount];
        start();
    }

    /** Sets the freshly zeroed memory to its start; the default leaves every slot at 0. */
    protected void start() {
    }

    /**
     * Updates the memory of {@code slot} from the effective gradient {@code d} and returns the direction the
     * parameter moves against, before the learning rate.
     */
    protected abstract double direction(int slot, double d);

    @Override
    public final int update(double[] p, double[] g, double[] saved, int from, int to, int state, double learningRate,
            int batchSize, Regularization penalty, double penaltyRate) {
        double scale = 1.0 / batchSize;
        boolean penalized = penalty != Regularization.NONE;
        for (int i = from; i < to; i++) {
            double gi = g[i];
            if (!(gi - gi == 0)) {
                return i;
            }
            double old = p[i];
            double d = penalized ? gi * scale + penaltyRate * penalty.derivative(old) : gi * scale;
            int slot = state + i - from;
            keep(slot);
            double updated = old - learningRate * direction(slot, d);
            if (!(updated - updated == 0)) {
                refused = updated;
                putBack(slot, 1);
                return i;
            }
            saved[i] = old;
            p[i] = updated;
        }
        return to;
    }

    private void keep(int slot) {
        for (int k = 0; k < arrays; k++) {
            backup[k][slot] = memory[k][slot];
        }
    }

    private void putBack(int state, int count) {
        for (int k = 0; k < arrays; k++) {
            System.arraycopy(backup[k], state, memory[k], state, count);
        }
    }

    @Override
    public final double refused() {
        return refused;
    }

    @Override
    public final void undo(int state, int count) {
        putBack(state, count);
    }

    /** Checks 0 ≤ value &lt; 1 for a decay factor named {@code name}. */
    static double decay(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0 and < 1");
        }
        return value;
    }

    /** Checks 0 &lt; value &lt; ∞ for a small constant named {@code name}. */
    static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be > 0 and finite");
        }
        return value;
    }
}
