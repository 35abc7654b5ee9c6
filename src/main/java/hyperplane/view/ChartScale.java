package hyperplane.view;

/**
 * One axis of a chart: values from {@code low} to {@code high} onto pixels from {@code from} to {@code to} (a y
 * axis runs upwards, so its {@code to} is the smaller pixel), linearly or logarithmically, with the axis's tick
 * values and their labels.
 *
 * <p><b>Linear:</b> pixel = from + (v − low)/(high − low)·(to − from); ticks are {@link Ticks}' nice steps.
 * <b>Logarithmic</b> (low &gt; 0): the same in log10 v; a value ≤ 0 goes to {@code from} (the bottom or left edge);
 * ticks are the multiples 1, 2 and 5 of each power of ten in range when they fit, else the powers of ten alone,
 * else every second, third … power, but never fewer than two while two powers are in range. NaN maps to NaN.
 *
 * <p><b>Labels</b> by {@link Labels}: epochs as whole numbers with a thin space between thousands ("10 000"),
 * values with the decimals their step needs ("0.25", "1", never "1.0") and in short scientific form beyond
 * 10⁴ or below 10⁻³ ("1e-5"), shares as percentages ("50%").
 */
final class ChartScale {
    /** How the tick labels read. */
    enum Labels {
        /** Whole epochs: "1", "500", "10 000". */
        EPOCHS,
        /** Plain numbers: "0", "0.25", "0.001", "1e-5", "2e6". */
        VALUES,
        /** Shares 0 … 1 as percentages: "0%", "50%", "100%". */
        PERCENT
    }

    /** A thin space, between groups of three digits. */
    static final char THIN_SPACE = '\u2009';

    private boolean log;
    private double low = 0;
    private double high = 1;
    private double from;
    private double to = 1;

    /**
     * Sets the mapping.
     *
     * @throws IllegalArgumentException if a bound is not finite, low ≥ high, or a log scale's low is not positive
     */
    void set(boolean logarithmic, double lowValue, double highValue, double fromPixel, double toPixel) {
        if (!(lowValue < highValue) || !Double.isFinite(lowValue) || !Double.isFinite(highValue)
                || (logarithmic && !(lowValue > 0)) || !Double.isFinite(fromPixel) || !Double.isFinite(toPixel)) {
            throw new IllegalArgumentException("scale [" + lowValue + ", " + highValue + "] → [" + fromPixel + ", "
                    + toPixel + "] must be finite and increasing" + (logarithmic ? ", and positive" : ""));
        }
        log = logarithmic;
        low = lowValue;
        high = highValue;
        from = fromPixel;
        to = toPixel;
    }

    boolean log() {
        return log;
    }

    double low() {
        return low;
    }

    double high() {
        return high;
    }

    /** The pixel of value {@code v} (see the class comment for ≤ 0 on a log scale and NaN). */
    double pixel(double v) {
        double t;
        if (log) {
            if (v <= 0) {
                return from;
            }
            t = (Math.log10(v) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
        } else {
            t = (v - low) / (high - low);
        }
        return from + t * (to - from);
    }

    /** The value at pixel {@code p}: the inverse of {@link #pixel}. */
    double value(double p) {
        double t = (p - from) / (to - from);
        if (log) {
            return Math.pow(10, Math.log10(low) + t * (Math.log10(high) - Math.log10(low)));
        }
        return low + t * (high - low);
    }

    /** The tick values in [low, high], ascending, at most about {@code maxCount} of them (at least 1 asked). */
    double[] ticks(int maxCount) {
        int most = Math.max(1, maxCount);
        if (!log) {
            return Ticks.values(low, high, most);
        }
        int first = (int) Math.floor(Math.log10(low) + 1e-9);
        int last = (int) Math.ceil(Math.log10(high) - 1e-9);
        double[] withMultiples = logTicks(first, last, new int[] {1, 2, 5}, 1);
        if (withMultiples.length <= most) {
            return withMultiples;
        }
        double[] previous = null;
        for (int every = 1; ; every++) {
            double[] powers = logTicks(first, last, new int[] {1}, every);
            if (powers.length < 2 && previous != null) {
                return previous; // thinner would leave a single label: keep one more than asked instead
            }
            if (powers.length <= most || powers.length <= 2) {
                return powers;
            }
            previous = powers;
        }
    }

    /** d·10^k for each k from first to last in steps of {@code every} and each d of {@code digits}, in range. */
    private double[] logTicks(int first, int last, int[] digits, int every) {
        double[] found = new double[(last - first + 1) * digits.length];
        int count = 0;
        // Powers of ten from a multiple of `every`, so that the decades labelled stay put while the range grows.
        int start = Math.floorDiv(first + every - 1, every) * every;
        for (int k = start; k <= last; k += every) {
            for (int d : digits) {
                double v = d * Ticks.powerOfTen(k);
                if (v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9)) {
                    found[count++] = v;
                }
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /** The labels of {@code ticks} (from {@link #ticks}) as {@code labels} says they read. */
    String[] labels(double[] ticks, Labels labels) {
        String[] out = new String[ticks.length];
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        for (int i = 0; i < ticks.length; i++) {
            double v = ticks[i];
            out[i] = switch (labels) {
                case EPOCHS -> epochs(v);
                case PERCENT -> Ticks.format(v * 100, log ? 2 : Math.min(15, Ticks.decimalsFor(step * 100))) + "%";
                case VALUES -> number(v, log ? v : step);
            };
        }
        return out;
    }

    /** A whole number of epochs with thin spaces between groups of three digits: 1, 100, 1 000, 40 000. */
    static String epochs(double v) {
        String digits = Ticks.format(Math.rint(v), 0);
        if (digits.length() <= 4 && !digits.startsWith("-")) {
            return digits.length() == 4 ? digits.charAt(0) + "" + THIN_SPACE + digits.substring(1) : digits;
        }
        StringBuilder grouped = new StringBuilder();
        int start = digits.startsWith("-") ? 1 : 0;
        grouped.append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                grouped.append(THIN_SPACE);
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /**
     * A tick value with the decimals {@code step} needs, or in short scientific form ("1e-5", "2e6") when its
     * magnitude is at least 10⁴ or below 10⁻³.
     */
    static String number(double v, double step) {
        double magnitude = Math.abs(v);
        if (v != 0 && (magnitude >= 1e4 || magnitude < 1e-3)) {
            int exponent = (int) Math.floor(Math.log10(magnitude) + 1e-9);
            double mantissa = v / Ticks.powerOfTen(exponent);
            return Ticks.format(mantissa, 2) + "e" + exponent;
        }
        return Ticks.format(v, Math.min(15, Ticks.decimalsFor(Math.abs(step))));
    }
}
