package hyperplane.engine;

/**
 * The per-sample cost functions C(a, y) of an output a and a target y, with their derivative
 * dC/da beside them. Over n samples (and output neurons j) the network's cost is the mean of the
 * per-sample values: MSE C = 1/(2n) Σ‖y − a‖², cross-entropy C = −1/n Σ [y ln a + (1 − y) ln(1 − a)].
 *
 * <p>{@link Network} only allows {@link #CROSS_ENTROPY} behind a {@link Activation#SIGMOID} output,
 * and then never calls these two functions for it: it uses δ^L = a − y and the stable form
 * {@link #crossEntropyFromLogit(double, double)}. NaN in gives NaN out.
 */
public enum Loss {
    /** C = ½ (y − a)², dC/da = a − y. */
    MSE("mse", "Mean squared error") {
        @Override
        public double value(double a, double y) {
            double d = y - a;
            return 0.5 * d * d;
        }

        @Override
        public double derivative(double a, double y) {
            return a - y;
        }
    },
    /**
     * C = −[y ln a + (1 − y) ln(1 − a)], dC/da = (a − y) / (a (1 − a)). For a of exactly 0 or 1 with a
     * target on the other side the value is +∞ (a genuine ln 0); the network avoids this by working
     * from z.
     */
    CROSS_ENTROPY("cross-entropy", "Cross-entropy") {
        @Override
        public double value(double a, double y) {
            // Skip a term whose weight is exactly 0 so that 0 · ln 0 counts as 0, its limit.
            double c = 0;
            if (y != 0) {
                c -= y * Math.log(a);
            }
            if (y != 1) {
                c -= (1 - y) * Math.log(1 - a);
            }
            return c;
        }

        @Override
        public double derivative(double a, double y) {
            return (a - y) / (a * (1 - a));
        }
    };

    private final String key;
    private final String label;

    Loss(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The per-sample cost C(a, y). */
    public abstract double value(double a, double y);

    /** dC/da of the per-sample cost. */
    public abstract double derivative(double a, double y);

    /** The lower-case token used in the URL and model JSON. */
    public String key() {
        return key;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }

    /**
     * The loss whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException naming the key if none matches (also for null)
     */
    public static Loss fromKey(String key) {
        for (Loss l : values()) {
            if (l.key.equals(key)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loss key \"" + key + "\"");
    }

    /**
     * Cross-entropy of a = σ(z) against y, computed from z so it never takes ln 0:
     * −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = softplus(z) − y z, with
     * softplus(z) = ln(1 + e^z) = max(z, 0) + ln(1 + e^(−|z|)). Finite for every finite z
     * (e.g. 800 for z = 800, y = 0); NaN for NaN z.
     */
    public static double crossEntropyFromLogit(double z, double y) {
        return softplus(z) - y * z;
    }

    /** softplus(z) = ln(1 + e^z), stable for any z; tiny tails use ln(1 + e) ≈ e − e²/2. */
    static double softplus(double z) {
        double e = Math.exp(-Math.abs(z));
        double tail = e < 1e-8 ? e - 0.5 * e * e : Math.log(1 + e);
        return (z > 0 ? z : 0) + tail;
    }
}
