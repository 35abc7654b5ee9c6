package hyperplane.view;

import hyperplane.engine.GradientDescent;
import hyperplane.state.Decimals;

/**
 * Text for the gradient-descent explorer's table and status line.
 *
 * <p>A table cell shows up to {@value #DECIMALS} decimals with trailing zeros dropped, so the worked examples of
 * DESIGN.md §4 read exactly (3.96, 3.9208, 3.882384; 2.2499646). Magnitudes below 0.0001 (but not 0) and of ten
 * million or more are written in the short scientific form instead ("2.50e-5"), so a vanishing gradient never
 * shows as a flat 0 and a diverging x stays short. A negative number starts with the minus sign (U+2212, "−0.5"), as
 * "−∞" does; NaN shows as "NaN", infinities as "∞" / "−∞".
 */
public final class DescentTable {
    /** Decimals shown in a table cell. */
    public static final int DECIMALS = 7;

    private DescentTable() {
    }

    /** One number as the table shows it (see the class comment). */
    public static String cell(double value) {
        if (value != value) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        double magnitude = Math.abs(value);
        if (value != 0 && (magnitude < 1e-4 || magnitude >= 1e7)) {
            return LinearForm.minus(Format.scientific(value));
        }
        return LinearForm.minus(Ticks.format(value, DECIMALS));
    }

    /**
     * The status line: "Running: 3 steps so far.", "Converged after 70 steps: the last step was shorter than
     * 0.00001.", "Hit the cap of 1000 steps before converging.", or "Diverged after 148 steps: x ran off to …".
     */
    public static String status(GradientDescent run) {
        int steps = run.steps();
        String stepsText = steps == 1 ? "1 step" : steps + " steps";
        switch (run.status()) {
            case CONVERGED:
                return "Converged after " + stepsText + ": the last step was shorter than "
                        + Decimals.text(run.threshold()) + ". x = " + cell(run.x()) + ".";
            case CAP_REACHED:
                return "Hit the cap of " + stepsText + " before converging. x = " + cell(run.x()) + ".";
            case DIVERGED:
                return "Diverged after " + stepsText + ": x or f(x) ran off beyond any bound. Try a smaller ε.";
            default:
                return steps == 0 ? "Ready: press Step, Play or To the end." : "Running: " + stepsText + " so far, x = "
                        + cell(run.x()) + ".";
        }
    }

    /** A one-word status for tests and styling: "running", "converged", "cap", "diverged". */
    public static String statusKey(GradientDescent run) {
        switch (run.status()) {
            case CONVERGED:
                return "converged";
            case CAP_REACHED:
                return "cap";
            case DIVERGED:
                return "diverged";
            default:
                return "running";
        }
    }
}
