package hyperplane.browser;

import hyperplane.data.Feature;
import hyperplane.engine.Activation;
import hyperplane.engine.BackpropTrace;
import hyperplane.engine.Loss;
import hyperplane.sim.BackpropWalkthrough;
import hyperplane.view.Format;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Builds the DOM of one inspector step: its heading, its formula (a copy of the MathML written in index.html)
 * and its equations with the trace's numbers. Text goes in with setTextContent only. A result value is a
 * span with data-kind (z, a, cost, delta, db, dw), data-layer, data-neuron, data-from (dw only) and its full
 * value in data-value; the operands it is made of are plain spans.
 */
final class BackpropSteps {
    private final BackpropWalkthrough walk;
    private final BackpropTrace trace;
    private final int focus;
    private final int decimals;
    private final List<Feature> features;

    /**
     * @param focus    the neuron written out in full in a big layer
     * @param features the inputs' names
     */
    BackpropSteps(BackpropWalkthrough walk, int focus, int decimals, List<Feature> features) {
        this.walk = walk;
        this.trace = walk.trace();
        this.focus = focus;
        this.decimals = decimals;
        this.features = features;
    }

    /** The article for step {@code s}; the current one carries aria-current and the heading id bp-step-title. */
    HTMLElement step(int s, boolean current) {
        HTMLElement article = Dom.create("article");
        article.setClassName("bp-step");
        article.setAttribute("data-step", Integer.toString(s));
        HTMLElement heading = Dom.create("h3");
        heading.setTextContent("Step " + (s + 1) + " of " + walk.stepCount() + ": " + walk.title(s));
        if (current) {
            article.setAttribute("aria-current", "step");
            heading.setAttribute("id", "bp-step-title");
        }
        article.appendChild(heading);
        int layer = walk.layer(s);
        HTMLElement list = Dom.create("ul");
        list.setClassName("bp-values");
        switch (walk.kind(s)) {
            case FORWARD -> {
                formula(article, "bp-f-forward");
                note(article, "In " + walk.layerName(layer) + " φ is " + activationName(trace.activation(layer))
                        + "; the inputs a come from " + walk.layerName(layer - 1) + ".");
                forward(list, layer);
            }
            case COST -> {
                boolean ce = trace.lossFunction() == Loss.CROSS_ENTROPY;
                formula(article, ce ? "bp-f-cost-ce" : "bp-f-cost-mse");
                cost(list, ce);
            }
            case OUTPUT_DELTA -> {
                formula(article, walk.logitOutput() ? "bp-f-output-delta-ce" : "bp-f-output-delta");
                note(article, walk.logitOutput()
                        ? "With a sigmoid output and cross-entropy, ∂C/∂a = (a − y) / (a(1 − a)) and σ′(z) = a(1 − a)"
                                + " cancel, so δ = a − y."
                        : "For squared error ∂C/∂a = a − y; φ′ is the derivative of "
                                + activationName(trace.activation(layer)) + ".");
                outputDelta(list, layer);
            }
            case HIDDEN_DELTA -> {
                formula(article, "bp-f-hidden-delta");
                note(article, "Each neuron collects the errors of " + walk.layerName(layer + 1)
                        + " through the weights that leave it, then scales them by φ′(z).");
                hiddenDelta(list, layer);
            }
            case GRADIENTS -> {
                formula(article, "bp-f-gradients");
                note(article, "Gradient descent moves every weight by −η ∂C/∂w: the larger |∂C/∂w|, the harder "
                        + "this point pushes that weight.");
                gradients(list, layer);
            }
            default -> {
            }
        }
        article.appendChild(list);
        int size = trace.size(layer);
        if (size > BackpropWalkthrough.FULL_LAYER) {
            note(article, "This layer has " + size + " neurons: only neuron " + (focus + 1)
                    + " is written out in full (choose another in \"Neuron written out in big layers\").");
        }
        return article;
    }

    private void forward(HTMLElement list, int l) {
        Activation act = trace.activation(l);
        for (int j = 0; j < trace.size(l); j++) {
            HTMLElement li = row(list, l, j);
            text(li, "z = ");
            if (walk.expanded(l, j, focus)) {
                for (int k = 0; k < trace.size(l - 1); k++) {
                    operand(li, trace.weight(l, j, k), true);
                    text(li, " × ");
                    operand(li, trace.a(l - 1, k), true);
                    text(li, " + ");
                }
                operand(li, trace.bias(l, j), false);
                text(li, " = ");
            }
            result(li, trace.z(l, j), "z", l, j, -1);
            text(li, ";  a = " + phiSymbol(act) + "(");
            operand(li, trace.z(l, j), false);
            text(li, ") = ");
            result(li, trace.a(l, j), "a", l, j, -1);
        }
    }

    private void cost(HTMLElement list, boolean ce) {
        int l = walk.layerCount();
        for (int j = 0; j < trace.size(l); j++) {
            HTMLElement li = row(list, l, j);
            double a = trace.a(l, j);
            double y = walk.target(j);
            if (ce) {
                text(li, "C = −[");
                operand(li, y, false);
                text(li, " ln ");
                operand(li, a, false);
                text(li, " + (1 − ");
                operand(li, y, false);
                text(li, ") ln(1 − ");
                operand(li, a, false);
                text(li, ")] = ");
            } else {
                text(li, "C = ½ (");
                operand(li, y, false);
                text(li, " − ");
                operand(li, a, false);
                text(li, ")² = ");
            }
            result(li, walk.cost(), "cost", l, j, -1);
        }
    }

