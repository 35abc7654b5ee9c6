package hyperplane.engine;

/**
 * One immutable node of a formula tree in x and y; subtrees may be shared (a derivative reuses its original's
 * nodes), so this is really a DAG. Evaluation is a recursive switch and allocates nothing.
 *
 * <p>The parser builds nodes with the constructor and so keeps the formula as typed; {@link ExpressionAlgebra}
 * builds simplified ones, {@link ExpressionDerivative} differentiates and {@link ExpressionPrinter} prints.
 */
final class ExpressionNode {
    /** What a node computes. */
    enum Op {
        NUMBER("", 5), CONSTANT("", 5), X("x", 5), Y("y", 5),
        ADD(" + ", 1), SUB(" - ", 1), MUL("*", 2), DIV("/", 2), NEG("-", 3), POW("^", 4),
        SIN("sin", 5), COS("cos", 5), TAN("tan", 5), EXP("exp", 5), LOG("ln", 5), SQRT("sqrt", 5),
        ABS("abs", 5), TANH("tanh", 5), SIGMOID("sigmoid", 5), SIGN("sign", 5);

        /** The operator's symbol, the variable's name or the function's printed name. */
        final String symbol;
        /** Binding strength for printing: 1 sums, 2 products, 3 negation, 4 powers, 5 atoms and calls. */
        final int precedence;

        Op(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }
    }

    static final ExpressionNode ZERO = number(0);
    static final ExpressionNode ONE = number(1);
    static final ExpressionNode TWO = number(2);
    static final ExpressionNode X = new ExpressionNode(Op.X, 0, null, null, null);
    static final ExpressionNode Y = new ExpressionNode(Op.Y, 0, null, null, null);

    final Op op;
    /** The value of a NUMBER or CONSTANT node. */
    final double number;
    /** The name of a CONSTANT node ("pi" or "e"). */
    final String name;
    /** The operand of unary nodes and functions, the left operand of binary ones. */
    final ExpressionNode left;
    /** The right operand of binary nodes (the exponent of POW). */
    final ExpressionNode right;
    /** True when x occurs in this subtree. */
    final boolean dependsOnX;
    /** True when y occurs in this subtree. */
    final boolean dependsOnY;

    ExpressionNode(Op op, double number, String name, ExpressionNode left, ExpressionNode right) {
        this.op = op;
        this.number = number;
        this.name = name;
        this.left = left;
        this.right = right;
        this.dependsOnX = op == Op.X || (left != null && left.dependsOnX) || (right != null && right.dependsOnX);
        this.dependsOnY = op == Op.Y || (left != null && left.dependsOnY) || (right != null && right.dependsOnY);
    }

    static ExpressionNode number(double value) {
        return new ExpressionNode(Op.NUMBER, value, null, null, null);
    }

    static ExpressionNode constant(String name, double value) {
        return new ExpressionNode(Op.CONSTANT, value, name, null, null);
    }

    static ExpressionNode binary(Op op, ExpressionNode left, ExpressionNode right) {
        return new ExpressionNode(op, 0, null, left, right);
    }

    static ExpressionNode unary(Op op, ExpressionNode operand) {
        return new ExpressionNode(op, 0, null, operand, null);
    }

    /** True when {@code variable} ({@link Op#X} or {@link Op#Y}) occurs in this subtree. */
    boolean dependsOn(Op variable) {
        return variable == Op.X ? dependsOnX : dependsOnY;
    }

    /** True for a NUMBER node of this value. */
    boolean is(double value) {
        return op == Op.NUMBER && number == value;
    }

    /** The value at x of a formula without y. */
    double evaluate(double x) {
        return evaluate(x, 0);
    }

    /** The value at (x, y). Follows IEEE arithmetic: NaN and infinities propagate, nothing throws. */
    double evaluate(double x, double y) {
        switch (op) {
            case NUMBER:
            case CONSTANT:
                return number;
            case X:
                return x;
            case Y:
                return y;
            case ADD:
                return left.evaluate(x, y) + right.evaluate(x, y);
            case SUB:
                return left.evaluate(x, y) - right.evaluate(x, y);
            case MUL:
                return left.evaluate(x, y) * right.evaluate(x, y);
            case DIV:
                return left.evaluate(x, y) / right.evaluate(x, y);
            case NEG:
                return -left.evaluate(x, y);
            case POW:
                return Math.pow(left.evaluate(x, y), right.evaluate(x, y));
            case SIN:
                return Math.sin(left.evaluate(x, y));
            case COS:
                return Math.cos(left.evaluate(x, y));
            case TAN:
                return Math.tan(left.evaluate(x, y));
            case EXP:
                return Math.exp(left.evaluate(x, y));
            case LOG:
                return Math.log(left.evaluate(x, y));
            case SQRT:
                return Math.sqrt(left.evaluate(x, y));
            case ABS:
                return Math.abs(left.evaluate(x, y));
            case TANH:
                return Math.tanh(left.evaluate(x, y));
            case SIGMOID:
                return sigmoid(left.evaluate(x, y));
            default:
                return Math.signum(left.evaluate(x, y));
        }
    }

    /** σ(u) = 1/(1 + e^(−u)), written so that e^(...) never overflows. */
    private static double sigmoid(double u) {
        if (u >= 0) {
            return 1 / (1 + Math.exp(-u));
        }
        double e = Math.exp(u);
        return e / (1 + e);
    }

    /** The derivative d/dx (see {@link ExpressionDerivative}). */
    ExpressionNode derivative() {
        return ExpressionDerivative.of(this, Op.X);
    }

    /** Whether this subtree and {@code other} are the same formula, node for node. */
    boolean sameAs(ExpressionNode other) {
        if (this == other) {
            return true;
        }
        if (other == null || op != other.op || Double.compare(number, other.number) != 0
                || (name == null ? other.name != null : !name.equals(other.name))) {
            return false;
        }
        return (left == null ? other.left == null : left.sameAs(other.left))
                && (right == null ? other.right == null : right.sameAs(other.right));
    }

    /** The readable form of {@link ExpressionPrinter}, which the parser reads back to the same tree. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        ExpressionPrinter.append(this, out);
        return out.toString();
    }
}
