package hyperplane.view;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;
import hyperplane.engine.Optimizer;
import hyperplane.state.Decimals;

/**
 * The backprop inspector's choices and sentences, on the JVM: which training points it lists, which one it
 * shows when a link names none or a wrong one, where a step move ends, how a number reads, and what an applied
 * (or refused) update says. The browser view only puts them into the page.
 */
public final class BackpropReadout {
    /** The decimals of the inspector's numbers. */
    public static final int DECIMALS = 4;

    /**
     * The point the inspector shows.
     *
     * @param point  a training point's dataset index
     * @param notice why the asked-for point was not taken ("" when it was, or none was asked for)
     */
    public record Choice(int point, String notice) {
    }

    private BackpropReadout() {
    }

    /** The dataset indices of the training points, in order (the points list). */
    public static int[] trainingPoints(Dataset data) {
        int[] indices = new int[data.trainCount()];
        int n = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.isTrain(i)) {
                indices[n++] = i;
            }
        }
        return indices;
    }

    /** The points list's text for point i: "#3 (0.50, −1.25) class 1" or "… target 0.75" for regression. */
    public static String pointLabel(Dataset data, int i) {
        boolean regression = data.problemType() == ProblemType.REGRESSION;
        return "#" + (i + 1) + " (" + Format.fixed(data.x1(i), 2) + ", " + Format.fixed(data.x2(i), 2) + ") "
                + (regression ? "target " + Format.fixed(data.label(i), 2) : "class " + (int) data.label(i));
    }

    /**
     * {@code asked} when it is a training point of {@code data}, else the first training point (which must
     * exist), with a notice unless nothing was asked for (−1).
     */
    public static Choice choose(Dataset data, int asked, int firstTraining) {
        if (asked >= 0 && asked < data.size() && data.isTrain(asked)) {
            return new Choice(asked, "");
        }
        String notice = asked == -1 ? "" : "Ignored bp.point=" + asked + ": there is no training point with that "
                + "number, so the inspector shows the first one.";
        return new Choice(firstTraining, notice);
    }

    /**
     * The point as the link keeps it: −1 (the default, which the link leaves out) for the first training point,
     * which is what −1 shows anyway, else its index.
     */
    public static int linkedPoint(int point, int firstTraining) {
        return point == firstTraining ? -1 : point;
    }

    /** {@code target} kept within the steps 0 … count − 1. */
    public static int clampStep(int target, int count) {
        return Math.max(0, Math.min(count - 1, target));
    }

    /** A number as the inspector writes it: below 10⁻³ three significant digits, so a tiny cost does not read 0. */
    public static String number(double value) {
        return value != 0 && Math.abs(value) < 1e-3 ? Format.scientific(value) : Format.fixed(value, DECIMALS);
    }

    /** What an applied update did to the point's output and cost. */
    public static String applied(double eta, double outputBefore, double outputAfter, double target, double costBefore,
                                 double costAfter) {
        return applied(eta, "output", outputBefore, outputAfter, Format.fixed(target, 2), costBefore, costAfter);
    }

    /** What an applied update did, behind a softmax: the probability of the point's class c, and its cost. */
    public static String appliedClass(double eta, int c, double before, double after, double costBefore,
            double costAfter) {
        return applied(eta, "probability of its class " + c, before, after, "1", costBefore, costAfter);
    }

    private static String applied(double eta, String what, double before, double after, String target,
            double costBefore, double costAfter) {
        return "Applied w ← w − η ∂C/∂w and b ← b − η ∂C/∂b with η = " + Decimals.text(eta)
                + ". This point's " + what + " went from " + Format.fixed(before, DECIMALS) + " to "
                + Format.fixed(after, DECIMALS) + " (target " + target + "), its cost from "
                + number(costBefore) + " to " + number(costAfter)
                + ". The steps now show the updated network; the upper picture is the boundary now, the lower one "
                + "before.";
    }

    /**
     * The note that this inspector's update is plain gradient descent while the playground trains with another rule
     * (its name), or "" when the playground uses plain SGD too.
     */
    public static String ruleNote(Optimizer optimizer) {
        return optimizer == Optimizer.SGD ? "" : "The playground trains with " + optimizer.label() + ". This "
                + "inspector still shows and applies the plain gradient step w ← w − η ∂C/∂w of the lessons, "
                + "without that rule's memory.";
    }

    /**
     * Which network the inspector walks through while the playground compares runs: the chosen run's
     * ({@code letter}, "B"), on the points every run shares; applying the update changes that run only.
     */
    public static String runNote(String letter) {
        return "This is run " + letter + " of the comparison, the run chosen in the playground: its network and "
                + "settings, on the points all runs share. Applying the update changes run " + letter + " only.";
    }

    /** Why an update was refused: a parameter would not be finite. */
    public static String refused(double eta) {
        return "The update was not applied: with η = " + Decimals.text(eta) + " a weight would become too large to "
                + "represent. Pick a smaller learning rate in the playground.";
    }
}
