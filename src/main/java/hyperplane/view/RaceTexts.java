package hyperplane.view;

import hyperplane.engine.Expression2D;
import hyperplane.engine.ExpressionException;

/** The words of the two-variable race that are not numbers in the plot: the typed formula's gradient and errors. */
public final class RaceTexts {
    private RaceTexts() {
    }

    /** "∂f/∂x = 2*x, ∂f/∂y = 20*y". */
    public static String gradient(Expression2D f) {
        return "∂f/∂x = " + f.partialX() + ", ∂f/∂y = " + f.partialY();
    }

    /** Beside the formula's field while a built-in surface is chosen. */
    public static final String GRADIENT_HIDDEN = "(press Enter in the field to see it)";

    /** The message beside the formula's field when it cannot be read (it names the character, counted from 1). */
    public static String unreadable(ExpressionException e) {
        return "Cannot read f(x, y): " + e.getMessage() + ". The race stays on the last good surface.";
    }
}
