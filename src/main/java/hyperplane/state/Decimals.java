package hyperplane.state;

/**
 * Strict number syntax shared by the codecs and the number fields of the views. {@link Double#parseDouble} alone would
 * also accept {@code "NaN"}, {@code "Infinity"}, hex floats, a trailing {@code d} or {@code f} and surrounding spaces,
 * and TeaVM's version need not accept the same extras as the JDK's; checking the syntax first makes the JVM and the
 * compiled page agree on what a number is.
 */
public final class Decimals {
    /** Longer strings are refused outright (no honest number in these formats needs more). */
    static final int MAX_LENGTH = 400;

    private Decimals() {
    }

    /**
     * Whether {@code s} is {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}: what
     * {@link Double#toString} writes, and what people type. False for null, "" and over-long strings.
     */
    public static boolean isDecimal(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_LENGTH) {
            return false;
        }
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * The value of a string that passed {@link #isDecimal}: may be ±∞ when it overflows (the caller
     * rejects it), never NaN. Returns NaN for anything else rather than throwing.
     */
    public static double parse(String s) {
        if (!isDecimal(s)) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * {@code v} as {@link #format} writes it (the shortest decimal that reads back to it), and "NaN",
     * "Infinity" or "-Infinity" (which {@link #isDecimal} refuses) for the others: for links and messages.
     */
    public static String text(double v) {
        return Double.isFinite(v) ? format(v) : Double.toString(v);
    }

    /**
     * The shortest decimal that {@link Double#parseDouble} reads back as exactly {@code v}: the fewest significant
     * digits that round-trip (of two such candidates, the one nearer {@code v}'s {@link Double#toString} digits),
     * laid out as ECMAScript's Number::toString lays out its digits (ECMA-262): with n the position of the decimal
     * point relative to the first significant digit, plain notation when −6 &lt; n ≤ 21, that is for
     * 10⁻⁶ ≤ |v| &lt; 10²¹ ({@code 0.001}, {@code -2}, {@code 12.5}, {@code 100}), otherwise one digit, an optional
     * fraction and an exponent ({@code 1e-7}, {@code 1.5e+300}). Integers get no {@code .0}; zero is {@code 0} and
     * negative zero {@code -0}. Every result passes {@link #isDecimal} and is at most 25 characters long.
     *
     * <p>The digits start from {@link Double#toString}, which always round-trips but before JDK 19 sometimes gives a
     * digit too many (JDK 17 writes 1e23 as {@code 9.999999999999999E22}); shorter roundings, down and up, are
     * tried one digit at a time while they still read back to {@code v}. A shorter rounding can only work if every
     * longer one does, so the search stops at the first length that fails.
     *
     * @throws IllegalArgumentException if {@code v} is NaN or infinite
     */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("v (" + v + ") must be finite");
        }
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        double magnitude = Math.abs(v);
        String s = Double.toString(magnitude);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int point = mantissa.indexOf('.');
        String all = point < 0 ? mantissa : mantissa.substring(0, point) + mantissa.substring(point + 1);
        // magnitude = 0.all × 10^n
        int n = (point < 0 ? mantissa.length() : point) + (e < 0 ? 0 : Integer.parseInt(s.substring(e + 1)));
        int first = 0;
        while (first < all.length() && all.charAt(first) == '0') {
            first++;
            n--;
        }
        int end = all.length();
        while (end > first && all.charAt(end - 1) == '0') {
            end--;
        }
        if (first == end) {
            return negative ? "-0" : "0";
        }
        String digits = all.substring(first, end);
        String best = digits;
        int bestN = n;
        // Round the digits of toString (never the previous candidate) to k digits, so that each length tries
        // exactly the two k-digit decimals either side of them.
        for (int k = digits.length() - 1; k >= 1; k--) {
            String down = stripZeros(digits.substring(0, k));
            String up = roundUp(digits.substring(0, k));
            int upN = up.length() > k ? n + 1 : n;
            up = stripZeros(up);
            char next = digits.charAt(k);
            boolean upIsNearer = next > '5' || (next == '5' && k + 1 < digits.length());
            String near = upIsNearer ? up : down;
            int nearN = upIsNearer ? upN : n;
            String far = upIsNearer ? down : up;
            int farN = upIsNearer ? n : upN;
            if (readsBack(near, nearN, magnitude)) {
                best = near;
                bestN = nearN;
            } else if (readsBack(far, farN, magnitude)) {
                best = far;
                bestN = farN;
            } else {
                break;
            }
        }
        return layout(best, bestN, negative);
    }

    private static boolean readsBack(String digits, int n, double magnitude) {
        return parse(layout(digits, n, false)) == magnitude;
    }

    /** The digit string plus one in its last place, one digit longer when it carries out (99 → 100). */
    private static String roundUp(String digits) {
        char[] c = digits.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] != '9') {
                c[i]++;
                return new String(c);
            }
            c[i] = '0';
        }
        return "1" + new String(c);
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /** The value 0.digits × 10^n written as ECMAScript's Number::toString lays it out. */
    private static String layout(String digits, int n, boolean negative) {
        StringBuilder sb = new StringBuilder(26);
        if (negative) {
            sb.append('-');
        }
        int k = digits.length();
        if (k <= n && n <= 21) {
            sb.append(digits);
            for (int i = k; i < n; i++) {
                sb.append('0');
            }
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = n; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else {
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
        }
        return sb.toString();
    }

    /** Whether {@code s} is an optional minus and 1..{@link #MAX_LENGTH} digits (it may not fit in an int). */
    static boolean isInteger(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        int start = s.charAt(0) == '-' ? 1 : 0;
        int n = s.length();
        if (n == start || n > MAX_LENGTH) {
            return false;
        }
        for (int i = start; i < n; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is an {@link #isInteger integer} that fits in an int (then parse it with parseInt). */
    static boolean fitsInt(String s) {
        if (!isInteger(s)) {
            return false;
        }
        try {
            Integer.parseInt(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
