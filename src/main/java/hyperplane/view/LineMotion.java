package hyperplane.view;

/**
 * The perceptron's line moving from one weight vector (w₁, w₂, b) to the next over a set time, eased
 * ({@link PerceptronReadout#ease}); times are in ms on any clock the caller reads. A jump, or a move of no
 * positive duration, shows the new weights at once. Allocates nothing after construction.
 */
public final class LineMotion {
    private final double[] shown = new double[3];
    private final double[] from = new double[3];
    private final double[] to = new double[3];
    /** When the move in progress started, or −1 when none is. */
    private double start = -1;
    private double duration;

    /** The weights to draw the line for now (read it; do not keep or change it). */
    public double[] shown() {
        return shown;
    }

    /** Whether a move is in progress. */
    public boolean moving() {
        return start >= 0;
    }

    /** Shows {@code weights} at once, ending any move. */
    public void jumpTo(double[] weights) {
        System.arraycopy(weights, 0, shown, 0, 3);
        System.arraycopy(weights, 0, to, 0, 3);
        start = -1;
    }

    /** Moves from what is shown now to {@code weights}, starting at {@code now}, over {@code durationMs}. */
    public void moveTo(double[] weights, double now, double durationMs) {
        if (!(durationMs > 0)) {
            jumpTo(weights);
            return;
        }
        System.arraycopy(shown, 0, from, 0, 3);
        System.arraycopy(weights, 0, to, 0, 3);
        start = now;
        duration = durationMs;
    }

    /** Brings {@link #shown} to time {@code now}; returns whether a move was in progress (so the line moved). */
    public boolean advance(double now) {
        if (start < 0) {
            return false;
        }
        double t = (now - start) / duration;
        PerceptronReadout.interpolate(from, to, t, shown);
        if (t >= 1) {
            start = -1;
        }
        return true;
    }
}
