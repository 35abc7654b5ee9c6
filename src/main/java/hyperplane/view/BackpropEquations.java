package hyperplane.view;

import hyperplane.data.Feature;
import hyperplane.engine.Activation;
import hyperplane.engine.BackpropTrace;
import hyperplane.engine.Loss;
import hyperplane.sim.BackpropWalkthrough;
import java.util.List;

/**
 * The text of one backprop-inspector step: its title, which formula it shows, its notes and its equations with the
 * trace's numbers, written to an {@link Out} (the browser builds the DOM from it; tests record it). In a layer of
 * more than {@link BackpropWalkthrough#FULL_LAYER} neurons only the focused neuron's equation is written out in
 * full. Numbers have a fixed number of decimals, or three significant digits in scientific form below 10^−3, and
 * the mathematical minus (U+2212); in a sum the sign of a term is its operator ("0.5 × 2 − 0.25 × 4 + 0.25").
 */
public final class BackpropEquations {
    /** Where a step is written, in reading order. */
    public interface Out {
        /** The MathML formula with this id in index.html (copied). */
        void formula(String id);

        /** A paragraph of explanation. */
        void note(String text);

        /** The list of equations starts here (after the formula and notes that come before it). */
        void list();

        /** A list item for one neuron, starting with its name, e.g. "Neuron 2:"; {@code full} for the focused one. */
        void row(String who, boolean full);

        /** A nested item in the current row (the gradient of each incoming weight). */
        void subItem();

        /** Plain text in the current item. */
        void text(String text);

        /** A number the equation is made of, as shown. */
        void operand(String shown);

        /**
         * A computed value: {@code kind} is z, a, cost, delta, db or dw; {@code from} the source neuron of a
         * weight's gradient (dw), else −1.
         */
        void result(String shown, double value, String kind, int layer, int neuron, int from);
    }

    private final BackpropWalkthrough walk;
    private final BackpropTrace trace;
    private final int focus;
    private final int decimals;
    private final List<Feature> features;
    private Out out;

    /**
     * @param focus    the neuron written out in full in a big layer
     * @param decimals the decimals of a number (above 10^−3)
     * @param features the inputs' names
     */
    public BackpropEquations(BackpropWalkthrough walk, int focus, int decimals, List<Feature> features) {
        this.walk = walk;
        this.trace = walk.trace();
        this.focus = focus;
        this.decimals = decimals;
        this.features = features;
    }

    /** "Step 3 of 7: …", the heading of step {@code s}. */
    public String title(int s) {
        return "Step " + (s + 1) + " of " + walk.stepCount() + ": " + walk.title(s);
    }

    /** Writes step {@code s} (after its title): formula, notes, the list of equations, and a note on big layers. */
    public void write(int s, Out target) {
        out = target;
        int layer = walk.layer(s);
        switch (walk.kind(s)) {
            case FORWARD -> {
                out.formula("bp-f-forward");
                out.note("In " + walk.layerName(layer) + " φ is " + activationName(trace.activation(layer))
                        + "; the inputs a come from " + walk.layerName(layer - 1) + ".");
                out.list();
                forward(layer);
            }
            case COST -> {
                boolean ce = trace.lossFunction() == Loss.CROSS_ENTROPY;
                out.formula(ce ? "bp-f-cost-ce" : "bp-f-cost-mse");
                out.list();
                cost(ce);
            }
            case OUTPUT_DELTA -> {
                out.formula(walk.logitOutput() ? "bp-f-output-delta-ce" : "bp-f-output-delta");
                out.note(walk.logitOutput()
                        ? "With a sigmoid output and cross-entropy, ∂C/∂a = (a − y) / (a(1 − a)) and σ′(z) = a(1 − a)"
                                + " cancel, so δ = a − y."
                        : "For squared error ∂C/∂a = a − y; φ′ is the derivative of "
                                + activationName(trace.activation(layer)) + ".");
                out.list();
                outputDelta(layer);
            }
            case HIDDEN_DELTA -> {
                out.formula("bp-f-hidden-delta");
                out.note("Each neuron collects the errors of " + walk.layerName(layer + 1)
                        + " through the weights that leave it, then scales them by φ′(z).");
                out.list();
                hiddenDelta(layer);
            }
            case GRADIENTS -> {
                out.formula("bp-f-gradients");
                out.note("Gradient descent moves every weight by −η ∂C/∂w: the larger |∂C/∂w|, the harder "
                        + "this point pushes that weight.");
                out.list();
                gradients(layer);
            }
            default -> out.list();
        }
        int size = trace.size(layer);
        if (size > BackpropWalkthrough.FULL_LAYER) {
            out.note("This layer has " + size + " neurons: only neuron " + (focus + 1)
                    + " is written out in full (choose another in \"Neuron written out in big layers\").");
        }
    }

    private void forward(int l) {
        Activation act = trace.activation(l);
        for (int j = 0; j < trace.size(l); j++) {
            row(l, j);
            text("z = ");
            if (walk.expanded(l, j, focus)) {
                for (int k = 0; k < trace.size(l - 1); k++) {
                    term(k == 0, trace.weight(l, j, k));
                    text(" × ");
                    operand(trace.a(l - 1, k), true);
                }
                term(false, trace.bias(l, j));
                text(" = ");
            }
            result(trace.z(l, j), "z", l, j, -1);
            text(";  a = " + phiSymbol(act) + "(");
            operand(trace.z(l, j), false);
            text(") = ");
            result(trace.a(l, j), "a", l, j, -1);
        }
    }

