package hyperplane.engine;

/**
 * A real function f(x, y) with its gradient, for the two-variable descent race. Implementations return NaN (never
 * throw) where f or a partial derivative is undefined; the race treats a non-finite value as divergence.
 */
public interface Function2D {
    /** f(x, y). */
    double value(double x, double y);

    /** Writes ∂f/∂x into out[0] and ∂f/∂y into out[1]. */
    void gradient(double x, double y, double[] out);
}
