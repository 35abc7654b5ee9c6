package hyperplane.engine;

import hyperplane.engine.ExpressionNode.Op;

/**
 * Prints formula trees in a readable form that the parser reads back to the same tree: sums with spaces, products
 * and powers without, parentheses only where precedence needs them (and around a negation that is the right
 * operand of a binary operator, or an exponent that is not an atom or power).
 */
final class ExpressionPrinter {
    private ExpressionPrinter() {
    }

    /** How tightly {@code node} binds when printed; a negative number prints with a sign, like a negation. */
    private static int precedence(ExpressionNode node) {
        if (node.op == Op.NUMBER && (node.number < 0 || (node.number == 0 && 1 / node.number < 0))) {
            return Op.NEG.precedence;
        }
        return node.op.precedence;
    }

    /** Appends the readable form of {@code node} to {@code out}. */
    static void append(ExpressionNode node, StringBuilder out) {
        ExpressionNode left = node.left;
        ExpressionNode right = node.right;
        switch (node.op) {
            case NUMBER:
                out.append(formatNumber(node.number));
                return;
            case CONSTANT:
                out.append(node.name);
                return;
            case X:
            case Y:
                out.append(node.op.symbol);
                return;
            case NEG:
                out.append('-');
                appendOperand(out, left, precedence(left) < Op.POW.precedence);
                return;
            case POW:
                appendOperand(out, left, precedence(left) <= Op.POW.precedence);
                out.append('^');
                appendOperand(out, right, precedence(right) < Op.POW.precedence);
                return;
            case ADD:
            case SUB:
            case MUL:
            case DIV:
                appendOperand(out, left, precedence(left) < node.op.precedence);
                out.append(node.op.symbol);
                appendOperand(out, right, precedence(right) <= node.op.precedence
                        || precedence(right) == Op.NEG.precedence);
                return;
            default:
                out.append(node.op.symbol).append('(');
                append(left, out);
                out.append(')');
        }
    }

    private static void appendOperand(StringBuilder out, ExpressionNode operand, boolean parenthesize) {
        if (parenthesize) {
            out.append('(');
        }
        append(operand, out);
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
}
