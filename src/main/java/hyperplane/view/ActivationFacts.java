package hyperplane.view;

import hyperplane.engine.Activation;
import java.util.Arrays;

/**
 * What the activation explorer says about each φ: its range of values, and where it saturates.
 *
 * <p>A point x is <em>saturated</em> when |φ′(x)| &lt; {@value #SATURATION}: a neuron whose input sits there
 * passes back less than a twentieth of the error signal, so its incoming weights barely move (δ = ∇C ⊙ φ′(z)).
 * For sigmoid that is |x| &gt; ln((1 + √(1 − 4t))/(1 − √(1 − 4t))) ≈ 2.89 with t = 0.05, for tanh
 * |x| &gt; atanh(√0.95) ≈ 2.18, for ReLU and leaky ReLU (slope 0.01) x ≤ 0, for step everywhere.
 */
public final class ActivationFacts {
    /** |φ′| below this counts as saturated. */
    public static final double SATURATION = 0.05;

    private ActivationFacts() {
    }

    /** The range of φ as people write it: "0 … 1", "−1 … 1", "0 … ∞", "−∞ … ∞" or "0 or 1". */
    public static String range(Activation a) {
        switch (a) {
            case SIGMOID:
                return "0 … 1";
            case TANH:
                return "−1 … 1";
            case RELU:
                return "0 … ∞";
            case STEP:
                return "0 or 1";
            default:
                return "−∞ … ∞";
        }
    }

    /** The lower asymptote or bound of φ shown as a guide line, or NaN when there is none. */
    public static double lowerBound(Activation a) {
        switch (a) {
            case SIGMOID:
            case RELU:
            case STEP:
                return 0;
            case TANH:
                return -1;
            default:
                return Double.NaN;
        }
    }

    /** The upper asymptote or bound of φ shown as a guide line, or NaN when there is none. */
    public static double upperBound(Activation a) {
        switch (a) {
            case SIGMOID:
            case TANH:
            case STEP:
                return 1;
            default:
                return Double.NaN;
        }
    }

    /**
     * Where sigmoid saturates, |x| beyond this: σ′ = σ(1 − σ) &lt; t exactly when σ is below (1 − √(1 − 4t))/2 or
     * above (1 + √(1 − 4t))/2, that is |x| &gt; ln((1 + √(1 − 4t))/(1 − √(1 − 4t))) ≈ 2.887 for t = 0.05.
     */
    static final double SIGMOID_EDGE = Math.log((1 + Math.sqrt(1 - 4 * SATURATION))
            / (1 - Math.sqrt(1 - 4 * SATURATION)));
    /** Where tanh saturates, |x| beyond this: 1 − tanh² &lt; t for |x| &gt; atanh(√(1 − t)) ≈ 2.178. */
    static final double TANH_EDGE = 0.5 * Math.log((1 + Math.sqrt(1 - SATURATION)) / (1 - Math.sqrt(1 - SATURATION)));

    /**
     * The saturated stretches of [xMin, xMax], exactly: a flat array of pairs (start, end), in increasing order, of
     * the parts of φ's saturated set inside the interval, each longer than a point. Sigmoid and tanh saturate for
     * |x| beyond {@link #SIGMOID_EDGE} and {@link #TANH_EDGE}, ReLU and leaky ReLU (slope 0.01) for x ≤ 0, so
     * their stretch ends at exactly 0; step everywhere, linear nowhere.
     *
     * @throws IllegalArgumentException if the interval is not finite with xMin &lt; xMax
     */
    public static double[] saturatedIntervals(Activation a, double xMin, double xMax) {
        if (!Double.isFinite(xMin) || !Double.isFinite(xMax) || !(xMin < xMax)) {
            throw new IllegalArgumentException("interval [" + xMin + ", " + xMax + "] must be finite with min < max");
        }
        double inf = Double.POSITIVE_INFINITY;
        switch (a) {
            case SIGMOID:
                return inside(xMin, xMax, -inf, -SIGMOID_EDGE, SIGMOID_EDGE, inf);
            case TANH:
                return inside(xMin, xMax, -inf, -TANH_EDGE, TANH_EDGE, inf);
            case RELU:
            case LEAKY_RELU:
                return inside(xMin, xMax, -inf, 0);
            case STEP:
                return inside(xMin, xMax, -inf, inf);
            default:
                return new double[0];
        }
    }

    /** The pairs of {@code runs} cut to [xMin, xMax], without those that keep less than a point. */
    private static double[] inside(double xMin, double xMax, double... runs) {
        double[] kept = new double[runs.length];
        int count = 0;
        for (int i = 0; i < runs.length; i += 2) {
            double start = Math.max(xMin, runs[i]);
            double end = Math.min(xMax, runs[i + 1]);
            if (start < end) {
                kept[count++] = start;
                kept[count++] = end;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** True when |φ′(x)| &lt; {@value #SATURATION}; false for NaN. */
    public static boolean isSaturated(Activation a, double x) {
        return Math.abs(a.derivative(x)) < SATURATION;
    }
}
