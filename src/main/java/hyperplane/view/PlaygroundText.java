package hyperplane.view;

import hyperplane.engine.Network;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.Decimals;
import hyperplane.state.PlaygroundConfig;

/** The playground's sentences: the neuron info line, the canvas summary and the progress announced while training. */
public final class PlaygroundText {
    /** The info line when no neuron is pointed at, chosen by keys or edited. */
    public static final String NO_NEURON =
            "Point at a neuron, or focus the diagram and use the arrow keys, to see its output, bias and weights.";

    private PlaygroundText() {
    }

    /**
     * A one-line summary of the neuron for the info line: its bias and its input z as a {@link LinearForm} of the
     * inputs it weighs (three decimals): "Layer 1, neuron 2 (Tanh): bias 0.500; z = −1.250·x₁ + 2.000·x₂ + 0.500."
     * Past the first layer the inputs are the outputs a₁, a₂, … of the layer before, which the line says.
     */
    public static String describe(Network network, NodeRef node, PlaygroundConfig config) {
        int l = node.layer();
        if (l == 0) {
            return "Input " + config.features().get(node.neuron()).label()
                    + ": the main canvas shows this feature's value over the plane.";
        }
        int j = node.neuron();
        int inputs = network.size(l - 1);
        String[] weights = new String[inputs];
        String[] names = new String[inputs];
        for (int k = 0; k < inputs; k++) {
            weights[k] = Format.fixed(network.weight(l, j, k), 3);
            names[k] = l == 1 ? config.features().get(k).label() : LinearForm.subscripted("a", k + 1);
        }
        String bias = Format.fixed(network.bias(l, j), 3);
        String head = l == network.layerCount() && ClassText.softmax(network) ? ClassText.outputNeuron(j) + "; "
                : (l == network.layerCount() ? "Output neuron" : "Layer " + l + ", neuron " + (j + 1)) + " ("
                + network.activation(l).label() + "): ";
        return head + "bias " + LinearForm.minus(bias) + "; z = "
                + LinearForm.of(weights, names, bias)
                + (l == 1 ? "." : ", with aₖ the output of neuron k of layer " + (l - 1) + ".");
    }

    /**
     * "12 training points, 3 test points; 91.7 % of training points classified right." (no test part without test
     * points, no accuracy when it is not defined).
     */
    public static String summary(PlaygroundSession session) {
        int train = session.trainCount();
        int test = session.testCount();
        StringBuilder text = new StringBuilder();
        text.append(train).append(train == 1 ? " training point" : " training points");
        if (test > 0) {
            text.append(", ").append(test).append(test == 1 ? " test point" : " test points");
        }
        double accuracy = session.accuracy(true);
        if (accuracy == accuracy) {
            text.append("; ").append(Format.fixed(accuracy * 100, 1)).append(" % of training points classified right");
        }
        return text.append('.').toString();
    }

    /** "Epoch 12, training loss 0.25, test loss 0.31." (no test loss without test points). */
    public static String progress(PlaygroundSession session) {
        return "Epoch " + session.epoch() + ", training loss " + Format.loss(session.trainLoss())
                + (session.testCount() > 0 ? ", test loss " + Format.loss(session.testLoss()) : "") + ".";
    }

    /**
     * The neuron chosen by a key on the focused diagram from {@code node} (null: the output neuron), in a network
     * of layers 0 … {@code layers} with {@code sizes[l]} neurons: the left and right arrows change layer, up and
     * down the neuron (kept within the layer); null for any other key.
     */
    public static NodeRef moved(NodeRef node, String key, int[] sizes) {
        int layers = sizes.length - 1;
        NodeRef from = node == null ? new NodeRef(layers, 0) : node;
        int layer = from.layer();
        int neuron = from.neuron();
        switch (key) {
            case "ArrowLeft" -> layer = Math.max(0, layer - 1);
            case "ArrowRight" -> layer = Math.min(layers, layer + 1);
            case "ArrowUp" -> neuron--;
            case "ArrowDown" -> neuron++;
            default -> {
                return null;
            }
        }
        return new NodeRef(layer, Math.max(0, Math.min(sizes[layer] - 1, neuron)));
    }

    /** The neuron editor's title: which neuron, and its activation. */
    public static String editorTitle(Network net, NodeRef at) {
        int l = at.layer();
        return (l == net.layerCount() ? "Edit the output neuron"
                : "Edit neuron " + (at.neuron() + 1) + " of hidden layer " + l)
                + " (" + net.activation(l).label() + ")";
    }

    /** The neuron editor's label for the weight into layer {@code layer} from its input {@code k}. */
    public static String weightLabel(int layer, int k, PlaygroundConfig config) {
        String from = layer == 1 ? config.features().get(k).label() : "neuron " + (k + 1) + " of layer " + (layer - 1);
        return "weight from " + from;
    }

    /**
     * A weight or bias typed into the neuron editor, trimmed text in plain decimal notation: NaN when it is not
     * a number within ±{@code limit} (then {@link #editRefused} says why).
     */
    public static double typedParameter(String text, double limit) {
        double v = Decimals.parse(text);
        return Math.abs(v) <= limit ? v : Double.NaN;
    }

    /** Why a typed weight or bias was not taken. */
    public static String editRefused(String label, String text, double limit) {
        return "The " + label + " was not changed: \"" + text + "\" is not a number between −"
                + Format.fixed(limit, 0) + " and " + Format.fixed(limit, 0) + ".";
    }
}
