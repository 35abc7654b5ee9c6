package hyperplane.browser;

import hyperplane.engine.Network;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.Format;
import hyperplane.view.NodeRef;
import hyperplane.view.PlaygroundText;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Edits one neuron's bias and incoming weights by hand, below the network diagram: a neuron clicked in the
 * diagram, or chosen with the arrow keys and Enter, opens it. A value takes effect when its field changes
 * (Enter or leaving the field); the network is redrawn and its losses recomputed, training can go on from
 * there, and Reset returns to the initial weights. A value that is not a number, or is beyond ±{@link #LIMIT},
 * is refused with a message and the field shows the weight again.
 */
final class NeuronEditor {
    /** The largest magnitude accepted for a typed weight or bias (the session's own check). */
    static final double LIMIT = PlaygroundSession.MAX_EDIT;
    private static final int DECIMALS = 4;

    private final HTMLElement box = Dom.byId("neuron-editor");
    private final HTMLElement fields = Dom.byId("neuron-editor-fields");
    private final HTMLElement error = Dom.byId("neuron-editor-error");
    private final List<HTMLInputElement> inputs = new ArrayList<>();
    private final Writer writer;
    private Network network;
    private NodeRef node;

    /** Where a typed value goes: the playground session's edit methods (which validate, then record it). */
    interface Writer {
        /** Sets the bias of neuron {@code to} of {@code layer} ({@code from} −1) or the weight from {@code from}. */
        void write(int layer, int to, int from, double value);
    }

    /** @param writer writes a value the editor accepted (the playground then recomputes its losses and redraws) */
    NeuronEditor(Writer writer) {
        this.writer = writer;
        Dom.on(Dom.byId("neuron-editor-close"), "click", e -> close());
    }

    /** The neuron being edited, or null when the editor is closed. */
    NodeRef node() {
        return node;
    }

    /** Opens the editor on {@code at} of {@code net}, its bias field focused; inputs (layer 0) have no weights. */
    void open(Network net, NodeRef at, PlaygroundConfig config) {
        if (show(net, at, config)) {
            inputs.get(0).focus();
        }
    }

    /**
     * After the network was rebuilt (Reset, a new seed, shape or activation): the same neuron of the new
     * network if it has one, else the editor closes. The focus stays where it is.
     */
    void follow(Network current, PlaygroundConfig config) {
        if (node != null && current != network && !show(current, node, config)) {
            close();
        }
    }

    private static boolean fits(Network net, NodeRef at) {
        return at != null && at.layer() >= 1 && at.layer() <= net.layerCount() && at.neuron() < net.size(at.layer());
    }

    private boolean show(Network net, NodeRef at, PlaygroundConfig config) {
        if (!fits(net, at)) {
            return false;
        }
        network = net;
        node = at;
        int l = at.layer();
        Dom.text("neuron-editor-title", PlaygroundText.editorTitle(net, at));
        fields.setTextContent("");
        inputs.clear();
        inputs.add(field("neuron-edit-bias", "bias b"));
        for (int k = 0; k < net.size(l - 1); k++) {
            inputs.add(field("neuron-edit-w" + k, PlaygroundText.weightLabel(l, k, config)));
        }
        error.setHidden(true);
        box.setHidden(false);
        refresh();
        return true;
    }

    /** Shows the current values in every field but the one being typed in (training may have moved them). */
    void refresh() {
        if (node == null) {
            return;
        }
        String focused = Dom.focusedId();
        for (int i = 0; i < inputs.size(); i++) {
            HTMLInputElement input = inputs.get(i);
            if (!input.getId().equals(focused)) {
                input.setValue(Format.fixed(value(i), DECIMALS));
            }
        }
    }

    void close() {
        node = null;
        network = null;
        box.setHidden(true);
        fields.setTextContent("");
        inputs.clear();
    }

    private HTMLInputElement field(String id, String label) {
        HTMLElement wrap = Dom.create("label");
        wrap.setClassName("neuron-edit-field");
        HTMLElement name = Dom.create("span");
        name.setTextContent(label);
        HTMLInputElement input = (HTMLInputElement) Dom.create("input");
        input.setType("text");
        input.setId(id);
        input.setAttribute("inputmode", "decimal");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        wrap.appendChild(name);
        wrap.appendChild(input);
        fields.appendChild(wrap);
        int index = inputs.size();
        Dom.on(input, "change", e -> apply(index, label));
        return input;
    }

    /** Parameter i: 0 the bias, k + 1 the weight from input k. */
    private double value(int i) {
        int l = node.layer();
        int j = node.neuron();
        return i == 0 ? network.bias(l, j) : network.weight(l, j, i - 1);
    }

    private void apply(int i, String label) {
        if (node == null) {
            return;
        }
        HTMLInputElement input = inputs.get(i);
        String text = input.getValue().trim();
        if (text.isEmpty()) {
            input.setValue(Format.fixed(value(i), DECIMALS)); // an emptied field changes nothing
            error.setHidden(true);
            return;
        }
        double v = PlaygroundText.typedParameter(text, LIMIT);
        if (v != v) {
            error.setTextContent(PlaygroundText.editRefused(label, text, LIMIT));
            error.setHidden(false);
            input.setValue(Format.fixed(value(i), DECIMALS));
            return;
        }
        error.setHidden(true);
        writer.write(node.layer(), node.neuron(), i - 1, v);
    }
}
