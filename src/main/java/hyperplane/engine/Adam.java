package hyperplane.engine;

/**
 * Adam: momentum on the gradient and RMSProp's scaling together, each average corrected for starting at 0. With
 * d = g/|B| + λ R′(w), m and s starting at 0 and t counting this parameter's updates from 1:
 * <pre>
 *   m ← β₁ m + (1 − β₁) d
 *   s ← β₂ s + (1 − β₂) d²
 *   m̂ = m / (1 − β₁ᵗ),   ŝ = s / (1 − β₂ᵗ)
 *   w ← w − η m̂ / (√ŝ + ε)
 * </pre>
 * The powers β₁ᵗ and β₂ᵗ are kept per parameter and multiplied once per update (no {@code Math.pow}, so every
 * runtime gives the same bits). At t = 1 the correction makes m̂ = d and ŝ = d², so the first step is
 * η d / (|d| + ε): about η in every direction, whatever the gradient's size.
 */
public final class Adam extends MemoryRule {
    private static final int M = 0;
    private static final int S = 1;
    private static final int POWER1 = 2;
    private static final int POWER2 = 3;

    private final double beta1;
    private final double beta2;
    private final double epsilon;

    /**
     * Adam with decays β₁, β₂ and guard ε.
     *
     * @throws IllegalArgumentException unless 0 ≤ β₁ &lt; 1, 0 ≤ β₂ &lt; 1 and 0 &lt; ε &lt; ∞
     */
    public Adam(double beta1, double beta2, double epsilon) {
        super(4);
        this.beta1 = decay("beta1", beta1);
        this.beta2 = decay("beta2", beta2);
        this.epsilon = positive("epsilon", epsilon);
    }

    /** β₁. */
    public double beta1() {
        return beta1;
    }

    /** β₂. */
    public double beta2() {
        return beta2;
    }

    /** ε. */
    public double epsilon() {
        return epsilon;
    }

    @Override
    protected void start() {
        java.util.Arrays.fill(memory[POWER1], 1.0);
        java.util.Arrays.fill(memory[POWER2], 1.0);
    }

    @Override
    protected double direction(int slot, double d) {
        double m = beta1 * memory[M][slot] + (1 - beta1) * d;
        double s = beta2 * memory[S][slot] + (1 - beta2) * d * d;
        double power1 = memory[POWER1][slot] * beta1;
        double power2 = memory[POWER2][slot] * beta2;
        memory[M][slot] = m;
        memory[S][slot] = s;
        memory[POWER1][slot] = power1;
        memory[POWER2][slot] = power2;
        double mHat = m / (1 - power1);
        double sHat = s / (1 - power2);
        return mHat / (Math.sqrt(sHat) + epsilon);
    }
}
