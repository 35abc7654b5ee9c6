package hyperplane.engine;

/**
 * Bounded-error tanh and sigmoid for DRAWING ONLY (heatmaps and neuron thumbnails), where a colour cannot
 * show a difference of 10⁻⁴. Training and every number the page prints use the exact {@link Activation}.
 *
 * <p>tanh is read from a table of tanh(i·h), h = 1/64, i = 0..512 (so |z| up to 8), and interpolated
 * linearly: for m = |z| = (i + f)·h, tanh(m) ≈ T[i] + f·(T[i+1] − T[i]), with the sign of z put back.
 * Linear interpolation errs by at most h²/8 · max|tanh″| = h²/8 · 4/(3√3) ≈ 2.35·10⁻⁵, and beyond |z| = 8
 * the result ±1 is off by at most 1 − tanh 8 ≈ 2.3·10⁻⁷; the tests measure a maximum absolute error below
 * 2.4·10⁻⁵. The approximation is odd, monotone (non-decreasing) and exact at 0. σ(z) = (1 + tanh(z/2))/2,
 * so its error is half as large (below 1.2·10⁻⁵).
 *
 * <p>The table is filled from {@link Activation#tanh}, which every runtime computes to the same bits, so the
 * approximation too is identical on the JVM and in both browser builds. NaN gives NaN; ±∞ give ±1 (σ: 1, 0).
 */
public final class FastActivation {
    /** The largest absolute error of {@link #tanh} against the true tanh (a stated bound, tested). */
    public static final double TANH_MAX_ERROR = 2.4e-5;

    private static final int STEPS_PER_UNIT = 64;
    private static final double LIMIT = 8;

    private FastActivation() {
    }

    /**
     * The table lives in a holder class so that FastActivation itself has no static initialiser: a loop that
     * holds the table in a local (see {@link #tanh(double[], double)}) then runs without TeaVM's
     * class-initialisation check per call.
     */
    private static final class Table {
        static final double[] TANH = build();

        private static double[] build() {
            int n = (int) (LIMIT * STEPS_PER_UNIT);
            double[] t = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                t[i] = Exponential.tanh((double) i / STEPS_PER_UNIT);
            }
            return t;
        }
    }

    /** The shared table of tanh(i/64), i = 0..512, for {@link #tanh(double[], double)}. Do not modify it. */
    static double[] table() {
        return Table.TANH;
    }

    /** tanh(z) within {@link #TANH_MAX_ERROR}; NaN → NaN, |z| ≥ 8 → ±1. */
    public static double tanh(double z) {
        return tanh(Table.TANH, z);
    }

    /** As {@link #tanh(double)}, reading the given {@link #table()}, which the caller keeps at hand. */
    static double tanh(double[] table, double z) {
        boolean negative = z < 0;
        double m = negative ? -z : z;
        if (!(m < LIMIT)) {
            return z != z ? z : (negative ? -1 : 1);
        }
        double p = m * STEPS_PER_UNIT;
        int i = (int) p; // m < 8 keeps i ≤ 511, so i + 1 is inside the table
        double lo = table[i];
        double v = lo + (p - i) * (table[i + 1] - lo);
        return negative ? -v : v;
    }

    /** σ(z) = (1 + tanh(z/2))/2 within {@link #TANH_MAX_ERROR}/2; NaN → NaN. */
    public static double sigmoid(double z) {
        return 0.5 + 0.5 * tanh(Table.TANH, 0.5 * z);
    }

    /** As {@link #sigmoid(double)}, reading the given {@link #table()}. */
    static double sigmoid(double[] table, double z) {
        return 0.5 + 0.5 * tanh(table, 0.5 * z);
    }
}
