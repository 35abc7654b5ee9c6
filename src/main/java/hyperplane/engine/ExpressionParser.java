package hyperplane.engine;

import hyperplane.engine.ExpressionNode.Op;

/**
 * Recursive-descent parser for formulas of x, or of x and y. Grammar (lowest precedence first):
 * <pre>
 *   expression := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary | power)*     a power right after a factor: implicit product
 *   unary      := ('-' | '+') unary | power
 *   power      := primary ('^' unary)?                    so ^ is right-associative and -x^2 = -(x^2)
 *   primary    := number | 'x' | 'y' | 'pi' | 'e' | function '(' expression ')' | '(' expression ')'
 *                 ('y' only in a formula of two variables)
 * </pre>
 * An implicit product is read when a factor is directly followed by a name or '(' ("2x", "2(x+1)",
 * "(x-1)(x+1)", "3sin(x)", "x x"); it binds like '*', so "1/2x" is (1/2)·x. A number right after a factor
 * ("x2") is an error. '**' means '^'; '−' (U+2212) means '-'; '×' and '·' mean '*'; '÷' means '/'. Names are
 * letters only and case-insensitive. Numbers: digits with an optional fraction and an optional exponent
 * written e or E followed by a digit or by a sign and a digit ("1.5e-3"); otherwise e after a number is
 * Euler's number times it ("2e" = 2·e, "2e-1" = 0.2 but "2e - x" = 2·e − x).
 */
final class ExpressionParser {
    private static final int NUMBER = 0;
    private static final int NAME = 1;
    private static final int PLUS = 2;
    private static final int MINUS = 3;
    private static final int TIMES = 4;
    private static final int DIVIDE = 5;
    private static final int CARET = 6;
    private static final int OPEN = 7;
    private static final int CLOSE = 8;
    private static final int END = 9;

    private final String text;
    private final boolean withY;
    private final int[] kinds;
    private final int[] starts;
    private final int[] ends;
    private final double[] numbers;
    private int count;
    private int next;

