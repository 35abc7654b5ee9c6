package hyperplane.view;

import hyperplane.engine.PerceptronStep;
import hyperplane.sim.PerceptronSession;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Perceptron view's readouts for K ≥ 3 classes: the visited point's x̃, every class's score w_c·x̃, ŷ and y, the
 * two rows a mistake changes written out as sums (w_y + η x̃ and w_ŷ − η x̃), and the current rows. Numbers are
 * written as {@link PerceptronReadout} writes them, but negative ones with a true minus sign (−0.5, not -0.5).
 */
public final class MultiClassReadout {
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private MultiClassReadout() {
    }

    /** {@link PerceptronReadout#number} with U+2212 for a minus sign. */
    public static String number(double value) {
        String text = PerceptronReadout.number(value);
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** The values as a tuple "(0.5, −1, 0)" written with {@link #number}. */
    public static String vector(double[] values, int from, int count) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(number(values[from + i]));
        }
        return text.append(')').toString();
    }

    /** "w" with class c as a subscript: "w₂". */
    public static String w(int c) {
        return "w" + subscript(c);
    }

    private static String subscript(int c) {
        return c >= 0 && c <= 9 ? String.valueOf(SUBSCRIPTS.charAt(c)) : "_" + c;
    }

    /**
     * Every readout of the K-class view by element id: the shared ones (epoch, status, updates, the regions in words,
     * the point, the verdict); the step's x̃, ŷ and y; for each class c &lt; K its score w_c·x̃ at the point
     * (p-m-score-c) with a mark for ŷ and y (p-m-mark-c); the two rows the step changed as formulas
     * (p-m-up: w_y + η x̃, p-m-down: w_ŷ − η x̃); and the current weights, one row per class (p-m-w1-c, p-m-w2-c,
     * p-m-b-c). Before the first step the step's cells read "–".
     */
    public static Map<String, String> fields(PerceptronSession session) {
        int k = session.classes();
        Map<String, String> text = new LinkedHashMap<>();
        text.put("p-epoch", Integer.toString(session.epoch()));
        text.put("p-status", session.statusText());
        text.put("p-updates", Integer.toString(session.totalUpdates()));
        text.put("p-line", "Each point goes to the class whose row w gives it the largest score w·x̃ (the lower class "
                + "on a tie), so the square splits into " + k + " regions, one per class; the lines are where the two "
                + "largest scores are equal.");
        double[] w = session.weights();
        for (int c = 0; c < k; c++) {
            text.put("p-m-w1-" + c, number(w[3 * c]));
            text.put("p-m-w2-" + c, number(w[3 * c + 1]));
            text.put("p-m-b-" + c, number(w[3 * c + 2]));
        }
        PerceptronStep step = session.lastStep();
        if (step == null) {
            text.put("p-point", session.points().isEmpty() ? "No points yet: place some on the canvas."
                    : "No step yet: press “Step one point”.");
            for (String id : new String[] {"p-m-x-tilde", "p-m-yhat", "p-m-y", "p-m-up", "p-m-down"}) {
                text.put(id, "–");
            }
            for (int c = 0; c < k; c++) {
                text.put("p-m-score-" + c, "–");
                text.put("p-m-mark-" + c, "");
            }
            text.put("p-verdict", "");
            return text;
        }
        int y = step.label();
        int yHat = step.output();
        text.put("p-point", "Epoch " + step.epoch() + ", point " + (step.index() + 1) + " of "
                + session.points().size() + " (class " + y + ", " + PerceptronPalette.name(y) + ")");
        text.put("p-m-x-tilde", vector(step.extendedInput(), 0, 3));
        text.put("p-m-yhat", Integer.toString(yHat));
        text.put("p-m-y", Integer.toString(y));
        double[] scores = step.scores();
        for (int c = 0; c < k; c++) {
            text.put("p-m-score-" + c, number(scores[c]));
            text.put("p-m-mark-" + c, c == y && c == yHat ? "ŷ = y" : c == yHat ? "ŷ" : c == y ? "y" : "");
        }
        if (step.mistake()) {
            text.put("p-m-up", changedRow(step, y, "+"));
            text.put("p-m-down", changedRow(step, yHat, "−"));
        } else {
            text.put("p-m-up", "no change (no mistake)");
            text.put("p-m-down", "no change (no mistake)");
        }
        text.put("p-verdict", step.mistake()
                ? "A mistake: ŷ = " + yHat + " but y = " + y + ", so " + w(y) + " gains η x̃ and " + w(yHat)
                        + " loses it: class " + y + "’s score at this point rises and class " + yHat + "’s falls."
                : "No mistake: ŷ = y, so every row stays as it was.");
        return text;
    }

    /**
     * "w₁ = (0, 0, 0) + (0.5, 0.25, 0.5) = (0.5, 0.25, 0.5)": row c before, η x̃ with its sign, and after. η x̃ is read
     * from the true class's row of the update, which is +η x̃ exactly.
     */
    private static String changedRow(PerceptronStep step, int c, String sign) {
        double[] update = step.update();
        double[] etaX = new double[3];
        System.arraycopy(update, 3 * step.label(), etaX, 0, 3);
        return w(c) + " = " + vector(step.weightsBefore(), 3 * c, 3) + " " + sign + " " + vector(etaX, 0, 3) + " = "
                + vector(step.weightsAfter(), 3 * c, 3);
    }

    /** One K-class step in a sentence, as announced after Step: the point, ŷ, y and the rows that changed. */
    public static String describe(PerceptronStep step) {
        double[] after = step.weightsAfter();
        int y = step.label();
        int yHat = step.output();
        return "Point " + (step.index() + 1) + " at " + vector(step.input(), 0, 2) + ": ŷ = " + yHat + ", y = " + y
                + (step.mistake() ? ", a mistake; " + w(y) + " becomes " + vector(after, 3 * y, 3) + " and " + w(yHat)
                + " becomes " + vector(after, 3 * yHat, 3) + "." : ", no mistake; the weights stay.");
    }
}
