package hyperplane.engine;

/**
 * Nesterov's accelerated momentum, in the form that needs no second gradient evaluation: the velocity is kept as
 * in {@link Momentum}, but the step looks one velocity ahead, taking the fresh gradient plus the decayed new
 * velocity:
 * <pre>
 *   v ← β v + d
 *   w ← w − η (d + β v)
 * </pre>
 * where d = g/|B| + λ R′(w). Overshoots are corrected a step sooner than with plain momentum.
 */
public final class Nesterov extends MemoryRule {
    private final double beta;

    /** Nesterov momentum with decay β. @throws IllegalArgumentException unless 0 ≤ β &lt; 1 */
    public Nesterov(double beta) {
        super(1);
        this.beta = decay("beta", beta);
    }

    /** β. */
    public double beta() {
        return beta;
    }

    @Override
    protected double direction(int slot, double d) {
        double[] v = memory[0];
        double velocity = beta * v[slot] + d;
        v[slot] = velocity;
        return d + beta * velocity;
    }
}
