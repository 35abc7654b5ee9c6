package hyperplane.view;

import hyperplane.engine.Activation;
import java.util.Arrays;

/**
 * What the activation explorer says about each φ: its range of values, and where it saturates.
 *
 * <p>A point x is <em>saturated</em> when |φ′(x)| &lt; {@value #SATURATION}: a neuron whose input sits there
 * passes back less than a twentieth of the error signal, so its incoming weights barely move (δ = ∇C ⊙ φ′(z)).
 * For sigmoid that is |x| &gt; ln((1 + √(1 − 4t))/(1 − √(1 − 4t))) ≈ 2.89 with t = 0.05, for tanh
 * |x| &gt; atanh(√0.95) ≈ 2.18, for ReLU, leaky ReLU (slope 0.01) and step x ≤ 0 (step everywhere).
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
     * The saturated stretches of [xMin, xMax], found by sampling φ′ at {@code samples} evenly spaced points: a flat
     * array of pairs (start, end), each a maximal run of saturated samples, in increasing order. A run's ends are
     * the first and last saturated samples (the run's extent is exact to one sample spacing).
     *
     * @throws IllegalArgumentException if the interval is not finite with xMin &lt; xMax, or samples &lt; 2
     */
    public static double[] saturatedIntervals(Activation a, double xMin, double xMax, int samples) {
        if (!Double.isFinite(xMin) || !Double.isFinite(xMax) || !(xMin < xMax)) {
            throw new IllegalArgumentException("interval [" + xMin + ", " + xMax + "] must be finite with min < max");
        }
        if (samples < 2) {
            throw new IllegalArgumentException("samples (" + samples + ") must be >= 2");
        }
        double[] pairs = new double[samples + 1];
        int count = 0;
        boolean inRun = false;
        double last = xMin;
        for (int i = 0; i < samples; i++) {
            double x = i == samples - 1 ? xMax : xMin + i * (xMax - xMin) / (samples - 1);
            boolean saturated = isSaturated(a, x);
            if (saturated && !inRun) {
                pairs[count++] = x;
                inRun = true;
            } else if (!saturated && inRun) {
                pairs[count++] = last;
                inRun = false;
            }
            last = x;
        }
        if (inRun) {
            pairs[count++] = xMax;
        }
        return Arrays.copyOf(pairs, count);
    }

    /** True when |φ′(x)| &lt; {@value #SATURATION}; false for NaN. */
    public static boolean isSaturated(Activation a, double x) {
        return Math.abs(a.derivative(x)) < SATURATION;
    }
}
