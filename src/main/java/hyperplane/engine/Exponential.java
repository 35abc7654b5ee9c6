package hyperplane.engine;

/**
 * The engine's own e^x and e^x − 1, so that the JVM, TeaVM's JavaScript build and its WebAssembly build
 * compute the same bits, and so that the WebAssembly build never leaves the module for an imported
 * {@code Math.exp} (each such call crossed into JavaScript and back, once per neuron per sample).
 *
 * <p>The algorithms are those of fdlibm ({@code e_exp.c} and {@code s_expm1.c}, Sun Microsystems 1993),
 * which {@link StrictMath#exp} and {@link StrictMath#expm1} specify; written here in plain double
 * arithmetic, the results equal StrictMath's bit for bit (the tests check millions of arguments), so the
 * error is below 1 ulp. The method:
 * <ol>
 *   <li>reduce x = k·ln2 + r with |r| ≤ ln2/2, where k·ln2 is split in two constants (Cody and Waite):
 *       ln2HI has its low 32 bits zero, so k·ln2HI is exact for |k| &lt; 2^21, and ln2LO carries the rest;</li>
 *   <li>approximate e^r by a minimax rational form in r (fdlibm's Remez coefficients P1..P5 or Q1..Q5);</li>
 *   <li>scale by 2^k. fdlibm adds k to the exponent bits, which would need {@code long} (a BigInt and slow
 *       in the JavaScript build); here y·2^k is a product or quotient by exact powers of two made from int
 *       shifts, exact whenever the result is a normal number. A subnormal result is formed as fdlibm forms it,
 *       (y·2^(k+1000))·2^−1000, so it is rounded once, identically.</li>
 * </ol>
 * NaN gives NaN; exp(+∞) = +∞, exp(−∞) = 0, expm1(−∞) = −1; exp overflows to +∞ above 709.78… and
 * underflows to 0 below −745.13….
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

    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    // fdlibm compares the high 32 bits of |x| with these words; as doubles they are the words followed by 32
    // zero bits, so "high word > H" becomes |x| >= (H + 1, 0) and "high word < H" becomes |x| < (H, 0).
    private static final double HALF_LN2_UP = 0x1.62e43p-2;   // 0x3fd62e43_00000000, just above ln2/2
    private static final double ONE_AND_HALF_LN2 = 0x1.0a2b2p0; // 0x3ff0a2b2_00000000, about 1.5·ln2
    private static final double EXP_TINY = 0x1p-28;             // 0x3e300000_00000000
    private static final double EXPM1_TINY = 0x1p-54;           // 0x3c900000_00000000
    private static final double EXP_HUGE = 0x1.62e42p9;         // 0x40862e42_00000000, about 709.78
    private static final double EXPM1_SATURATE = 0x1.3687ap5;   // 0x4043687a_00000000, about 56·ln2

    private Exponential() {
    }

    /** 2^k for k in −1074..1023 (exact; below −1022 the result is subnormal but still exact). */
    static double pow2(int k) {
        return k < -1022 ? times2(1, k + 1000) * TWO_M1000 : times2(1, k);
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
     * e^x − 1 with full relative precision near 0, equal to {@link StrictMath#expm1} bit for bit (error
     * below 1 ulp). NaN → NaN, +∞ → +∞, −∞ → −1, x &gt; 709.78… → +∞, x &lt; −56·ln2 → −1.
     */
    static double expm1(double x) {
        if (x != x) {
            return x;
        }
        boolean negative = x < 0;
        double ax = negative ? -x : x;
        if (ax >= EXPM1_SATURATE) {
            if (ax >= EXP_HUGE) {
                if (ax == Double.POSITIVE_INFINITY) {
                    return negative ? -1 : x;
                }
                if (x > OVERFLOW) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (negative) {
                return -1;
            }
        }
        double c = 0;
        int k = 0;
        if (ax >= HALF_LN2_UP) {
            double hi;
            double lo;
            if (ax < ONE_AND_HALF_LN2) {
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo; // the rounding error of hi − lo, carried into the result
        } else if (ax < EXPM1_TINY) {
            return x;
        }
        // A rational approximation of e^r − 1 in the scaled variable r²/2 (fdlibm's Q1..Q5).
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1 - (e - x);
            return scale(y, k) - 1;
        }
        if (k < 20) {
            double y = (1 - pow2(-k)) - (e - x); // 1 − 2^−k is exact for k < 20 (fdlibm sets its bits)
            return scale(y, k);
        }
        double y = x - (e + pow2(-k));
        y += 1;
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
     * tanh(z) = (1 − e^(−2|z|)) / (1 + e^(−2|z|)) = −u / (2 + u) with u = e^(−2|z|) − 1, given the sign of z.
     * The exponent is never positive, so nothing overflows (tanh(±1000) = ±1 exactly); for |z| &lt; 0.5, u
     * comes from {@link #expm1} so small |z| keeps full relative precision. Identical bits on the JVM, the
     * JavaScript build and the WebAssembly build (which never calls out to JavaScript here). NaN → NaN.
     */
    static double tanh(double z) {
        // |z| without Math.abs, which TeaVM's JavaScript reaches through two wrapper calls; + 0.0 turns −0 into +0.
        boolean negative = z < 0;
        double m = negative ? -z : z + 0.0;
        double r;
        if (m < 0.5) {
            double u = expm1(-2 * m); // in (−1, 0]
            r = -u / (2 + u);
        } else {
            // Here t ≤ e^(−1), so 1 − t loses at most a bit and the direct form is the more accurate.
            double t = exp(-2 * m);
            r = (1 - t) / (1 + t);
        }
        return negative ? -r : (z >= 0 ? r : z);
    }
}