    private void cost(boolean ce) {
        int l = walk.layerCount();
        for (int j = 0; j < trace.size(l); j++) {
            row(l, j);
            double a = trace.a(l, j);
            double y = walk.target(j);
            if (ce) {
                text("C = −[");
                operand(y, false);
                text(" ln ");
                operand(a, false);
                text(" + (1 − ");
                operand(y, false);
                text(") ln(1 − ");
                operand(a, false);
                text(")] = ");
            } else {
                text("C = ½ (");
                operand(y, false);
                text(" − ");
                operand(a, true);
                text(")² = ");
            }
            result(walk.cost(), "cost", l, j, -1);
        }
    }

    private void outputDelta(int l) {
        for (int j = 0; j < trace.size(l); j++) {
            row(l, j);
            if (walk.logitOutput()) {
                text("δ = a − y = ");
                operand(trace.a(l, j), false);
                text(" − ");
                operand(walk.target(j), true);
            } else {
                text("δ = ∂C/∂a × φ′(z) = ");
                operand(walk.costGradient(j), true);
                text(" × ");
                operand(walk.activationDerivative(l, j), true);
            }
            text(" = ");
            result(trace.delta(l, j), "delta", l, j, -1);
        }
    }

    private void hiddenDelta(int l) {
        for (int j = 0; j < trace.size(l); j++) {
            row(l, j);
            text("δ = ");
            if (walk.expanded(l, j, focus)) {
                text("(");
                for (int k = 0; k < trace.size(l + 1); k++) {
                    term(k == 0, trace.weight(l + 1, k, j));
                    text(" × ");
                    operand(trace.delta(l + 1, k), true);
                }
                text(") × φ′(z) = ");
            }
            operand(walk.backSum(l, j), true);
            text(" × ");
            operand(walk.activationDerivative(l, j), true);
            text(" = ");
            result(trace.delta(l, j), "delta", l, j, -1);
        }
    }

    private void gradients(int l) {
        for (int j = 0; j < trace.size(l); j++) {
            row(l, j);
            text("∂C/∂b = δ = ");
            result(trace.biasGradient(l, j), "db", l, j, -1);
            if (!walk.expanded(l, j, focus)) {
                double most = 0;
                for (int k = 0; k < trace.size(l - 1); k++) {
                    most = Math.max(most, Math.abs(trace.weightGradient(l, j, k)));
                }
                text(";  largest |∂C/∂w| into it ");
                operand(most, false);
                continue;
            }
            for (int k = 0; k < trace.size(l - 1); k++) {
                out.subItem();
                text("∂C/∂w from " + source(l - 1, k) + " = a × δ = ");
                operand(trace.a(l - 1, k), true);
                text(" × ");
                operand(trace.delta(l, j), true);
                text(" = ");
                result(trace.weightGradient(l, j, k), "dw", l, j, k);
            }
        }
    }

    /** A list item that starts with the neuron's name; the focused one of a big layer is marked as in full. */
    private void row(int l, int j) {
        out.row(neuronName(l, j) + ":", trace.size(l) > BackpropWalkthrough.FULL_LAYER && j == focus);
    }

    private String neuronName(int l, int j) {
        if (l == walk.layerCount() && trace.size(l) == 1) {
            return "Output";
        }
        return "Neuron " + (j + 1);
    }

    private String source(int layer, int k) {
        if (layer == 0) {
            return k < features.size() ? features.get(k).label() : "input " + (k + 1);
        }
        return "neuron " + (k + 1);
    }

    private void text(String text) {
        out.text(text);
    }

    /**
     * A number used in the equation, its minus the mathematical one; negative multiplicands and subtrahends get
     * parentheses.
     */
    private void operand(double value, boolean bracketNegative) {
        String shown = LinearForm.minus(number(value));
        out.operand(bracketNegative && LinearForm.negative(shown) ? "(" + shown + ")" : shown);
    }

    /** The leading number of a term of a sum: its sign becomes the operator before it (see {@link LinearForm}). */
    private void term(boolean first, double value) {
        String shown = number(value);
        text(LinearForm.operator(first, shown));
        out.operand(LinearForm.magnitude(shown));
    }

    private void result(double value, String kind, int layer, int neuron, int from) {
        out.result(LinearForm.minus(number(value)), value, kind, layer, neuron, from);
    }

    /**
     * {@code decimals} fixed decimals, but three significant digits in scientific form below 10^−3, so a
     * vanishing gradient reads as 2.50e-6 rather than a flat 0.0000.
     */
    public String number(double value) {
        double magnitude = Math.abs(value);
        if (value != 0 && magnitude < 1e-3) {
            return Format.scientific(value);
        }
        return Format.fixed(value, decimals);
    }

    private static String activationName(Activation act) {
        return act.label();
    }

    private static String phiSymbol(Activation act) {
        return switch (act) {
            case SIGMOID -> "σ";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leakyReLU";
            case LINEAR -> "identity";
            case STEP -> "step";
            case SOFTMAX -> "softmax";
        };
    }
}
