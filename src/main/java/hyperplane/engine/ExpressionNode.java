package hyperplane.engine;

/**
 * One immutable node of a formula tree; subtrees may be shared (the derivative reuses its original's
 * nodes), so this is really a DAG. Evaluation is a recursive switch and allocates nothing.
 *
 * <p>The static builders ({@link #add}, {@link #mul}, {@link #log}, ...) simplify lightly as they build: they fold
 * 0 and 1 (u + 0 = u, u·1 = u, u·0 = 0, u^1 = u, u^0 = 1, 0/u = 0, −(−u) = u), ln(e) = 1 and ln(1) = 0, a quotient
 * of two identical subtrees (u/u = 1), move minus signs outwards (u + (−v) = u − v, (−u)·v = −(u·v) = -c*w when
 * u·v = c·w), and combine two plain numbers when the result is finite, also through a product (3·(2·x) = 6·x).
 * Every fold gives the same double wherever the unfolded tree is finite (Math.log(Math.E) is exactly 1, and u/u is
 * exactly 1 for a finite nonzero u); folding u·0 to 0, 0/u to 0 and u/u to 1 ignores what happens where u is
 * infinite or 0, the usual convention of symbolic differentiation.
 * The parser builds nodes with the constructor and so keeps the formula as typed.
 */
final class ExpressionNode {
    /** What a node computes. */
    enum Op {
        NUMBER("", 5), CONSTANT("", 5), VARIABLE("x", 5),
        ADD(" + ", 1), SUB(" - ", 1), MUL("*", 2), DIV("/", 2), NEG("-", 3), POW("^", 4),
        SIN("sin", 5), COS("cos", 5), TAN("tan", 5), EXP("exp", 5), LOG("ln", 5), SQRT("sqrt", 5),
        ABS("abs", 5), TANH("tanh", 5), SIGMOID("sigmoid", 5), SIGN("sign", 5);

        /** The operator's symbol or the function's printed name. */
        final String symbol;
        /** Binding strength for printing: 1 sums, 2 products, 3 negation, 4 powers, 5 atoms and calls. */
        final int precedence;

        Op(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        boolean isFunction() {
            return ordinal() >= SIN.ordinal();
        }
    }

    static final ExpressionNode ZERO = number(0);
    static final ExpressionNode ONE = number(1);
    static final ExpressionNode TWO = number(2);
    static final ExpressionNode X = new ExpressionNode(Op.VARIABLE, 0, null, null, null);

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

