package hyperplane.view;

/**
 * The perceptron's line moving from one weight vector (w₁, w₂, b) to the next over a set time, eased
 * ({@link PerceptronReadout#ease}); times are in ms on any clock the caller reads. A jump, or a move of no
 * positive duration, shows the new weights at once. The weights may be K rows of three (the K-class view's regions
 * move the same way); a jump to weights of another length starts from them, and a move to another length jumps.
 * Allocates nothing after construction unless the length changes.
 */
public final class LineMotion {
    private double[] shown = new double[3];
    private double[] from = new double[3];
    private double[] to = new double[3];
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
        if (weights.length != shown.length) {
            shown = new double[weights.length];
            from = new double[weights.length];
            to = new double[weights.length];
        }
        System.arraycopy(weights, 0, shown, 0, weights.length);
        System.arraycopy(weights, 0, to, 0, weights.length);
        start = -1;
    }

    /** Moves from what is shown now to {@code weights}, starting at {@code now}, over {@code durationMs}. */
    public void moveTo(double[] weights, double now, double durationMs) {
        if (!(durationMs > 0) || weights.length != shown.length) {
            jumpTo(weights);
            return;
        }
        System.arraycopy(shown, 0, from, 0, shown.length);
        System.arraycopy(weights, 0, to, 0, shown.length);
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
