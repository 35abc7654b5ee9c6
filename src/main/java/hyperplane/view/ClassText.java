package hyperplane.view;

import hyperplane.engine.Activation;
import hyperplane.engine.Network;
import hyperplane.sim.ConfusionMatrix;
import hyperplane.sim.PlaygroundSession;

/**
 * The playground's words about classes: a softmax output neuron's description, each class's probability at a
 * point of the plane, and the cells of the confusion matrix under the output. The browser puts them into the page
 * as text.
 */
public final class ClassText {
    /** The confusion table's top-left cell. */
    public static final String CORNER = "true ↓ predicted →";

    private ClassText() {
    }

    /** "class 2 (green)". */
    public static String named(int c) {
        return "class " + c + " (" + ClassPalette.name(c) + ")";
    }

    /** Whether {@code network}'s output is a softmax over several classes. */
    public static boolean softmax(Network network) {
        return network.activation(network.layerCount()) == Activation.SOFTMAX;
    }

    /**
     * "Output neuron for class 2 (green), a softmax: the canvas and its square show the probability of class 2" —
     * the head of the readout of softmax output neuron {@code neuron} (its bias and weights follow).
     */
    public static String outputNeuron(int neuron) {
        return "Output neuron for " + named(neuron) + ", a softmax: the canvas and its square show the probability of "
                + "class " + neuron;
    }

    /**
     * "At (1.20, -0.40): class 0 (orange) 12 %, class 1 (blue) 80 %, class 2 (green) 8 %; the network picks
     * class 1." — each class's probability at (x, y) from the session's softmax output (exact, not the drawing
     * pass's); the first of equal probabilities is picked. "" when the output is not a softmax.
     */
    public static String probabilities(PlaygroundSession session, double x, double y) {
        Network network = session.network();
        if (!softmax(network)) {
            return "";
        }
        session.predict(x, y);
        int last = network.layerCount();
        StringBuilder text = new StringBuilder("At ").append(PointEdits.where(x, y)).append(": ");
        int best = 0;
        for (int c = 0; c < network.size(last); c++) {
            double p = network.output(last, c);
            best = p > network.output(last, best) ? c : best;
            text.append(c == 0 ? "" : ", ").append(named(c)).append(' ').append(percent(p));
        }
        return text.append("; the network picks class ").append(best).append('.').toString();
    }

    /** "Training points: 135 of 150 right (90.0 %)" or "Test points: …"; "Training points: none" when empty. */
    public static String caption(ConfusionMatrix m, boolean train) {
        String split = train ? "Training points: " : "Test points: ";
        if (m.total() == 0) {
            return split + "none";
        }
        return split + m.correct() + " of " + m.total() + " right (" + Format.fixed(100.0 * m.correct() / m.total(), 1)
                + " %)";
    }

    /** The header of a row, the true class: "0 orange". */
    public static String rowHeader(int actual) {
        return actual + " " + ClassPalette.name(actual);
    }

    /** The header of a column, the predicted class: "0". */
    public static String columnHeader(int predicted) {
        return Integer.toString(predicted);
    }

    /** A cell's count: "48"; "–" for a class the split has no point of. */
    public static String count(ConfusionMatrix m, int actual, int predicted) {
        return m.actual(actual) == 0 ? "–" : Integer.toString(m.count(actual, predicted));
    }

    /** A cell's share of the true class's points, "96 %"; "" when the count is 0 or the class has no point. */
    public static String share(ConfusionMatrix m, int actual, int predicted) {
        return m.count(actual, predicted) == 0 ? "" : percent(m.share(actual, predicted));
    }

    /** A cell in one line, for screen readers and tests: "48 (96 %)", "0", or "–". */
    public static String cell(ConfusionMatrix m, int actual, int predicted) {
        String share = share(m, actual, predicted);
        return count(m, actual, predicted) + (share.isEmpty() ? "" : " (" + share + ")");
    }

    /** A probability or share as a whole percentage: "80 %", "100 %", "0 %" ("NaN %" never: "–"). */
    static String percent(double p) {
        return p == p ? Format.fixed(100 * p, 0) + " %" : "–";
    }
}
