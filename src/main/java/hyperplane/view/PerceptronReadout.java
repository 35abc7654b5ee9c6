package hyperplane.view;

import hyperplane.engine.PerceptronStep;
import hyperplane.sim.PerceptronSession;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text and motion for the Perceptron view's readouts: numbers as short exact decimals, vectors as tuples, and
 * the eased interpolation that moves the line between two weight vectors.
 */
public final class PerceptronReadout {
    /** Decimals kept in the readouts: enough for η = 0.001 times a coordinate of two decimals. */
    public static final int DECIMALS = 5;

    private PerceptronReadout() {
    }

    /**
     * {@code value} rounded to {@value #DECIMALS} decimals with trailing zeros dropped ("0.08", "-0.1", "1"),
     * so rounding noise such as 0.30000000000000004 reads 0.3; "0" for −0 and anything that rounds to 0;
     * "–" for NaN.
     */
    public static String number(double value) {
        return Format.trimmed(value, DECIMALS);
    }

    /** The values as a tuple "(a, b, c)" written with {@link #number}; "()" for an empty array. */
    public static String vector(double[] values) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(number(values[i]));
        }
        return text.append(')').toString();
    }

    /**
     * The eased position of an animation at time fraction t: s = 3t² − 2t³ (smoothstep), clamped so that
     * t ≤ 0 gives 0 and t ≥ 1 (or NaN, a finished animation) gives 1.
     */
    public static double ease(double t) {
        if (!(t < 1)) {
            return 1;
        }
        if (t <= 0) {
            return 0;
        }
        return t * t * (3 - 2 * t);
    }

    /**
     * Writes from + ease(t)·(to − from) into {@code out}, entry by entry, without allocating.
     *
     * @throws IllegalArgumentException if the arrays are null or of different lengths
     */
    public static void interpolate(double[] from, double[] to, double t, double[] out) {
        if (from == null || to == null || out == null || from.length != to.length || out.length != to.length) {
            throw new IllegalArgumentException("from, to and out must be arrays of one length");
        }
        double s = ease(t);
        for (int i = 0; i < out.length; i++) {
            out[i] = s == 1 ? to[i] : from[i] + s * (to[i] - from[i]);
        }
    }

    /** The ids of the readouts that show the last step, each "–" before the first step. */
    private static final String[] STEP_IDS = {"p-x-tilde", "p-net", "p-f", "p-y", "p-error", "p-update",
        "p-w-before", "p-w-after"};

    /**
     * Every readout of the perceptron view, by element id, in the order the page shows them: the epoch, the status,
     * w, the updates so far, the line in words, and the last step's point, x̃, w·x̃, f(x), y, y − f(x), the update,
     * w before and after, and the verdict. With K ≥ 3 classes, {@link MultiClassReadout#fields}'s instead.
     */
    public static Map<String, String> fields(PerceptronSession session) {
        if (session.classes() > 2) {
            return MultiClassReadout.fields(session);
        }
        Map<String, String> text = new LinkedHashMap<>();
        text.put("p-epoch", Integer.toString(session.epoch()));
        text.put("p-status", session.statusText());
        double[] w = session.weights();
        text.put("p-w", vector(w));
        text.put("p-updates", Integer.toString(session.totalUpdates()));
        text.put("p-line", line(w));
        PerceptronStep step = session.lastStep();
        if (step == null) {
            text.put("p-point", session.points().isEmpty() ? "No points yet: place some on the canvas."
                    : "No step yet: press “Step one point”.");
            for (String id : STEP_IDS) {
                text.put(id, "–");
            }
            text.put("p-verdict", "");
            return text;
        }
        text.put("p-point", "Epoch " + step.epoch() + ", point " + (step.index() + 1) + " of "
                + session.points().size() + " (class " + step.label() + ", " + (step.label() == 1 ? "blue" : "orange")
                + ")");
        text.put("p-x-tilde", vector(step.extendedInput()));
        text.put("p-net", number(step.netInput()));
        text.put("p-f", Integer.toString(step.output()));
        text.put("p-y", Integer.toString(step.label()));
        text.put("p-error", step.error() > 0 ? "+1" : Integer.toString(step.error()));
        text.put("p-update", vector(step.update()));
        text.put("p-w-before", vector(step.weightsBefore()));
        text.put("p-w-after", vector(step.weightsAfter()));
        text.put("p-verdict", step.mistake()
                ? "A mistake: f(x) = " + step.output() + " but y = " + step.label() + ", so w "
                        + (step.error() > 0 ? "gains" : "loses") + " η x̃ and the line moves."
                : "No mistake: f(x) = y, so the update is zero and nothing moves.");
        return text;
    }

    private static final String[] INPUTS = {"x₁", "x₂"};

    /** The line w₁x₁ + w₂x₂ + b = 0 in words (see {@link LinearForm}), or why there is none yet (w₁ = w₂ = 0). */
    public static String line(double[] w) {
        if (w[0] == 0 && w[1] == 0) {
            return "No line yet: w₁ = w₂ = 0, so every point is predicted class " + (w[2] >= 0 ? "1" : "0") + ".";
        }
        return "The line " + LinearForm.of(new String[] {number(w[0]), number(w[1])}, INPUTS, number(w[2]))
                + " = 0; the arrow w points to the side predicted 1 (blue).";
    }

    /**
     * One step in a sentence, as announced after Step: the point, f(x), y, and what became of w (a K-class step:
     * {@link MultiClassReadout#describe}).
     */
    public static String describe(PerceptronStep step) {
        if (step.multiClass()) {
            return MultiClassReadout.describe(step);
        }
        return "Point " + (step.index() + 1) + " at " + vector(step.input()) + ": f(x) = " + step.output() + ", y = "
                + step.label() + (step.mistake() ? ", a mistake; w becomes " + vector(step.weightsAfter()) + "."
                : ", no mistake; w stays " + vector(step.weightsAfter()) + ".");
    }
}
