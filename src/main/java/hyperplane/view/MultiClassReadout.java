package hyperplane.view;

import hyperplane.engine.PerceptronStep;
import hyperplane.sim.PerceptronSession;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Perceptron view's readouts for K ≥ 3 classes: the visited point's x̃, every class's score w_c·x̃, ŷ and y, each
 * row of the weights before and after with its change (+η x̃ for the true class, −η x̃ for the class that wrongly
 * won), the current rows and each row's score as a formula. Numbers are written as {@link PerceptronReadout} writes
 * them, but negative ones with a true minus sign (−0.5, not -0.5).
 */
public final class MultiClassReadout {
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
    /** The ids of the per-class cells; class c's is the prefix followed by c. */
    static final String[] ROW_IDS = {"p-m-score-", "p-m-before-", "p-m-change-", "p-m-after-", "p-m-w-", "p-m-form-"};

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
     * The score w₁x₁ + w₂x₂ + b as mathematics writes it: a zero term left out, a coefficient 1 not written, the signs
     * between the terms ("0.5x₁ − x₂ + 0.25", "−2x₂", "0" when every weight is 0).
     */
    public static String linearForm(double w1, double w2, double b) {
        StringBuilder text = new StringBuilder();
        term(text, w1, "x₁");
        term(text, w2, "x₂");
        term(text, b, "");
        return text.length() == 0 ? "0" : text.toString();
    }

    private static void term(StringBuilder text, double coefficient, String variable) {
        String magnitude = PerceptronReadout.number(Math.abs(coefficient));
        if (magnitude.equals("0")) {
            return;
        }
        boolean negative = coefficient < 0;
        if (text.length() == 0) {
            text.append(negative ? "−" : "");
        } else {
            text.append(negative ? " − " : " + ");
        }
        text.append(magnitude.equals("1") && !variable.isEmpty() ? "" : magnitude).append(variable);
    }

    /**
     * Every readout of the K-class view by element id: the shared ones (epoch, status, updates, the regions in words,
     * the point, the verdict), the step's x̃, ŷ and y, and for each class c &lt; K its score, row before, change, row
     * after, current row and formula ({@link #ROW_IDS} followed by c). Before the first step the step's cells read "–".
     */
    public static Map<String, String> fields(PerceptronSession session) {
        int k = session.classes();
        Map<String, String> text = new LinkedHashMap<>();
        text.put("p-epoch", Integer.toString(session.epoch()));
        text.put("p-status", session.statusText());
        text.put("p-updates", Integer.toString(session.totalUpdates()));
        text.put("p-line", "Each point goes to the class whose score w_c·x̃ is largest (the lower class on a tie), so "
                + "the square splits into " + k + " regions, one per class; the lines are where the two largest "
                + "scores are equal.");
        double[] w = session.weights();
        for (int c = 0; c < k; c++) {
            text.put("p-m-w-" + c, vector(w, 3 * c, 3));
            text.put("p-m-form-" + c, w(c) + "·x̃ = " + linearForm(w[3 * c], w[3 * c + 1], w[3 * c + 2]));
        }
        PerceptronStep step = session.lastStep();
        if (step == null) {
            text.put("p-point", session.points().isEmpty() ? "No points yet: place some on the canvas."
                    : "No step yet: press “Step one point”.");
            for (String id : new String[] {"p-m-x-tilde", "p-m-yhat", "p-m-y"}) {
                text.put(id, "–");
            }
            for (int c = 0; c < k; c++) {
                for (int r = 0; r < 4; r++) {
                    text.put(ROW_IDS[r] + c, "–");
                }
            }
            text.put("p-verdict", "");
            return text;
        }
        int y = step.label();
        int yHat = step.output();
        text.put("p-point", "Epoch " + step.epoch() + ", point " + (step.index() + 1) + " of "
                + session.points().size() + " (class " + y + ", " + PerceptronPalette.name(y) + ")");
        text.put("p-m-x-tilde", vector(step.extendedInput(), 0, 3));
        double[] scores = step.scores();
        text.put("p-m-yhat", Integer.toString(yHat));
        text.put("p-m-y", Integer.toString(y));
        double[] before = step.weightsBefore();
        double[] after = step.weightsAfter();
        double[] update = step.update();
        for (int c = 0; c < k; c++) {
            text.put("p-m-score-" + c, number(scores[c]));
            text.put("p-m-before-" + c, vector(before, 3 * c, 3));
            text.put("p-m-change-" + c, !step.mistake() || (c != y && c != yHat) ? "none"
                    : (c == y ? "+η x̃ = " : "−η x̃ = ") + vector(update, 3 * c, 3));
            text.put("p-m-after-" + c, vector(after, 3 * c, 3));
        }
        text.put("p-verdict", step.mistake()
                ? "A mistake: ŷ = " + yHat + " but y = " + y + ", so " + w(y) + " gains η x̃ and " + w(yHat)
                        + " loses it: class " + y + "’s score at this point rises and class " + yHat + "’s falls."
                : "No mistake: ŷ = y, so every row stays as it was.");
        return text;
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
