package hyperplane.view;

/**
 * Sums of signed numbers written as mathematics is written: the sign of a term after the first is its operator,
 * so w = (−0.08, −0.04) and b = −0.1 read "−0.08·x₁ − 0.04·x₂ − 0.1", never "-0.08·x₁ + -0.04·x₂ + -0.1". Minus
 * signs are U+2212 (−), the mathematical minus, not the hyphen-minus.
 *
 * <p>Numbers come in as they are shown (already rounded, e.g. by {@link Format#fixed}), so the sign follows what
 * the reader sees: a value that rounds to "0" or "0.000" is written with a plus, whatever its sign before rounding.
 */
public final class LinearForm {
    /** The mathematical minus sign, U+2212. */
    public static final char MINUS = '\u2212';

    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private LinearForm() {
    }

    /** Whether a shown number is negative: it starts with a hyphen-minus or U+2212. */
    public static boolean negative(String shown) {
        return !shown.isEmpty() && (shown.charAt(0) == '-' || shown.charAt(0) == MINUS);
    }

    /** A shown number with its minus written as U+2212 ("-0.5" → "−0.5"); other text as it is. */
    public static String minus(String shown) {
        return !shown.isEmpty() && shown.charAt(0) == '-' ? MINUS + shown.substring(1) : shown;
    }

    /** A shown number without its sign ("-0.5" → "0.5", "+1" → "1"). */
    public static String magnitude(String shown) {
        return negative(shown) || (!shown.isEmpty() && shown.charAt(0) == '+') ? shown.substring(1) : shown;
    }

    /**
     * What goes before the magnitude of a term whose number is shown as {@code shown}: for the first term "" or
     * "−", for a later one " + " or " − ".
     */
    public static String operator(boolean first, String shown) {
        if (first) {
            return negative(shown) ? String.valueOf(MINUS) : "";
        }
        return negative(shown) ? " " + MINUS + " " : " + ";
    }

    /**
     * The sum c₁·n₁ + c₂·n₂ + … + constant, each coefficient as shown times its name, with the signs as operators:
     * {@code of(["-0.08", "-0.04"], ["x₁", "x₂"], "-0.1")} is "−0.08·x₁ − 0.04·x₂ − 0.1". Every term is written,
     * zeros too (a readout shows every weight). A null constant leaves it out; with no term at all the constant
     * alone is written, or "0".
     *
     * @throws IllegalArgumentException if the two arrays are null or of different lengths
     */
    public static String of(String[] coefficients, String[] names, String constant) {
        if (coefficients == null || names == null || coefficients.length != names.length) {
            throw new IllegalArgumentException("coefficients and names must be arrays of one length");
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < coefficients.length; k++) {
            text.append(operator(k == 0, coefficients[k])).append(magnitude(coefficients[k])).append('·')
                    .append(names[k]);
        }
        if (constant != null) {
            text.append(operator(text.length() == 0, constant)).append(magnitude(constant));
        }
        return text.length() == 0 ? "0" : text.toString();
    }

    /** {@code name} with the whole number {@code n} ≥ 0 as a subscript: ("a", 12) → "a₁₂". */
    public static String subscripted(String name, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n (" + n + ") must be >= 0");
        }
        String digits = Integer.toString(n);
        StringBuilder text = new StringBuilder(name);
        for (int i = 0; i < digits.length(); i++) {
            text.append(SUBSCRIPTS.charAt(digits.charAt(i) - '0'));
        }
        return text.toString();
    }
}