    private ExpressionParser(String text, boolean withY) {
        this.text = text;
        this.withY = withY;
        int capacity = text.length() + 1;
        kinds = new int[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        numbers = new double[capacity];
    }

    /** Parses a formula of x ({@code text} already checked to be non-null and short enough) into a tree. */
    static ExpressionNode parse(String text) throws ExpressionException {
        return parse(text, false);
    }

    /** Parses a formula of x, or of x and y when {@code withY}, into a tree. */
    static ExpressionNode parse(String text, boolean withY) throws ExpressionException {
        ExpressionParser parser = new ExpressionParser(text, withY);
        parser.tokenize();
        if (parser.count == 1) {
            throw ExpressionException.ofWhole("empty expression", 0);
        }
        ExpressionNode root = parser.expression();
        if (parser.kinds[parser.next] != END) {
            throw parser.unexpected(parser.next);
        }
        return root;
    }

    private void tokenize() throws ExpressionException {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0') {
                i++;
            } else if (isDigit(c) || c == '.') {
                i = readNumber(i);
            } else if (isLetter(c)) {
                int start = i;
                while (i < n && isLetter(text.charAt(i))) {
                    i++;
                }
                add(NAME, start, i, 0);
            } else if (c == '*' && i + 1 < n && text.charAt(i + 1) == '*') {
                add(CARET, i, i + 2, 0);
                i += 2;
            } else {
                int kind = symbolKind(c);
                if (kind < 0) {
                    throw new ExpressionException("unexpected character '" + c + "'", i);
                }
                add(kind, i, i + 1, 0);
                i++;
            }
        }
        add(END, n, n, 0);
    }

    private static int symbolKind(char c) {
        switch (c) {
            case '+':
                return PLUS;
            case '-':
            case '\u2212':
                return MINUS;
            case '*':
            case '\u00d7':
            case '\u00b7':
                return TIMES;
            case '/':
            case '\u00f7':
                return DIVIDE;
            case '^':
                return CARET;
            case '(':
                return OPEN;
            case ')':
                return CLOSE;
            default:
                return -1;
        }
    }

    private int readNumber(int start) throws ExpressionException {
        int n = text.length();
        int i = start;
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            throw new ExpressionException("unexpected '.'", start);
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < n && isDigit(text.charAt(j))) {
                while (j < n && isDigit(text.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        double value = Double.parseDouble(text.substring(start, i));
        if (!(value - value == 0)) {
            throw new ExpressionException("number '" + text.substring(start, i) + "' is too large", start);
        }
        add(NUMBER, start, i, value);
        return i;
    }

    private void add(int kind, int start, int end, double value) {
        kinds[count] = kind;
        starts[count] = start;
        ends[count] = end;
        numbers[count] = value;
        count++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private ExpressionNode expression() throws ExpressionException {
        ExpressionNode result = term();
        while (kinds[next] == PLUS || kinds[next] == MINUS) {
            Op op = kinds[next] == PLUS ? Op.ADD : Op.SUB;
            next++;
            result = ExpressionNode.binary(op, result, term());
        }
        return result;
    }

    private ExpressionNode term() throws ExpressionException {
        ExpressionNode result = unary();
        while (true) {
            int kind = kinds[next];
            if (kind == TIMES || kind == DIVIDE) {
                next++;
                result = ExpressionNode.binary(kind == TIMES ? Op.MUL : Op.DIV, result, unary());
            } else if (kind == NAME || kind == OPEN) {
                result = ExpressionNode.binary(Op.MUL, result, power());
            } else {
                return result;
            }
        }
    }

    private ExpressionNode unary() throws ExpressionException {
        if (kinds[next] == MINUS) {
            next++;
            return ExpressionNode.unary(Op.NEG, unary());
        }
        if (kinds[next] == PLUS) {
            next++;
            return unary();
        }
        return power();
    }

    private ExpressionNode power() throws ExpressionException {
        ExpressionNode base = primary();
        if (kinds[next] == CARET) {
            next++;
            return ExpressionNode.binary(Op.POW, base, unary());
        }
        return base;
    }

    private ExpressionNode primary() throws ExpressionException {
        int token = next;
        switch (kinds[token]) {
            case NUMBER:
                next++;
                return ExpressionNode.number(numbers[token]);
            case OPEN: {
                next++;
                ExpressionNode inner = expression();
                closeParenthesis(token);
                return inner;
            }
            case NAME:
                return named(token);
            default:
                throw unexpected(token);
        }
    }

    private ExpressionNode named(int token) throws ExpressionException {
        String name = lowerCase(text.substring(starts[token], ends[token]));
        next++;
        boolean call = kinds[next] == OPEN;
        if (name.equals("x")) {
            return ExpressionNode.X;
        }
        if (withY && name.equals("y")) {
            return ExpressionNode.Y;
        }
        if (name.equals("pi")) {
            return ExpressionNode.constant("pi", Math.PI);
        }
        if (name.equals("e")) {
            return ExpressionNode.constant("e", Math.E);
        }
        Op function = function(name);
        if (function == null) {
            throw new ExpressionException((call ? "unknown function '" : "unknown name '")
                    + text.substring(starts[token], ends[token]) + "'", starts[token]);
        }
        if (!call) {
            throw new ExpressionException("expected '(' after '" + name + "'", starts[next]);
        }
        int open = next;
        next++;
        ExpressionNode argument = expression();
        closeParenthesis(open);
        return ExpressionNode.unary(function, argument);
    }

    private void closeParenthesis(int open) throws ExpressionException {
        if (kinds[next] == CLOSE) {
            next++;
        } else if (kinds[next] == END) {
            throw new ExpressionException("missing ')' for '('", starts[open]);
        } else {
            throw unexpected(next);
        }
    }

    /** ASCII lower case (names are ASCII letters), independent of the default locale. */
    private static String lowerCase(String name) {
        char[] chars = name.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private static Op function(String name) {
        switch (name) {
            case "sin":
                return Op.SIN;
            case "cos":
                return Op.COS;
            case "tan":
                return Op.TAN;
            case "exp":
                return Op.EXP;
            case "log":
            case "ln":
                return Op.LOG;
            case "sqrt":
                return Op.SQRT;
            case "abs":
                return Op.ABS;
            case "tanh":
                return Op.TANH;
            case "sigmoid":
                return Op.SIGMOID;
            case "sign":
                return Op.SIGN;
            default:
                return null;
        }
    }

    private ExpressionException unexpected(int token) {
        String found = text.substring(starts[token], ends[token]);
        switch (kinds[token]) {
            case END:
                return ExpressionException.ofWhole("unexpected end of expression", starts[token]);
            case NUMBER:
                return new ExpressionException("unexpected number '" + found + "'", starts[token]);
            case NAME:
                return new ExpressionException("unexpected name '" + found + "'", starts[token]);
            default:
                return new ExpressionException("unexpected '" + found + "'", starts[token]);
        }
    }
}
