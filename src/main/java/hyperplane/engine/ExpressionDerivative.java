package hyperplane.engine;

import static hyperplane.engine.ExpressionAlgebra.add;
import static hyperplane.engine.ExpressionAlgebra.div;
import static hyperplane.engine.ExpressionAlgebra.log;
import static hyperplane.engine.ExpressionAlgebra.mul;
import static hyperplane.engine.ExpressionAlgebra.neg;
import static hyperplane.engine.ExpressionAlgebra.pow;
import static hyperplane.engine.ExpressionAlgebra.sub;

import hyperplane.engine.ExpressionNode.Op;

/**
 * Partial derivatives of formula trees by the rules of differentiation, built with {@link ExpressionAlgebra} so
 * that they come out simplified: sums and differences termwise; (uv)′ = u′v + uv′; (u/v)′ = (u′v − uv′)/v²;
 * (u^c)′ = c u^(c−1) u′ for exponents without the variable; (c^v)′ = c^v ln(c) v′ for bases without it; otherwise
 * (u^v)′ = u^v (v′ ln u + v u′/u); and the chain rule u′ · g′(u) for sin, cos, tan (1/cos²), exp, ln (1/u),
 * sqrt (1/(2√u)), abs (sign), tanh (1 − tanh²), sigmoid (σ(1 − σ)) and sign (0). The other variable is a
 * constant: ∂y/∂x = 0.
 */
final class ExpressionDerivative {
    private static final ExpressionNode ZERO = ExpressionNode.ZERO;
    private static final ExpressionNode ONE = ExpressionNode.ONE;
    private static final ExpressionNode TWO = ExpressionNode.TWO;

    private ExpressionDerivative() {
    }

    /** ∂f/∂v of {@code f}, where {@code v} is {@link Op#X} or {@link Op#Y}. */
    static ExpressionNode of(ExpressionNode f, Op v) {
        if (!f.dependsOn(v)) {
            return ZERO;
        }
        ExpressionNode u = f.left;
        switch (f.op) {
            case X:
            case Y:
                return ONE;  // f is v itself, since it depends on v
            case ADD:
                return add(of(u, v), of(f.right, v));
            case SUB:
                return sub(of(u, v), of(f.right, v));
            case MUL:
                return add(mul(of(u, v), f.right), mul(u, of(f.right, v)));
            case DIV:
                if (!f.right.dependsOn(v)) {
                    return div(of(u, v), f.right);
                }
                return div(sub(mul(of(u, v), f.right), mul(u, of(f.right, v))), pow(f.right, TWO));
            case NEG:
                return neg(of(u, v));
            case POW:
                return power(f, v);
            case SIN:
                return mul(of(u, v), ExpressionNode.unary(Op.COS, u));
            case COS:
                return neg(mul(of(u, v), ExpressionNode.unary(Op.SIN, u)));
            case TAN:
                return div(of(u, v), pow(ExpressionNode.unary(Op.COS, u), TWO));
            case EXP:
                return mul(of(u, v), f);
            case LOG:
                return div(of(u, v), u);
            case SQRT:
                return div(of(u, v), mul(TWO, f));
            case ABS:
                return mul(of(u, v), ExpressionNode.unary(Op.SIGN, u));
            case TANH:
                return mul(of(u, v), sub(ONE, pow(f, TWO)));
            case SIGMOID:
                return mul(of(u, v), mul(f, sub(ONE, f)));
            default:
                return ZERO;  // sign is flat wherever it is differentiable
        }
    }

    private static ExpressionNode power(ExpressionNode f, Op v) {
        ExpressionNode base = f.left;
        ExpressionNode exponent = f.right;
        if (!exponent.dependsOn(v)) {
            return mul(mul(exponent, pow(base, sub(exponent, ONE))), of(base, v));
        }
        if (!base.dependsOn(v)) {
            return mul(of(exponent, v), mul(f, log(base)));
        }
        return mul(f, add(mul(of(exponent, v), log(base)), div(mul(exponent, of(base, v)), base)));
    }
}
