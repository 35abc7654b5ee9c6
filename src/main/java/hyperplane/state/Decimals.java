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
     * {@code v} as the shortest text this class reads back to the same double, as far as {@link Double#toString}
     * is shortest, without a trailing ".0" ("2000000", "0.1", "1.0E-5"). NaN and infinities give "NaN",
     * "Infinity" and "-Infinity", which {@link #isDecimal} refuses.
     */
    public static String text(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
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
