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
         * A computed value: {@code kind} is z, a, cost, delta, db or dw; behind a softmax output also y (the one-hot
         * target), dcda (∂C/∂a_k) and jac (the Jacobian entry ∂a_k/∂z_j, with k as {@code from}); {@code from} the
         * source neuron of a weight's gradient (dw) or the k of a Jacobian entry, else −1.
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
                if (layer == walk.layerCount() && walk.softmaxOutput()) {
                    softmaxForward(layer);
                    break;
                }
                out.formula("bp-f-forward");
                out.note("In " + walk.layerName(layer) + " φ is " + activationName(trace.activation(layer))
                        + "; the inputs a come from " + walk.layerName(layer - 1) + ".");
                out.list();
                forward(layer);
            }
            case COST -> {
                if (walk.softmaxOutput()) {
                    softmaxCost(layer);
                    break;
                }
                boolean ce = trace.lossFunction() == Loss.CROSS_ENTROPY;
                out.formula(ce ? "bp-f-cost-ce" : "bp-f-cost-mse");
                out.list();
                cost(ce);
            }
            case OUTPUT_DELTA -> {
                if (walk.softmaxOutput()) {
                    softmaxDelta(layer);
                    break;
                }
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
        if (size > BackpropWalkthrough.FULL_LAYER && walk.kind(s) != BackpropWalkthrough.Kind.COST) {
            boolean classes = layer == walk.layerCount() && walk.softmaxOutput();
            String who = classes ? "class " + focus : "neuron " + (focus + 1);
            out.note("This layer has " + size + " neurons: only " + who + " is written out in full (choose another "
                    + "in \"Neuron written out in big layers\").");
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
            if (act == Activation.SOFTMAX) {
                text(";  a = e^(z − m) / S = ");
                operand(walk.softmaxExp(j), false);
                text(" / ");
                operand(walk.softmaxSum(), false);
            } else {
                text(";  a = " + phiSymbol(act) + "(");
                operand(trace.z(l, j), false);
                text(")");
            }
            text(" = ");
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

    /** A softmax output layer: its formula, a note with the shift m and the sum S, then {@link #forward}'s rows. */
    private void softmaxForward(int l) {
        out.formula("bp-f-forward-softmax");
        out.note("In the output layer φ is softmax: it turns the " + trace.size(l) + " values z into probabilities "
                + "that add up to 1. The engine first subtracts the largest z, m = " + shown(walk.softmaxShift())
                + ", from every z: the quotient stays the same, and e^x cannot overflow. Here S = Σ e^(z − m) = "
                + shown(walk.softmaxSum()) + ".");
        out.list();
        forward(l);
    }

    /** The one-hot target and the cost: −ln a_c under cross-entropy, ½ Σ (y − a)² under squared error. */
    private void softmaxCost(int l) {
        int c = walk.targetClass();
        boolean ce = trace.lossFunction() == Loss.CROSS_ENTROPY;
        out.formula(ce ? "bp-f-cost-softmax-ce" : "bp-f-cost-softmax-mse");
        out.note(ce
                ? "The target y is one-hot: 1 for the point's class (" + c + ") and 0 for the others. So only the "
                        + "probability of the right class counts, C = −ln a_" + c + "."
                : "The target y is one-hot: 1 for the point's class (" + c + ") and 0 for the others. The engine "
                        + "adds the squared errors of all " + trace.size(l) + " outputs and halves the sum; it does "
                        + "not divide by the number of classes.");
        out.list();
        targetRow(l);
        out.row("Cost:", false);
        if (ce) {
            text("C = −ln a_" + c + " = −ln ");
            operand(trace.a(l, c), false);
        } else {
            text("C = ½ [");
            for (int k = 0; k < trace.size(l); k++) {
                text(k == 0 ? "(" : " + (");
                out.operand(exact(walk.target(k)));
                text(" − ");
                operand(trace.a(l, k), true);
                text(")²");
            }
            text("]");
        }
        text(" = ");
        result(walk.cost(), "cost", l, 0, -1);
    }

    /** y = (0, 1, 0), each entry a result of kind y. */
    private void targetRow(int l) {
        out.row("Target:", false);
        text("y = (");
        for (int k = 0; k < trace.size(l); k++) {
            text(k == 0 ? "" : ", ");
            exactResult(walk.target(k), "y", l, k);
        }
        text(")");
    }

    /**
     * δ^L through the softmax's Jacobian: ∂C/∂a, then for each class the product, which collapses to a − y under
     * cross-entropy and is the whole sum over k under squared error.
     */
    private void softmaxDelta(int l) {
        boolean ce = trace.lossFunction() == Loss.CROSS_ENTROPY;
        int c = walk.targetClass();
        out.formula(ce ? "bp-f-output-delta-softmax-ce" : "bp-f-output-delta-softmax-mse");
        out.note("Softmax ties the outputs together: raising z_j raises a_j and lowers every other a_k. Its "
                + "Jacobian is ∂a_k/∂z_j = a_k(δ_kj − a_j), where δ_kj is 1 when k = j and 0 otherwise (not an "
                + "error δ). The chain rule adds up every path: δ_j = Σ_k ∂C/∂a_k · ∂a_k/∂z_j.");
        out.note(ce
                ? "Cross-entropy looks only at the point's class c = " + c + ": ∂C/∂a_k = −y_k/a_k is −1/a_" + c
                        + " for k = " + c + " and 0 for the others. In the one term left a_" + c
                        + " cancels: δ_j = (−1/a_" + c + ") · a_" + c + "(δ_" + c + "j − a_j) = a_j − y_j."
                : "Squared error looks at every output, ∂C/∂a_k = a_k − y_k, and nothing cancels: δ_j is the whole "
                        + "sum. When the network is sure of a wrong class, a_" + c + " is near 0, so are the "
                        + "Jacobian's entries, and δ is small: learning is slow where cross-entropy's a − y is not.");
        out.list();
        out.row("∂C/∂a:", false);
        text(ce ? "−y/a = (" : "a − y = (");
        for (int k = 0; k < trace.size(l); k++) {
            text(k == 0 ? "" : ", ");
            exactResult(walk.outputGradient(k), "dcda", l, k);
        }
        text(")");
        for (int j = 0; j < trace.size(l); j++) {
            row(l, j);
            boolean full = walk.expanded(l, j, focus);
            if (ce) {
                text("δ = ");
                if (full) {
                    text("(−1/a_" + c + ") × a_" + c + "(δ_" + c + j + " − a_" + j + ") = ");
                    operand(walk.outputGradient(c), true);
                    text(" × ");
                    operand(trace.a(l, c), true);
                    text(" × (" + (c == j ? 1 : 0) + " − ");
                    operand(trace.a(l, j), true);
                    text(") = ");
                }
                text("a − y = ");
                operand(trace.a(l, j), false);
                text(" − ");
                out.operand(exact(walk.target(j)));
                text(" = ");
            } else {
                text("δ = ");
                if (full) {
                    text("Σ_k (a_k − y_k) × a_k(δ_k" + j + " − a_" + j + ") = ");
                    for (int k = 0; k < trace.size(l); k++) {
                        term(k == 0, walk.outputGradient(k));
                        text(" × ");
                        String shown = LinearForm.minus(number(walk.outputJacobian(k, j)));
                        out.result(LinearForm.negative(shown) ? "(" + shown + ")" : shown, walk.outputJacobian(k, j),
                                "jac", l, j, k);
                    }
                    text(" = ");
                }
            }
            result(trace.delta(l, j), "delta", l, j, -1);
        }
    }

    /** A one-hot target (or a term it zeroes) as "0" or "1"; any other value as {@link #number}. */
    private String exact(double value) {
        return value == 0 || value == 1 ? Integer.toString((int) value) : LinearForm.minus(number(value));
    }

    private void exactResult(double value, String kind, int layer, int neuron) {
        out.result(exact(value), value, kind, layer, neuron, -1);
    }

    /** A number as the equations write it, minus sign included, for a note. */
    private String shown(double value) {
        return LinearForm.minus(number(value));
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
        if (l == walk.layerCount() && walk.softmaxOutput()) {
            return "Class " + j;
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