    ExpressionNode(Op op, double number, String name, ExpressionNode left, ExpressionNode right) {
        this.op = op;
        this.number = number;
        this.name = name;
        this.left = left;
        this.right = right;
        this.dependsOnX = op == Op.VARIABLE || (left != null && left.dependsOnX)
                || (right != null && right.dependsOnX);
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

    /** The value at x. Follows IEEE arithmetic: NaN and infinities propagate, nothing throws. */
    double evaluate(double x) {
        switch (op) {
            case NUMBER:
            case CONSTANT:
                return number;
            case VARIABLE:
                return x;
            case ADD:
                return left.evaluate(x) + right.evaluate(x);
            case SUB:
                return left.evaluate(x) - right.evaluate(x);
            case MUL:
                return left.evaluate(x) * right.evaluate(x);
            case DIV:
                return left.evaluate(x) / right.evaluate(x);
            case NEG:
                return -left.evaluate(x);
            case POW:
                return Math.pow(left.evaluate(x), right.evaluate(x));
            case SIN:
                return Math.sin(left.evaluate(x));
            case COS:
                return Math.cos(left.evaluate(x));
            case TAN:
                return Math.tan(left.evaluate(x));
            case EXP:
                return Math.exp(left.evaluate(x));
            case LOG:
                return Math.log(left.evaluate(x));
            case SQRT:
                return Math.sqrt(left.evaluate(x));
            case ABS:
                return Math.abs(left.evaluate(x));
            case TANH:
                return Math.tanh(left.evaluate(x));
            case SIGMOID:
                return sigmoid(left.evaluate(x));
            default:
                return Math.signum(left.evaluate(x));
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

    /**
     * The derivative d/dx of this node, by the rules of differentiation (each next to its function's
     * evaluation above in meaning): sums and differences termwise; (uv)′ = u′v + uv′; (u/v)′ = (u′v − uv′)/v²;
     * (u^c)′ = c u^(c−1) u′ for exponents without x; (c^v)′ = c^v ln(c) v′ for bases without x; otherwise
     * (u^v)′ = u^v (v′ ln u + v u′/u); and the chain rule u′ · g′(u) for sin, cos, tan (1/cos²), exp, ln (1/u),
     * sqrt (1/(2√u)), abs (sign), tanh (1 − tanh²), sigmoid (σ(1 − σ)) and sign (0).
     */
    ExpressionNode derivative() {
        if (!dependsOnX) {
            return ZERO;
        }
        switch (op) {
            case VARIABLE:
                return ONE;
            case ADD:
                return add(left.derivative(), right.derivative());
            case SUB:
                return sub(left.derivative(), right.derivative());
            case MUL:
                return add(mul(left.derivative(), right), mul(left, right.derivative()));
            case DIV:
                if (!right.dependsOnX) {
                    return div(left.derivative(), right);
                }
                return div(sub(mul(left.derivative(), right), mul(left, right.derivative())), pow(right, TWO));
            case NEG:
                return neg(left.derivative());
            case POW:
                if (!right.dependsOnX) {
                    return mul(mul(right, pow(left, sub(right, ONE))), left.derivative());
                }
                if (!left.dependsOnX) {
                    return mul(right.derivative(), mul(this, log(left)));
                }
                return mul(this, add(mul(right.derivative(), log(left)),
                        div(mul(right, left.derivative()), left)));
            case SIN:
                return mul(left.derivative(), unary(Op.COS, left));
            case COS:
                return neg(mul(left.derivative(), unary(Op.SIN, left)));
            case TAN:
                return div(left.derivative(), pow(unary(Op.COS, left), TWO));
            case EXP:
                return mul(left.derivative(), this);
            case LOG:
                return div(left.derivative(), left);
            case SQRT:
                return div(left.derivative(), mul(TWO, this));
            case ABS:
                return mul(left.derivative(), unary(Op.SIGN, left));
            case TANH:
                return mul(left.derivative(), sub(ONE, pow(this, TWO)));
            case SIGMOID:
                return mul(left.derivative(), mul(this, sub(ONE, this)));
            default:
                return ZERO;  // sign is flat wherever it is differentiable
        }
    }

    private boolean is(double value) {
        return op == Op.NUMBER && number == value;
    }

    private static boolean numbers(ExpressionNode a, ExpressionNode b) {
        return a.op == Op.NUMBER && b.op == Op.NUMBER;
    }

    /** A NUMBER node if {@code value} is finite; otherwise null, so that the caller keeps the tree. */
    private static ExpressionNode folded(double value) {
        return value - value == 0 ? number(value) : null;
    }

    static ExpressionNode add(ExpressionNode a, ExpressionNode b) {
        if (a.is(0)) {
            return b;
        }
        if (b.is(0)) {
            return a;
        }
        if (numbers(a, b) && folded(a.number + b.number) != null) {
            return folded(a.number + b.number);
        }
        if (b.op == Op.NEG || b.hasNegativeSign()) {
            return sub(a, neg(b));  // u + (−v) = u − v
        }
        return binary(Op.ADD, a, b);
    }

    static ExpressionNode sub(ExpressionNode a, ExpressionNode b) {
        if (b.is(0)) {
            return a;
        }
        if (a.is(0)) {
            return neg(b);
        }
        if (numbers(a, b) && folded(a.number - b.number) != null) {
            return folded(a.number - b.number);
        }
        if (b.op == Op.NEG || b.hasNegativeSign()) {
            return add(a, neg(b));  // u − (−v) = u + v
        }
        return binary(Op.SUB, a, b);
    }

    static ExpressionNode mul(ExpressionNode a, ExpressionNode b) {
        if (a.is(0) || b.is(0)) {
            return ZERO;
        }
        if (a.is(1)) {
            return b;
        }
        if (b.is(1)) {
            return a;
        }
        if (a.is(-1)) {
            return neg(b);
        }
        if (b.is(-1)) {
            return neg(a);
        }
        if (a.op == Op.NEG) {
            return neg(mul(a.left, b));  // signs move out, so that sums can turn them into subtractions
        }
        if (b.op == Op.NEG) {
            return neg(mul(a, b.left));
        }
        if (numbers(a, b) && folded(a.number * b.number) != null) {
            return folded(a.number * b.number);
        }
        if (b.op == Op.NUMBER) {
            return mul(b, a);  // constants in front: 2*x, not x*2
        }
        if (a.op == Op.NUMBER && b.op == Op.MUL && b.left.op == Op.NUMBER
                && folded(a.number * b.left.number) != null) {
            return mul(folded(a.number * b.left.number), b.right);  // 3*(2*x) = 6*x
        }
        return binary(Op.MUL, a, b);
    }

    static ExpressionNode div(ExpressionNode a, ExpressionNode b) {
        if (a.is(0)) {
            return ZERO;
        }
        if (b.is(1)) {
            return a;
        }
        if (a.sameAs(b)) {
            return ONE;  // x/x = 1
        }
        if (a.op == Op.NEG) {
            return neg(div(a.left, b));
        }
        if (numbers(a, b) && folded(a.number / b.number) != null) {
            return folded(a.number / b.number);
        }
        if (b.op == Op.NUMBER && a.op == Op.MUL && a.left.op == Op.NUMBER
                && folded(a.left.number / b.number) != null) {
            return mul(folded(a.left.number / b.number), a.right);  // (2*x)/2 = 1*x = x
        }
        return binary(Op.DIV, a, b);
    }

    static ExpressionNode pow(ExpressionNode a, ExpressionNode b) {
        if (b.is(0)) {
            return ONE;
        }
        if (b.is(1)) {
            return a;
        }
        if (numbers(a, b) && folded(Math.pow(a.number, b.number)) != null) {
            return folded(Math.pow(a.number, b.number));
        }
        return binary(Op.POW, a, b);
    }

    /** ln(u), with ln(e) = 1 and ln(1) = 0 folded (exact: Math.log(Math.E) == 1). */
    static ExpressionNode log(ExpressionNode a) {
        if (a.op == Op.CONSTANT && a.number == Math.E) {
            return ONE;
        }
        if (a.is(1)) {
            return ZERO;
        }
        return unary(Op.LOG, a);
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

    static ExpressionNode neg(ExpressionNode a) {
        if (a.op == Op.NUMBER) {
            return number(-a.number);
        }
        if (a.op == Op.NEG) {
            return a.left;
        }
        if ((a.op == Op.MUL || a.op == Op.DIV) && a.left.op == Op.NUMBER) {
            return binary(a.op, number(-a.left.number), a.right);  // −(2*x) = -2*x
        }
        return unary(Op.NEG, a);
    }

    /** True for a negative number, or a product or quotient whose leading factor is a negative number. */
    private boolean hasNegativeSign() {
        if (op == Op.NUMBER) {
            return number < 0;
        }
        return (op == Op.MUL || op == Op.DIV) && left.op == Op.NUMBER && left.number < 0;
    }

    /** How tightly this node binds when printed; a negative number prints with a sign, like a negation. */
    private int precedence() {
        if (op == Op.NUMBER && (number < 0 || (number == 0 && 1 / number < 0))) {
            return Op.NEG.precedence;
        }
        return op.precedence;
    }

    /**
     * Appends a readable form that the parser reads back to the same tree: sums with spaces, products
     * and powers without, parentheses only where precedence needs them (and around a negation that is
     * the right operand of a binary operator, or an exponent that is not an atom or power).
     */
    void appendTo(StringBuilder out) {
        switch (op) {
            case NUMBER:
                out.append(formatNumber(number));
                return;
            case CONSTANT:
                out.append(name);
                return;
            case VARIABLE:
                out.append('x');
                return;
            case NEG:
                out.append('-');
                appendOperand(out, left, left.precedence() < Op.POW.precedence);
                return;
            case POW:
                appendOperand(out, left, left.precedence() <= Op.POW.precedence);
                out.append('^');
                appendOperand(out, right, right.precedence() < Op.POW.precedence);
                return;
            case ADD:
            case SUB:
            case MUL:
            case DIV:
                appendOperand(out, left, left.precedence() < op.precedence);
                out.append(op.symbol);
                appendOperand(out, right, right.precedence() <= op.precedence
                        || right.precedence() == Op.NEG.precedence);
                return;
            default:
                out.append(op.symbol).append('(');
                left.appendTo(out);
                out.append(')');
        }
    }

    private static void appendOperand(StringBuilder out, ExpressionNode operand, boolean parenthesize) {
        if (parenthesize) {
            out.append('(');
        }
        operand.appendTo(out);
        if (parenthesize) {
            out.append(')');
        }
    }

    /**
     * Java's own digits, which read back exactly, written as people write them: "2" rather than "2.0", "1e-7"
     * rather than "1.0E-7", "1.5e10" rather than "1.5E10".
     */
    static String formatNumber(double value) {
        String text = Double.toString(value);
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return e < 0 ? mantissa : mantissa + "e" + text.substring(e + 1);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }
}
