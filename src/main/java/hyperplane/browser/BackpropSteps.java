package hyperplane.browser;

import hyperplane.data.Feature;
import hyperplane.sim.BackpropWalkthrough;
import hyperplane.view.BackpropEquations;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Builds the DOM of one inspector step from {@link BackpropEquations}: its heading, its formula (a copy of the
 * MathML written in index.html) and its equations with the trace's numbers. Text goes in with setTextContent
 * only. A result value is a span with data-kind (z, a, cost, delta, db, dw; behind a softmax also y, dcda and jac),
 * data-layer, data-neuron, data-from (dw and jac only) and its full value in data-value; the operands it is made of
 * are plain spans.
 */
final class BackpropSteps implements BackpropEquations.Out {
    private final BackpropEquations equations;
    private HTMLElement article;
    private HTMLElement list;
    private HTMLElement item;
    private HTMLElement row;
    private HTMLElement inner;

    /**
     * @param focus    the neuron written out in full in a big layer
     * @param features the inputs' names
     */
    BackpropSteps(BackpropWalkthrough walk, int focus, int decimals, List<Feature> features) {
        equations = new BackpropEquations(walk, focus, decimals, features);
    }

    /** The article for step {@code s}; the current one carries aria-current and the heading id bp-step-title. */
    HTMLElement step(int s, boolean current) {
        article = Dom.create("article");
        article.setClassName("bp-step");
        article.setAttribute("data-step", Integer.toString(s));
        HTMLElement heading = Dom.create("h3");
        heading.setTextContent(equations.title(s));
        if (current) {
            article.setAttribute("aria-current", "step");
            heading.setAttribute("id", "bp-step-title");
        }
        article.appendChild(heading);
        equations.write(s, this);
        return article;
    }

    @Override
    public void formula(String id) {
        HTMLElement copy = (HTMLElement) Dom.byId(id).cloneNode(true);
        copy.removeAttribute("id");
        copy.setClassName("bp-formula");
        article.appendChild(copy);
    }

    @Override
    public void note(String text) {
        HTMLElement p = Dom.create("p");
        p.setClassName("bp-note");
        p.setTextContent(text);
        article.appendChild(p);
    }

    @Override
    public void list() {
        list = Dom.create("ul");
        list.setClassName("bp-values");
        article.appendChild(list);
    }

    @Override
    public void row(String who, boolean full) {
        row = Dom.create("li");
        if (full) {
            row.setClassName("bp-full");
        }
        HTMLElement name = Dom.create("span");
        name.setClassName("bp-who");
        name.setTextContent(who);
        row.appendChild(name);
        list.appendChild(row);
        item = row;
        inner = null;
    }

    @Override
    public void subItem() {
        if (inner == null) {
            inner = Dom.create("ul");
            row.appendChild(inner);
        }
        item = Dom.create("li");
        inner.appendChild(item);
    }

    @Override
    public void text(String text) {
        item.appendChild(Dom.document().createTextNode(text));
    }

    @Override
    public void operand(String shown) {
        HTMLElement span = Dom.create("span");
        span.setClassName("bp-num");
        span.setTextContent(shown);
        item.appendChild(span);
    }

    @Override
    public void result(String shown, double value, String kind, int layer, int neuron, int from) {
        HTMLElement span = Dom.create("span");
        span.setClassName("bp-num");
        span.setTextContent(shown);
        span.setAttribute("data-kind", kind);
        span.setAttribute("data-layer", Integer.toString(layer));
        span.setAttribute("data-neuron", Integer.toString(neuron));
        if (from >= 0) {
            span.setAttribute("data-from", Integer.toString(from));
        }
        span.setAttribute("data-value", Double.toString(value));
        item.appendChild(span);
    }
}
