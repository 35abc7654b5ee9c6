package hyperplane.view;

/**
 * Text and motion for the Perceptron view's readouts: numbers as short exact decimals, vectors as tuples, and
 * the eased interpolation that moves the line between two weight vectors.
 */
public final class PerceptronReadout {
    /** Decimals kept in the readouts: enough for η = 0.001 times a coordinate of two decimals. */
    public static final int DECIMALS = 5;

    private PerceptronReadout() {
    }

    /**
     * {@code value} rounded to {@value #DECIMALS} decimals with trailing zeros dropped ("0.08", "-0.1", "1"),
     * so rounding noise such as 0.30000000000000004 reads 0.3; "0" for −0 and anything that rounds to 0;
     * "–" for NaN.
     */
    public static String number(double value) {
        String text = Format.fixed(value, DECIMALS);
        if (text.indexOf('.') < 0) {
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

    /** The values as a tuple "(a, b, c)" written with {@link #number}; "()" for an empty array. */
    public static String vector(double[] values) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(number(values[i]));
        }
        return text.append(')').toString();
    }

    /**
     * The eased position of an animation at time fraction t: s = 3t² − 2t³ (smoothstep), clamped so that
     * t ≤ 0 gives 0 and t ≥ 1 (or NaN, a finished animation) gives 1.
     */
    public static double ease(double t) {
        if (!(t < 1)) {
            return 1;
        }
        if (t <= 0) {
            return 0;
        }
        return t * t * (3 - 2 * t);
    }

    /**
     * Writes from + ease(t)·(to − from) into {@code out}, entry by entry, without allocating.
     *
     * @throws IllegalArgumentException if the arrays are null or of different lengths
     */
    public static void interpolate(double[] from, double[] to, double t, double[] out) {
        if (from == null || to == null || out == null || from.length != to.length || out.length != to.length) {
            throw new IllegalArgumentException("from, to and out must be arrays of one length");
        }
        double s = ease(t);
        for (int i = 0; i < out.length; i++) {
            out[i] = s == 1 ? to[i] : from[i] + s * (to[i] - from[i]);
        }
    }
}
