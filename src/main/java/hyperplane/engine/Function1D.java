package hyperplane.engine;

/**
 * A real function of one variable with its derivative, for the gradient-descent explorer.
 *
 * <p>Implementations return NaN (never throw) where the function or its derivative is undefined,
 * e.g. log(x) for x ≤ 0; {@link GradientDescent} treats a non-finite value as divergence.
 */
public interface Function1D {
    /** f(x). */
    double value(double x);

    /** f′(x). */
    double derivative(double x);

    /** A short display name such as "(x − 2)²". */
    String name();
}
