package hyperplane.view;

/**
 * "Nice" axis ticks: steps of 1, 2 or 5 × 10^k, and their labels, formatted without String.format.
 *
 * <p>For a range [min, max] and at most m ticks the step is the smallest s = d·10^k (d ∈ {1, 2, 5}) with
 * s ≥ (max − min)/m, and the ticks are every multiple q·s inside [min, max]. Tick values are computed as
 * q·d·10^k for k ≥ 0 and q·d / 10^(−k) for k &lt; 0, so they are the doubles nearest to the decimals they print
 * as (0.3, not 0.30000000000000004). Powers of ten are built by repeated multiplication, not Math.pow or log10,
 * so JVM and browser agree exactly.
 */
public final class Ticks {
    private Ticks() {
    }

    /**
     * The tick values in [min, max], at most about maxCount of them, ascending.
     *
     * @throws IllegalArgumentException if min or max is not finite, min ≥ max, or maxCount &lt; 1
     */
    public static double[] values(double min, double max, int maxCount) {
        int exponent = stepExponent(min, max, maxCount);
        int digit = stepDigit(min, max, maxCount, exponent);
        double step = scaled(digit, exponent);
        double first = Math.ceil(min / step - 1e-9);
        double last = Math.floor(max / step + 1e-9);
        int count = (int) (last - first) + 1;
        if (count < 0) {
            count = 0;
        }
        double[] ticks = new double[count];
        for (int q = 0; q < count; q++) {
            ticks[q] = scaled((first + q) * digit, exponent);
        }
        return ticks;
    }

    /**
     * The nice step for [min, max] with at most maxCount ticks, d·10^k with d ∈ {1, 2, 5}.
     *
     * @throws IllegalArgumentException as {@link #values}
     */
    public static double step(double min, double max, int maxCount) {
        int exponent = stepExponent(min, max, maxCount);
        return scaled(stepDigit(min, max, maxCount, exponent), exponent);
    }

    /**
     * The number of decimals that labels of ticks with this step need: max(0, −k) for a step d·10^k.
     * NaN or non-positive steps give 0.
     */
    public static int decimalsFor(double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            return 0;
        }
        int decimals = 0;
        // Count how many times we multiply by 10 before the step is (within rounding) an integer.
        double s = step;
        while (decimals < 20 && Math.abs(s - Math.floor(s + 0.5)) > 1e-9 * Math.max(1, s)) {
            s *= 10;
            decimals++;
        }
        return decimals;
    }

    /**
     * Formats a value with at most {@code decimals} digits after the point, dropping trailing zeros and the point
     * itself when nothing follows it: 2.5 → "2.5", 0.001 → "0.001", −5 → "-5", −0.0 → "0". NaN → "NaN",
     * infinities → "Infinity" / "-Infinity". Values whose digits reach 10^15 are written by {@link Format#scientific}
     * ("1.00e16"), never as Java's "1.0E16".
     *
     * @throws IllegalArgumentException if decimals is not in 0 … 15
     */
    public static String format(double value, int decimals) {
        if (decimals < 0 || decimals > 15) {
            throw new IllegalArgumentException("decimals (" + decimals + ") must be in 0..15");
        }
        if (value != value) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        double power = powerOfTen(decimals);
        double magnitude = Math.abs(value);
        if (magnitude * power >= 1e15) {
            return Format.scientific(value);
        }
        // Not a hot path: a few labels per frame, so a long is fine here even in the JS build.
        long units = (long) Math.floor(magnitude * power + 0.5);
        if (units == 0) {
            return "0";
        }
        long powerUnits = (long) power;
        long whole = units / powerUnits;
        long fraction = units % powerUnits;
        StringBuilder text = new StringBuilder();
        if (value < 0) {
            text.append('-');
        }
        text.append(whole);
        if (fraction != 0) {
            String digits = Long.toString(fraction);
            text.append('.');
            for (int pad = digits.length(); pad < decimals; pad++) {
                text.append('0');
            }
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append(digits, 0, end);
        }
        return text.toString();
    }

    /**
     * Labels of the given ticks, each formatted with the decimals the step needs, a negative one with the minus sign
     * (U+2212, "−5", as in print) rather than a hyphen.
     */
    public static String[] labels(double[] ticks, double step) {
        int decimals = Math.min(15, decimalsFor(step));
        String[] labels = new String[ticks.length];
        // Beyond a million, plain digits no longer fit beside an axis: use the short scientific form.
        boolean scientific = !(Math.abs(step) < 1e6);
        for (int i = 0; i < ticks.length; i++) {
            labels[i] = scientific ? Format.scientific(ticks[i]) : LinearForm.minus(format(ticks[i], decimals));
        }
        return labels;
    }

    /** 10^k for k in −300 … 300 by repeated exact multiplication (k ≥ 0) or one division (k &lt; 0). */
    static double powerOfTen(int k) {
        double p = 1;
        int steps = Math.abs(k);
        for (int i = 0; i < steps; i++) {
            p *= 10;
        }
        return k >= 0 ? p : 1 / p;
    }

    /** value · 10^k, computed as value / 10^(−k) for negative k so decimals come out as the nearest double. */
    private static double scaled(double value, int k) {
        return k >= 0 ? value * powerOfTen(k) : value / powerOfTen(-k);
    }

    private static void validate(double min, double max, int maxCount) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("tick range [" + min + ", " + max + "] must be finite with min < max");
        }
        if (maxCount < 1) {
            throw new IllegalArgumentException("maxCount (" + maxCount + ") must be >= 1");
        }
        if (Double.isInfinite(max - min)) {
            throw new IllegalArgumentException("tick range [" + min + ", " + max + "] is too wide");
        }
    }

    /** k such that 10^k ≤ raw step &lt; 10^(k+1), raw step = (max − min)/maxCount. */
    private static int stepExponent(double min, double max, int maxCount) {
        validate(min, max, maxCount);
        double raw = (max - min) / maxCount;
        int k = (int) Math.floor(Math.log10(raw));
        // log10 may be off by one ulp near powers of ten; settle k with exact powers.
        while (k < 300 && scaled(1, k + 1) <= raw) {
            k++;
        }
        while (k > -300 && scaled(1, k) > raw) {
            k--;
        }
        return k;
    }

    /** The smallest d ∈ {1, 2, 5, 10} with d·10^k ≥ raw step. */
    private static int stepDigit(double min, double max, int maxCount, int k) {
        double raw = (max - min) / maxCount;
        if (scaled(1, k) >= raw) {
            return 1;
        }
        if (scaled(2, k) >= raw) {
            return 2;
        }
        if (scaled(5, k) >= raw) {
            return 5;
        }
        return 10;
    }
}
