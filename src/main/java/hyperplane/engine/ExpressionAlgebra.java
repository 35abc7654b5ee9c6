package hyperplane.engine;

import hyperplane.engine.ExpressionNode.Op;

/**
 * Builders of formula nodes that simplify lightly as they build: they fold 0 and 1 (u + 0 = u, u·1 = u, u·0 = 0,
 * u^1 = u, u^0 = 1, 0/u = 0, −(−u) = u), ln(e) = 1 and ln(1) = 0, a quotient of two identical subtrees (u/u = 1),
 * move minus signs outwards (u + (−v) = u − v, (−u)·v = −(u·v) = -c*w when u·v = c·w), and combine two plain
 * numbers when the result is finite, also through a product (3·(2·x) = 6·x).
 * Every fold gives the same double wherever the unfolded tree is finite (Math.log(Math.E) is exactly 1, and u/u is
 * exactly 1 for a finite nonzero u); folding u·0 to 0, 0/u to 0 and u/u to 1 ignores what happens where u is
 * infinite or 0, the usual convention of symbolic differentiation.
 */
final class ExpressionAlgebra {
    private static final ExpressionNode ZERO = ExpressionNode.ZERO;
    private static final ExpressionNode ONE = ExpressionNode.ONE;

    private ExpressionAlgebra() {
    }

    private static boolean numbers(ExpressionNode a, ExpressionNode b) {
        return a.op == Op.NUMBER && b.op == Op.NUMBER;
    }

    /** A NUMBER node if {@code value} is finite; otherwise null, so that the caller keeps the tree. */
    private static ExpressionNode folded(double value) {
        return value - value == 0 ? ExpressionNode.number(value) : null;
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
        if (b.op == Op.NEG || hasNegativeSign(b)) {
            return sub(a, neg(b));  // u + (−v) = u − v
        }
        return ExpressionNode.binary(Op.ADD, a, b);
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
        if (b.op == Op.NEG || hasNegativeSign(b)) {
            return add(a, neg(b));  // u − (−v) = u + v
        }
        return ExpressionNode.binary(Op.SUB, a, b);
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
        return ExpressionNode.binary(Op.MUL, a, b);
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
        return ExpressionNode.binary(Op.DIV, a, b);
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
        return ExpressionNode.binary(Op.POW, a, b);
    }

    /** ln(u), with ln(e) = 1 and ln(1) = 0 folded (exact: Math.log(Math.E) == 1). */
    static ExpressionNode log(ExpressionNode a) {
        if (a.op == Op.CONSTANT && a.number == Math.E) {
            return ONE;
        }
        if (a.is(1)) {
            return ZERO;
        }
        return ExpressionNode.unary(Op.LOG, a);
    }

    static ExpressionNode neg(ExpressionNode a) {
        if (a.op == Op.NUMBER) {
            return ExpressionNode.number(-a.number);
        }
        if (a.op == Op.NEG) {
            return a.left;
        }
        if ((a.op == Op.MUL || a.op == Op.DIV) && a.left.op == Op.NUMBER) {
            return ExpressionNode.binary(a.op, ExpressionNode.number(-a.left.number), a.right);  // −(2*x) = -2*x
        }
        return ExpressionNode.unary(Op.NEG, a);
    }

    /** True for a negative number, or a product or quotient whose leading factor is a negative number. */
    private static boolean hasNegativeSign(ExpressionNode a) {
        if (a.op == Op.NUMBER) {
            return a.number < 0;
        }
        return (a.op == Op.MUL || a.op == Op.DIV) && a.left.op == Op.NUMBER && a.left.number < 0;
    }
}