    private void outputDelta(HTMLElement list, int l) {
        for (int j = 0; j < trace.size(l); j++) {
            HTMLElement li = row(list, l, j);
            if (walk.logitOutput()) {
                text(li, "δ = a − y = ");
                operand(li, trace.a(l, j), false);
                text(li, " − ");
                operand(li, walk.target(j), true);
            } else {
                text(li, "δ = ∂C/∂a × φ′(z) = ");
                operand(li, walk.costGradient(j), true);
                text(li, " × ");
                operand(li, walk.activationDerivative(l, j), true);
            }
            text(li, " = ");
            result(li, trace.delta(l, j), "delta", l, j, -1);
        }
    }

    private void hiddenDelta(HTMLElement list, int l) {
        for (int j = 0; j < trace.size(l); j++) {
            HTMLElement li = row(list, l, j);
            text(li, "δ = ");
            if (walk.expanded(l, j, focus)) {
                text(li, "(");
                for (int k = 0; k < trace.size(l + 1); k++) {
                    if (k > 0) {
                        text(li, " + ");
                    }
                    operand(li, trace.weight(l + 1, k, j), true);
                    text(li, " × ");
                    operand(li, trace.delta(l + 1, k), true);
                }
                text(li, ") × φ′(z) = ");
            }
            operand(li, walk.backSum(l, j), true);
            text(li, " × ");
            operand(li, walk.activationDerivative(l, j), true);
            text(li, " = ");
            result(li, trace.delta(l, j), "delta", l, j, -1);
        }
    }

    private void gradients(HTMLElement list, int l) {
        for (int j = 0; j < trace.size(l); j++) {
            HTMLElement li = row(list, l, j);
            text(li, "∂C/∂b = δ = ");
            result(li, trace.biasGradient(l, j), "db", l, j, -1);
            if (!walk.expanded(l, j, focus)) {
                double most = 0;
                for (int k = 0; k < trace.size(l - 1); k++) {
                    most = Math.max(most, Math.abs(trace.weightGradient(l, j, k)));
                }
                text(li, ";  largest |∂C/∂w| into it ");
                operand(li, most, false);
                continue;
            }
            HTMLElement inner = Dom.create("ul");
            for (int k = 0; k < trace.size(l - 1); k++) {
                HTMLElement item = Dom.create("li");
                text(item, "∂C/∂w from " + source(l - 1, k) + " = a × δ = ");
                operand(item, trace.a(l - 1, k), true);
                text(item, " × ");
                operand(item, trace.delta(l, j), true);
                text(item, " = ");
                result(item, trace.weightGradient(l, j, k), "dw", l, j, k);
                inner.appendChild(item);
            }
            li.appendChild(inner);
        }
    }

    /** A list item that starts with the neuron's name. */
    private HTMLElement row(HTMLElement list, int l, int j) {
        HTMLElement li = Dom.create("li");
        if (trace.size(l) > BackpropWalkthrough.FULL_LAYER && j == focus) {
            li.setClassName("bp-full");
        }
        HTMLElement who = Dom.create("span");
        who.setClassName("bp-who");
        who.setTextContent(neuronName(l, j) + ":");
        li.appendChild(who);
        list.appendChild(li);
        return li;
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

    private void formula(HTMLElement article, String id) {
        HTMLElement copy = (HTMLElement) Dom.byId(id).cloneNode(true);
        copy.removeAttribute("id");
        copy.setClassName("bp-formula");
        article.appendChild(copy);
    }

    private static void note(HTMLElement article, String text) {
        HTMLElement p = Dom.create("p");
        p.setClassName("bp-note");
        p.setTextContent(text);
        article.appendChild(p);
    }

    private static void text(HTMLElement parent, String text) {
        parent.appendChild(Dom.document().createTextNode(text));
    }

    /** A number used in the equation; negative multiplicands get parentheses. */
    private void operand(HTMLElement parent, double value, boolean bracketNegative) {
        String shown = number(value);
        HTMLElement span = Dom.create("span");
        span.setClassName("bp-num");
        span.setTextContent(bracketNegative && shown.startsWith("-") ? "(" + shown + ")" : shown);
        parent.appendChild(span);
    }

    private void result(HTMLElement parent, double value, String kind, int layer, int neuron, int from) {
        HTMLElement span = Dom.create("span");
        span.setClassName("bp-num");
        span.setTextContent(number(value));
        span.setAttribute("data-kind", kind);
        span.setAttribute("data-layer", Integer.toString(layer));
        span.setAttribute("data-neuron", Integer.toString(neuron));
        if (from >= 0) {
            span.setAttribute("data-from", Integer.toString(from));
        }
        span.setAttribute("data-value", Double.toString(value));
        parent.appendChild(span);
    }

    /**
     * {@code decimals} fixed decimals, but three significant digits in scientific form below 10^−3, so a
     * vanishing gradient reads as 2.50e-6 rather than a flat 0.0000.
     */
    String number(double value) {
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
        };
    }
}
