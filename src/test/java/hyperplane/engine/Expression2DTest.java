package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A typed f(x, y): its values, its symbolic gradient against central differences, and its parse errors. */
class Expression2DTest {
    private static final double[] XS = {-2.3, -0.7, 0.4, 1.3, 2.1};
    private static final double[] YS = {-1.9, -0.2, 0.6, 1.7};

    private static Expression2D parse(String text) {
        try {
            return Expression2D.parse(text);
        } catch (ExpressionException e) {
            throw new AssertionError("'" + text + "' did not parse: " + e.getMessage(), e);
        }
    }

    private static ExpressionException error(String text) {
        return assertThrows(ExpressionException.class, () -> Expression2D.parse(text), text);
    }

    @Test
    void readsXAndYWithTheOneVariableSyntax() {
        assertEquals(4 + 10 * 9, parse("x^2 + 10*y^2").value(2, 3), 0.0);
        assertEquals(4 + 10 * 9, parse("x^2 + 10y^2").value(2, 3), 0.0, "implicit product");
        assertEquals(6, parse("x y").value(2, 3), 0.0);
        assertEquals(Math.sin(2) * Math.cos(3), parse("sin(x)cos(y)").value(2, 3), 0.0);
        assertEquals(Surface.ROSENBROCK.value(0.3, 0.7, 1), parse("(1 - x)^2 + 100(y - x^2)^2").value(0.3, 0.7),
                1e-12);
        assertEquals("x^2 + 10*y^2", parse("x^2 + 10y^2").toString());
    }

    /**
     * The gradient against central differences (f(x + h, y) − f(x − h, y)) / 2h with h = 1e-5: relative error at most
     * 1e-6 (of max(1, |∂f|)) at every grid point where f is defined, on surfaces that use every rule: sums,
     * products, quotients, powers with either or both sides variable, and each function.
     */
    @Test
    void theSymbolicGradientMatchesCentralDifferences() {
        List<String> formulas = List.of("x^2 + 10*y^2", "(1 - x)^2 + 100(y - x^2)^2", "x^2 - y^2",
                "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "sin(x)cos(y) + x y^3", "exp(-(x^2 + y^2)/4)",
                "x/(1 + y^2) - y/(2 + x^2)", "ln(1 + x^2 + y^2)", "sqrt(1 + x^2 y^2)", "tanh(x - y) + sigmoid(x y)",
                "2^x + y^x * 0 + (x^2 + 1)^(y/3)", "abs(x + 0.05) * y^2", "tan(x/4 + y/5)", "e^(x y / 5) + pi*y");
        double h = 1e-5;
        double[] g = new double[2];
        for (String text : formulas) {
            Expression2D f = parse(text);
            for (double x : XS) {
                for (double y : YS) {
                    f.gradient(x, y, g);
                    double dx = (f.value(x + h, y) - f.value(x - h, y)) / (2 * h);
                    double dy = (f.value(x, y + h) - f.value(x, y - h)) / (2 * h);
                    if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
                        continue;
                    }
                    assertEquals(dx, g[0], 1e-6 * Math.max(1, Math.abs(dx)), text + " ∂f/∂x at (" + x + ", " + y + ")");
                    assertEquals(dy, g[1], 1e-6 * Math.max(1, Math.abs(dy)), text + " ∂f/∂y at (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void thePartialsReadAsFormulas() {
        Expression2D f = parse("x^2 + 10y^2");
        assertEquals("2*x", f.partialX());
        assertEquals("20*y", f.partialY());
        Expression2D g = parse("x y^3");
        assertEquals("y^3", g.partialX());
        assertEquals("x*(3*y^2)", g.partialY());
    }

    @Test
    void whereFIsUndefinedTheValueIsNaN() {
        Expression2D f = parse("ln(x) + y");
        assertTrue(Double.isNaN(f.value(-1, 0)));
        double[] g = new double[2];
        f.gradient(0, 1, g);
        assertTrue(Double.isInfinite(g[0]));
    }

    @Test
    void refusesWhatItCannotReadAndSaysWhere() {
        assertEquals("unknown name 'z' at character 11", error("x^2 + y^2*z").getMessage());
        assertEquals(10, error("x^2 + y^2*z").position());
        assertEquals("missing ')' for '(' at character 1", error("(x + y").getMessage());
        assertEquals("empty expression", error("  ").getMessage());
        assertEquals("unexpected end of expression", error("x + ").getMessage());
        error("x".repeat(Expression.MAX_LENGTH + 1));
        assertThrows(ExpressionException.class, () -> Expression.parse("x + y"), "the one-variable f(x) has no y");
    }
}
