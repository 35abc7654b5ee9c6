package hyperplane.engine;

/**
 * Gradient descent with momentum (heavy ball): a velocity v per parameter, starting at 0, gathers the effective
 * gradients d = g/|B| + λ R′(w) with decay β, and the parameter follows it:
 * <pre>
 *   v ← β v + d
 *   w ← w − η v
 * </pre>
 * With β = 0 this is plain descent; with β = 0.9 a steady slope is followed about ten times as fast, and steps
 * that flip sign (a zig-zag across a valley) largely cancel.
 */
public class Momentum extends MemoryRule {
    private final double beta;

    /** Momentum with decay β. @throws IllegalArgumentException unless 0 ≤ β &lt; 1 */
    public Momentum(double beta) {
        super(1);
        this.beta = decay("beta", beta);
    }

    /** β. */
    public double beta() {
        return beta;
    }

    @Override
    protected double direction(int slot, double d) {
        return velocity(slot, d);
    }

    /** v ← β v + d for the parameter in {@code slot}; returns the new v. */
    protected final double velocity(int slot, double d) {
        double[] v = memory[0];
        double velocity = beta * v[slot] + d;
        v[slot] = velocity;
        return velocity;
    }
}
