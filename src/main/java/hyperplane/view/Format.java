package hyperplane.view;

/**
 * Number formatting for readouts, written without String.format (TeaVM lacks parts of it) and the same
 * on the JVM and in the browser.
 */
public final class Format {
    private Format() {
    }

    /**
     * {@code value} rounded half away from zero to exactly {@code decimals} decimals, trailing zeros kept
     * ("0.250"); "–" for NaN, "∞" or "−∞" for infinities; a minus sign only when the rounded value is not 0.
     * Magnitudes of 10¹⁵ or more are written by {@link #scientific} ("1.00e308"), never as "1.0E308".
     *
     * @throws IllegalArgumentException if decimals is not in 0..9
     */
    public static String fixed(double value, int decimals) {
        if (decimals < 0 || decimals > 9) {
            throw new IllegalArgumentException("decimals (" + decimals + ") must be in 0..9");
        }
        if (value != value) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e15) {
            return scientific(value);
        }
        int scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        double units = Math.floor(magnitude * scale + 0.5);
        double whole = Math.floor(units / scale);
        int fraction = (int) (units - whole * scale);
        StringBuilder text = new StringBuilder();
        if (value < 0 && units > 0) {
            text.append('-');
        }
        appendWhole(text, whole);
        if (decimals > 0) {
            text.append('.');
            String digits = Integer.toString(fraction);
            for (int pad = digits.length(); pad < decimals; pad++) {
                text.append('0');
            }
            text.append(digits);
        }
        return text.toString();
    }

    /**
     * {@code value} as {@link #fixed} writes it with at most {@code decimals} decimals, trailing zeros and a bare point
     * dropped ("0.08", "-0.1", "1", "0" for anything that rounds to 0).
     *
     * @throws IllegalArgumentException if decimals is not in 0..9
     */
    public static String trimmed(double value, int decimals) {
        String text = fixed(value, decimals);
        if (text.indexOf('.') < 0 || text.indexOf('e') >= 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    private static void appendWhole(StringBuilder text, double whole) {
        if (whole < 2_000_000_000) {
            text.append((int) whole);
        } else {
            String s = Double.toString(whole);
            // Below 1e15 Double.toString gives "1.234E10"-like text; write the digits out instead.
            StringBuilder digits = new StringBuilder();
            double rest = whole;
            while (rest >= 1) {
                double next = Math.floor(rest / 10);
                digits.append((char) ('0' + (int) (rest - next * 10)));
                rest = next;
            }
            text.append(digits.length() == 0 ? s : digits.reverse().toString());
        }
    }

    /**
     * A loss for display: 3 decimals from 0.001 to 10 000, otherwise {@link #scientific} ("2.50e-5",
     * "6.46e286"), so a falling loss never shows as a flat 0.000 and a diverging one stays short.
     */
    public static String loss(double value) {
        double magnitude = Math.abs(value);
        if (value == 0 || !Double.isFinite(value) || (magnitude >= 0.001 && magnitude < 10000)) {
            return fixed(value, 3);
        }
        return scientific(value);
    }

    /** Three significant digits in scientific form: "2.50e-5", "-1.23e7", "0" for zero; as fixed() for NaN. */
    public static String scientific(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return fixed(value, 0);
        }
        int exponent = 0;
        double mantissa = Math.abs(value);
        while (mantissa >= 10) {
            mantissa /= 10;
            exponent++;
        }
        while (mantissa < 1) {
            mantissa *= 10;
            exponent--;
        }
        String m = fixed(mantissa, 2);
        if (m.equals("10.00")) {
            m = "1.00";
            exponent++;
        }
        return (value < 0 ? "-" : "") + m + "e" + exponent;
    }
}
