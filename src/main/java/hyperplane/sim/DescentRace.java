package hyperplane.sim;

import hyperplane.engine.Function2D;
import hyperplane.engine.Regularization;
import hyperplane.engine.UpdateRule;
import java.util.Arrays;

/**
 * One optimizer's run down a surface f(x, y) ({@link Function2D}) from a start: the point (x, y) is a two-parameter model whose
 * gradient is the surface's, stepped by an {@link UpdateRule} as the trainer steps a network (batch size 1, no
 * penalty). The run ends at the first step that moves the point by less than the tolerance where the plain
 * gradient step η|∇f| is below it too (converged: a rule with momentum also takes a short step where it turns
 * round, far from the minimum), when
 * the point or its value stops being finite or leaves the plane beyond ±{@link #BOUND} (diverged, at that step),
 * or at the step cap. The path keeps every point visited, the start first.
 */
public final class DescentRace {
    /** How far from the origin a point may go before the run counts as diverged. */
    public static final double BOUND = 1e6;

    private DescentRace() {
    }

    /** How a run ended. */
    public enum Outcome {
        /** A step shorter than the tolerance. */
        CONVERGED,
        /** A value that was not finite, or a point beyond ±{@link #BOUND}. */
        DIVERGED,
        /** The step cap came first. */
        CAPPED
    }

    /**
     * A finished run.
     *
     * @param outcome how it ended
     * @param steps   the steps taken (for a divergence, the step at which it happened)
     * @param xs      the x of every point visited, start first ({@code steps + 1} values, or {@code steps} when
     *                the last step diverged and was not taken)
     * @param ys      the y of the same points
     */
    public record Run(Outcome outcome, int steps, double[] xs, double[] ys) {
        /** The last point reached: x. */
        public double x() {
            return xs[xs.length - 1];
        }

        /** The last point reached: y. */
        public double y() {
            return ys[ys.length - 1];
        }
    }

    /**
     * Runs {@code rule} (reset here) at rate η from (x0, y0) on {@code surface}.
     *
     * @throws IllegalArgumentException for a tolerance that is not positive or a cap below 1
     */
    public static Run run(Function2D surface, double x0, double y0, UpdateRule rule, double rate,
            double tolerance, int cap) {
        if (!(tolerance > 0) || cap < 1) {
            throw new IllegalArgumentException("tolerance (" + tolerance + ") must be > 0 and cap (" + cap
                    + ") >= 1");
        }
        rule.reset(2);
        double[] p = {x0, y0};
        double[] g = new double[2];
        double[] saved = new double[2];
        double[] xs = new double[Math.min(cap, 1024) + 1];
        double[] ys = new double[xs.length];
        xs[0] = x0;
        ys[0] = y0;
        int steps = 0;
        Outcome outcome = Outcome.CAPPED;
        while (steps < cap) {
            surface.gradient(p[0], p[1], g);
            boolean finite = rule.update(p, g, saved, 0, 2, 0, rate, 1, Regularization.NONE, 0) == 2;
            steps++;
            if (!finite || Math.abs(p[0]) > BOUND || Math.abs(p[1]) > BOUND
                    || !Double.isFinite(surface.value(p[0], p[1]))) {
                outcome = Outcome.DIVERGED;
                break;
            }
            if (steps >= xs.length) {
                xs = Arrays.copyOf(xs, Math.min(2 * xs.length, cap + 1));
                ys = Arrays.copyOf(ys, xs.length);
            }
            xs[steps] = p[0];
            ys[steps] = p[1];
            double dx = p[0] - saved[0];
            double dy = p[1] - saved[1];
            surface.gradient(p[0], p[1], g);
            if (Math.sqrt(dx * dx + dy * dy) < tolerance && rate * Math.sqrt(g[0] * g[0] + g[1] * g[1]) < tolerance) {
                outcome = Outcome.CONVERGED;
                break;
            }
        }
        int kept = outcome == Outcome.DIVERGED ? steps : steps + 1;
        return new Run(outcome, steps, Arrays.copyOf(xs, kept), Arrays.copyOf(ys, kept));
    }
}
