package hyperplane.engine;

/**
 * A user-typed function of x and y, parsed once into a tree, with its gradient (∂f/∂x, ∂f/∂y) built symbolically
 * by the same rules as {@link Expression}'s derivative (y is a constant in ∂f/∂x and x in ∂f/∂y), not by finite
 * differences.
 *
 * <p>Syntax: that of {@link Expression} with the variable y beside x, e.g. "x^2 + 10y^2", "(1 - x)^2 +
 * 100(y - x^2)^2", "sin(x)cos(y)". At most {@value Expression#MAX_LENGTH} characters. Evaluation follows IEEE
 * arithmetic and allocates nothing: where the formula is undefined (log of a negative number, 0/0) the value is NaN.
 */
public final class Expression2D implements Function2D {
    private final ExpressionNode root;
    private final ExpressionNode dx;
    private final ExpressionNode dy;
    private final String text;

    private Expression2D(ExpressionNode root, String text) {
        this.root = root;
        this.dx = ExpressionDerivative.of(root, ExpressionNode.Op.X);
        this.dy = ExpressionDerivative.of(root, ExpressionNode.Op.Y);
        this.text = text;
    }

    /**
     * Reads a formula of x and y.
     *
     * @throws ExpressionException with a message naming the problem and the character where it is (counted from 1),
     *     e.g. "unknown name 'z' at character 9", or the problem alone: "empty expression"
     */
    public static Expression2D parse(String text) throws ExpressionException {
        if (text == null) {
            throw ExpressionException.ofWhole("empty expression", 0);
        }
        if (text.length() > Expression.MAX_LENGTH) {
            throw ExpressionException.ofWhole("expression longer than " + Expression.MAX_LENGTH + " characters",
                    Expression.MAX_LENGTH);
        }
        return new Expression2D(ExpressionParser.parse(text, true), text);
    }

    @Override
    public double value(double x, double y) {
        return root.evaluate(x, y);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = dx.evaluate(x, y);
        out[1] = dy.evaluate(x, y);
    }

    /** ∂f/∂x in the readable form of {@link #toString()}. */
    public String partialX() {
        return dx.toString();
    }

    /** ∂f/∂y in the readable form of {@link #toString()}. */
    public String partialY() {
        return dy.toString();
    }

    /** The text as it was typed. */
    public String source() {
        return text;
    }

    /** A readable normalized form, e.g. "x^2 + 10*y^2", that {@link #parse(String)} reads back to the same formula. */
    @Override
    public String toString() {
        return root.toString();
    }
}
