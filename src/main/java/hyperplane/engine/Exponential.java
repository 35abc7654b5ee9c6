package hyperplane.engine;

/**
 * The engine's own e^x, σ and tanh, so that the JVM, TeaVM's JavaScript build and its WebAssembly build
 * compute the same bits, and so that the WebAssembly build never leaves the module for an imported
 * {@code Math.exp} or {@code Math.tanh} (each such call crossed into JavaScript and back, once per neuron per
 * sample).
 *
 * <p>e^x is fdlibm's algorithm ({@code e_exp.c}, Sun Microsystems 1993), which {@link StrictMath#exp}
 * specifies; written here in plain double arithmetic, the results equal StrictMath's bit for bit (the tests
 * check millions of arguments), so the error is below 1 ulp. The method:
 * <ol>
 *   <li>reduce x = k·ln2 + r with |r| ≤ ln2/2, where k·ln2 is split in two constants (Cody and Waite):
 *       ln2HI has its low 32 bits zero, so k·ln2HI is exact for |k| &lt; 2^21, and ln2LO carries the rest;</li>
 *   <li>approximate e^r by a minimax rational form in r (fdlibm's Remez coefficients P1..P5);</li>
 *   <li>scale by 2^k. fdlibm adds k to the exponent bits, which would need {@code long} (a BigInt and slow
 *       in the JavaScript build); here y·2^k is a product or quotient by exact powers of two made from int
 *       shifts, exact whenever the result is a normal number. A subnormal result is formed as fdlibm forms it,
 *       (y·2^(k+1000))·2^−1000, so it is rounded once, identically.</li>
 * </ol>
 * NaN gives NaN; exp(+∞) = +∞, exp(−∞) = 0; exp overflows to +∞ above 709.78… and underflows to 0 below
 * −745.13….
 */
final class Exponential {
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double OVERFLOW = 7.09782712893383973096e+02;
    private static final double UNDERFLOW = -7.45133219101941108420e+02;
    private static final double TWO_M1000 = 0x1p-1000;

    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;

    // Cephes' tanh: tanh z ≈ z + z·s·P(s)/Q(s), s = z², for |z| < 0.625 (Q's leading coefficient is 1).
    private static final double TANH_P0 = -9.64399179425052238628e-01;
    private static final double TANH_P1 = -9.92877231001918586564e+01;
    private static final double TANH_P2 = -1.61468768441708447952e+03;
    private static final double TANH_Q0 = 1.12811678491632931402e+02;
    private static final double TANH_Q1 = 2.23548839060100448583e+03;
    private static final double TANH_Q2 = 4.84406305325125486048e+03;
    private static final double TANH_RATIONAL_LIMIT = 0.625;
    /** Above this |z|, 1 − 2/(e^(2|z|) + 1) rounds to 1: 2·e^(−2|z|) is below 2^−54, half an ulp of 1. */
    private static final double TANH_SATURATED = 19.1;

    // fdlibm compares the high 32 bits of |x| with these words; as doubles they are the words followed by 32
    // zero bits, so "high word > H" becomes |x| >= (H + 1, 0) and "high word < H" becomes |x| < (H, 0).
    private static final double HALF_LN2_UP = 0x1.62e43p-2;   // 0x3fd62e43_00000000, just above ln2/2
    private static final double ONE_AND_HALF_LN2 = 0x1.0a2b2p0; // 0x3ff0a2b2_00000000, about 1.5·ln2
    private static final double EXP_TINY = 0x1p-28;             // 0x3e300000_00000000
    private static final double EXP_HUGE = 0x1.62e42p9;         // 0x40862e42_00000000, about 709.78

    private Exponential() {
    }

    /**
     * y·2^k, exact whenever the result is a normal number. 2^|k| for |k| ≤ 30 is the int 1 &lt;&lt; |k|
     * (dividing by an exact power of two is as exact as multiplying by its inverse); larger |k| go in steps of
     * 2^±30, each exact because every intermediate lies between y and a normal result. No table, so this
     * class has no static initialiser, and TeaVM's output calls it without an initialisation check.
     */
    private static double times2(double y, int k) {
        while (k < -30) {
            y *= 0x1p-30;
            k += 30;
        }
        while (k > 30) {
            y *= 0x1p30;
            k -= 30;
        }
        return k < 0 ? y / (1 << -k) : y * (1 << k);
    }

    /** y·2^k for y in [0.5, 2) as fdlibm's exponent addition gives it, k in −1075..1024. */
    private static double scale(double y, int k) {
        if (k >= -1021) {
            // k = 1024 only happens with y < 1; 2^1024 itself is not a double, so take it in two exact steps.
            return k > 1023 ? times2(y * 2, 1023) : times2(y, k);
        }
        // A subnormal result: rounded once, in the last multiplication, as fdlibm does.
        return times2(y, k + 1000) * TWO_M1000;
    }

