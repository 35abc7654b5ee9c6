package hyperplane.engine;

/**
 * A user-typed function of x, parsed once into a tree, with its derivative built symbolically.
 *
 * <p>Syntax (see {@link ExpressionParser} for the grammar): numbers, x, the constants pi and e; + − * /
 * and ^ (also **) with the usual precedence, ^ right-associative (2^3^2 = 2^9) and binding tighter than a
 * leading minus (-x^2 = −(x²)); implicit products such as 2x, 2(x+1), (x−1)(x+1) and 3sin(x); functions
 * sin cos tan exp log (natural, also ln) sqrt abs tanh sigmoid sign, each with parentheses.
 * At most {@value #MAX_LENGTH} characters.
 *
 * <p>The derivative is the tree of the rules of differentiation, simplified as it is built (0 and 1 folded,
 * ln(e) = 1, u/u = 1, see ExpressionNode), not a finite difference; {@link #derivativeExpression()} shows it.
 * Evaluation follows IEEE arithmetic and allocates nothing: where the formula is undefined (log of a negative
 * number, 0/0) the value is NaN, and a NaN x gives NaN.
 */
public final class Expression implements Function1D {
    /** The longest text {@link #parse(String)} accepts. */
    public static final int MAX_LENGTH = 200;

    private final ExpressionNode root;
    private final ExpressionNode derivativeRoot;
    private final String text;
    private Expression derivativeExpression;

    private Expression(ExpressionNode root, String text) {
        this.root = root;
        this.derivativeRoot = root.derivative();
        this.text = text;
    }

    /**
     * Reads a formula of x.
     *
     * @throws ExpressionException with a message naming the problem and the character where it is (counted
     *     from 1), e.g. "unexpected ')' at character 8", "unknown function 'foo' at character 1",
     *     "missing ')' for '(' at character 4"; or the problem alone: "empty expression"
     */
    public static Expression parse(String text) throws ExpressionException {
        if (text == null) {
            throw ExpressionException.ofWhole("empty expression", 0);
        }
        if (text.length() > MAX_LENGTH) {
            throw ExpressionException.ofWhole("expression longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        return new Expression(ExpressionParser.parse(text), text);
    }

    /** f(x). */
    @Override
    public double value(double x) {
        return root.evaluate(x);
    }

    /** f′(x), from the symbolic derivative. */
    @Override
    public double derivative(double x) {
        return derivativeRoot.evaluate(x);
    }

    /** The derivative as an expression of its own (its derivative is the second derivative). */
    public Expression derivativeExpression() {
        if (derivativeExpression == null) {
            derivativeExpression = new Expression(derivativeRoot, derivativeRoot.toString());
        }
        return derivativeExpression;
    }

    /** True when the formula contains x (false for a constant such as "2*pi"). */
    public boolean dependsOnX() {
        return root.dependsOnX;
    }

    /** The text as it was typed. */
    public String source() {
        return text;
    }

    /** The normalized formula, the same as {@link #toString()}. */
    @Override
    public String name() {
        return toString();
    }

    /**
     * A readable normalized form, e.g. "x^4 - 3*x^2 + x", that {@link #parse(String)} reads back to the
     * same formula (possibly longer than {@value #MAX_LENGTH} characters for a derivative).
     */
    @Override
    public String toString() {
        return root.toString();
    }
}
