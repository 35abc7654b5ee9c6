package hyperplane.engine;

/**
 * RMSProp: each parameter's step is divided by a running root mean square of its own gradients, so steep and
 * shallow directions move at similar speeds. With s starting at 0 and d = g/|B| + λ R′(w):
 * <pre>
 *   s ← ρ s + (1 − ρ) d²
 *   w ← w − η d / (√s + ε)
 * </pre>
 */
public final class RmsProp extends MemoryRule {
    private final double rho;
    private final double epsilon;

    /**
     * RMSProp with decay ρ and guard ε.
     *
     * @throws IllegalArgumentException unless 0 ≤ ρ &lt; 1 and 0 &lt; ε &lt; ∞
     */
    public RmsProp(double rho, double epsilon) {
        super(1);
        this.rho = decay("rho", rho);
        this.epsilon = positive("epsilon", epsilon);
    }

    /** ρ. */
    public double rho() {
        return rho;
    }

    /** ε. */
    public double epsilon() {
        return epsilon;
    }

    @Override
    protected double direction(int slot, double d) {
        double[] s = memory[0];
        double square = rho * s[slot] + (1 - rho) * d * d;
        s[slot] = square;
        return d / (Math.sqrt(square) + epsilon);
    }
}