    /**
     * e^x, equal to {@link StrictMath#exp} bit for bit (error below 1 ulp). NaN → NaN, +∞ → +∞, −∞ → 0,
     * x &gt; 709.78… → +∞, x &lt; −745.13… → 0.
     */
    static double exp(double x) {
        if (x != x) {
            return x;
        }
        // One comparison kept in a boolean: TeaVM's JavaScript turns two equal double comparisons into a call.
        boolean negative = x < 0;
        double ax = negative ? -x : x;
        if (ax >= EXP_HUGE) {
            if (ax == Double.POSITIVE_INFINITY) {
                return negative ? 0 : x;
            }
            if (x > OVERFLOW) {
                return Double.POSITIVE_INFINITY;
            }
            if (x < UNDERFLOW) {
                return 0;
            }
        }
        double hi = 0;
        double lo = 0;
        int k = 0;
        if (ax >= HALF_LN2_UP) {
            if (ax < ONE_AND_HALF_LN2) {
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                // (int) truncates toward zero, as C's conversion does; ±0.5 makes it round to nearest.
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (ax < EXP_TINY) {
            return 1 + x;
        }
        // e^r = 1 + 2r / (R(r) − r), with R(r) = r·(e^r + 1)/(e^r − 1) ≈ 2 + r²·P(r²); c = r − r²P(r²).
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1 - ((lo - (x * c) / (2.0 - c)) - hi);
        return scale(y, k);
    }

    /**
     * σ(z) = 1/(1 + e^(−z)), evaluated on the side where the exponential is at most 1 so it never overflows.
     * Built on {@link #exp}, so every runtime computes the same bits. NaN → NaN; σ(+∞) = 1, σ(−∞) = 0.
     * Kept here rather than in {@link Activation}, an enum with a static initialiser, so that the network's
     * loops call it without TeaVM's class-initialisation check.
     */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + exp(-z));
        }
        double e = exp(z);
        return e / (1 + e);
    }

    /**
     * tanh(z) with an error below 1.3 ulp (the tests measure it against a 50-digit reference), from double
     * arithmetic alone, so the JVM, the JavaScript build and the WebAssembly build compute the same bits; this
     * costs less than the browser's own {@code Math.tanh} in both builds. NaN → NaN, ±0 → ±0, ±∞ → ±1.
     * <ul>
     *   <li>|z| &lt; 0.625: tanh z = z + z·s·P(s)/Q(s) with s = z², the rational minimax form of the Cephes
     *       library (S. L. Moshier), P of degree 2 and Q of degree 3. The correction is at most a third of z, so
     *       the result keeps full relative precision down to the smallest z (error below 0.75 ulp);</li>
     *   <li>0.625 ≤ |z| &lt; 19.1: tanh |z| = 1 − 2/(e^(2|z|) + 1), with e^x by {@link #expAbove1}
     *       (error below 1.3 ulp, largest just above 0.625);</li>
     *   <li>|z| ≥ 19.1: ±1, which is what the formula rounds to there (2·e^(−38.2) is below half an ulp of 1).</li>
     * </ul>
     */
    static double tanh(double z) {
        boolean negative = z < 0;
        double m = negative ? -z : z;
        if (m < TANH_RATIONAL_LIMIT) {
            double s = z * z;
            if (s == 0) {
                return z; // ±0 keeps its sign (the correction below would be +0), and so does a tiny z
            }
            return z + z * s * ((TANH_P0 * s + TANH_P1) * s + TANH_P2) / (((s + TANH_Q0) * s + TANH_Q1) * s + TANH_Q2);
        }
        if (!(m < TANH_SATURATED)) {
            return m == m ? (negative ? -1 : 1) : z;
        }
        double r = 1 - 2 / (expAbove1(2 * m) + 1);
        return negative ? -r : r;
    }

    /**
     * e^x for x in [1.25, 38.2] (tanh's range), as {@link #exp} computes it but without its special cases:
     * here k = round(x/ln2) lies in 2..55 and the result is a normal number, so scaling by 2^k is one or two
     * exact multiplications.
     */
    private static double expAbove1(double x) {
        int k = (int) (INV_LN2 * x + 0.5);
        double t = k;
        double hi = x - t * LN2_HI;
        double lo = t * LN2_LO;
        double r = hi - lo;
        double rr = r * r;
        double c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
        double y = 1 - ((lo - (r * c) / (2.0 - c)) - hi);
        return k > 30 ? y * 0x1p30 * (1 << (k - 30)) : y * (1 << k);
    }
}
