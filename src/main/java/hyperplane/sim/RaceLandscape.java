package hyperplane.sim;

import hyperplane.engine.Expression2D;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.Function2D;
import hyperplane.engine.Surface;
import hyperplane.state.RaceSettings;

/**
 * What a race runs on: f(x, y) with its gradient, the window the plot shows, the start that a new surface begins
 * from and the tolerance of the runs (10⁻⁶ on Rosenbrock, whose valley floor is nearly flat, 10⁻⁴ elsewhere). A
 * typed f(x, y) is shown on [−5, 5] × [−5, 5] from (−4, 3).
 *
 * @param function  f and its gradient
 * @param window    {xMin, xMax, yMin, yMax}
 * @param start     {x, y}
 * @param tolerance the step length below which a run has converged
 */
public record RaceLandscape(Function2D function, double[] window, double[] start, double tolerance) {
    static final double[] TYPED_WINDOW = {-5, 5, -5, 5};

    /** A built-in surface with condition number κ. */
    public static RaceLandscape of(Surface surface, double condition) {
        return new RaceLandscape(surface.function(condition), surface.window(), surface.start(),
                surface == Surface.ROSENBROCK ? 1e-6 : 1e-4);
    }

    /** A typed f(x, y). */
    public static RaceLandscape of(Expression2D typed) {
        return new RaceLandscape(typed, TYPED_WINDOW.clone(), RaceSettings.typedStart(), 1e-4);
    }

    /** The landscape of {@code settings}: its typed formula (which parses, as the settings checked) or surface. */
    public static RaceLandscape of(RaceSettings settings) {
        if (!settings.custom()) {
            return of(settings.surface(), settings.condition());
        }
        try {
            return of(Expression2D.parse(settings.expression()));
        } catch (ExpressionException e) {
            throw new IllegalStateException("the settings hold a formula that does not parse", e);
        }
    }
}
