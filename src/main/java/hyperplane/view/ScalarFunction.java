package hyperplane.view;

/**
 * A real function of one real variable, f(x), for {@link FunctionPlot}: an activation φ or its derivative φ′,
 * or the gradient-descent explorer's f. (Named apart from java.util.function.DoubleFunction, which is generic.)
 */
public interface ScalarFunction {
    /** f(x); may return NaN or ±∞ where f is undefined or overflows, and the plot breaks there. */
    double at(double x);
}
