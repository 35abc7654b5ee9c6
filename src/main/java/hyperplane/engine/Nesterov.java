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
public final class Nesterov extends Momentum {
    /** Nesterov momentum with decay β. @throws IllegalArgumentException unless 0 ≤ β &lt; 1 */
    public Nesterov(double beta) {
        super(beta);
    }

    @Override
    protected double direction(int slot, double d) {
        return d + beta() * velocity(slot, d);
    }
}
