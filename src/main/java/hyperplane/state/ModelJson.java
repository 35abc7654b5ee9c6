package hyperplane.state;

import hyperplane.data.Feature;
import hyperplane.engine.Activation;
import hyperplane.engine.Keyed;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The model file format (DESIGN.md §5), version 1:
 *
 * <pre>
 * {"format": "hyperplane-model", "version": 1, "inputs": ["x1", "x2"],
 *  "layers": [{"activation": "tanh", "weights": [[w_jk, …], …], "biases": [b_j, …]}, …],
 *  "loss": "cross-entropy"}
 * </pre>
 *
 * <p>{@code layers[l − 1]} is layer l = 1..L of the network; its {@code weights[j][k]} is w^l_jk, the
 * weight from neuron k of layer l − 1 to neuron j of layer l, and {@code biases[j]} is b^l_j. The output layer of
 * a K-class model is {@code "activation": "softmax"} with K neurons (only the output may be a softmax). Input
 * names are {@link Feature#key()}s, activation and loss names their {@code key()}s. Numbers are written
 * with {@link Double#toString}, so reading a written file gives bit-identical weights. Keys other than
 * the six above are ignored on reading, so later versions can add some.
 *
 * <p>Reading checks everything and throws {@link FormatException} (never anything else) naming the
 * field: not JSON, another format or version, unknown names, ragged or wrongly sized arrays,
 * non-numbers, numbers too large for a double, more than {@link #MAX_HIDDEN_LAYERS} hidden layers or
 * more than {@link #MAX_NEURONS} neurons in a layer, more than {@link #MAX_INPUTS} inputs, empty text,
 * text over {@link #MAX_CHARS} characters.
 */
public final class ModelJson {
    /** The value of the "format" field. */
    public static final String FORMAT = "hyperplane-model";
    /** The version this class writes and reads. */
    public static final int VERSION = 1;
    /** The largest text read, 1 MiB of characters. */
    public static final int MAX_CHARS = 1 << 20;
    /** At most this many hidden layers (the page's limit). */
    public static final int MAX_HIDDEN_LAYERS = PlaygroundConfig.MAX_HIDDEN_LAYERS;
    /** At most this many neurons in any hidden or output layer. */
    public static final int MAX_NEURONS = PlaygroundConfig.MAX_NEURONS;
    /** At most this many inputs: each feature once. */
    public static final int MAX_INPUTS = Feature.values().length;

    private ModelJson() {
    }

    /**
     * The network as model JSON, indented by two spaces, one row of weights per line.
     *
     * @param network the network to write
     * @param inputs  the feature of each input neuron
     * @throws IllegalArgumentException if an argument is null, the input count differs from the network's,
     *     or a weight or bias is NaN or infinite (JSON cannot hold it: a diverged model cannot be exported)
     */
    public static String write(Network network, List<Feature> inputs) {
        if (network == null || inputs == null) {
            throw new IllegalArgumentException("network and inputs must both be given");
        }
        if (inputs.size() != network.size(0)) {
            throw new IllegalArgumentException("inputs (" + inputs.size() + ") must match the network's "
                    + network.size(0) + " input neurons");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"format\": \"").append(FORMAT).append("\",\n  \"version\": ").append(VERSION);
        sb.append(",\n  \"inputs\": [");
        for (int k = 0; k < inputs.size(); k++) {
            sb.append(k == 0 ? "\"" : ", \"").append(inputs.get(k).key()).append('"');
        }
        sb.append("],\n  \"layers\": [");
        for (int l = 1; l <= network.layerCount(); l++) {
            sb.append(l == 1 ? "\n" : ",\n");
            sb.append("    {\n      \"activation\": \"").append(network.activation(l).key()).append("\",\n");
            sb.append("      \"weights\": [");
            for (int j = 0; j < network.size(l); j++) {
                sb.append(j == 0 ? "\n        [" : ",\n        [");
                for (int k = 0; k < network.size(l - 1); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    sb.append(number(network.weight(l, j, k), "weight", l, j, k));
                }
                sb.append(']');
            }
            sb.append("\n      ],\n      \"biases\": [");
            for (int j = 0; j < network.size(l); j++) {
                if (j > 0) {
                    sb.append(", ");
                }
                sb.append(number(network.bias(l, j), "bias", l, j, -1));
            }
            sb.append("]\n    }");
        }
        sb.append("\n  ],\n  \"loss\": \"").append(network.loss().key()).append("\"\n}\n");
        return sb.toString();
    }

    private static String number(double v, String what, int l, int j, int k) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " (" + v + ") of layer " + l + ", neuron " + j
                    + (k >= 0 ? ", from " + k : "") + " is not finite: a diverged model cannot be exported");
        }
        return Double.toString(v);
    }

    /**
     * The model that {@code text} describes.
     *
     * @throws FormatException naming the field or the line and column that is wrong
     */
    public static ImportedModel read(String text) throws FormatException {
        if (text == null || text.isEmpty()) {
            throw new FormatException("the model file is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new FormatException("the model file has " + text.length() + " characters, more than the "
                    + MAX_CHARS + " a model can need");
        }
        if (text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Object root = JsonReader.parse(text);
        if (!(root instanceof Map)) {
            throw new FormatException("a model file must hold a JSON object {…}, not " + kind(root));
        }
        Map<?, ?> map = (Map<?, ?>) root;
        Object format = map.get("format");
        if (!FORMAT.equals(format)) {
            throw new FormatException("\"format\" must be \"" + FORMAT + "\", not " + show(format)
                    + ": this is not a Hyperplane model file");
        }
        Object version = map.get("version");
        if (!(version instanceof Double) || (Double) version != VERSION) {
            throw new FormatException("\"version\" must be " + VERSION + ", not " + show(version)
                    + ": this file was written by another version of Hyperplane");
        }
        List<Feature> inputs = readInputs(map.get("inputs"));
        Loss loss = readLoss(map.get("loss"));
        Object layersValue = map.get("layers");
        if (!(layersValue instanceof List)) {
            throw new FormatException("\"layers\" must be a list of layers, not " + show(layersValue));
        }
        List<?> layers = (List<?>) layersValue;
        if (layers.isEmpty() || layers.size() > MAX_HIDDEN_LAYERS + 1) {
            throw new FormatException("\"layers\" has " + layers.size() + " layers; it must have 1 to "
                    + (MAX_HIDDEN_LAYERS + 1) + " (at most " + MAX_HIDDEN_LAYERS + " hidden layers and the output)");
        }
        int count = layers.size();
        int[] sizes = new int[count + 1];
        Activation[] activations = new Activation[count];
        double[][][] weights = new double[count][][];
        double[][] biases = new double[count][];
        sizes[0] = inputs.size();
        for (int i = 0; i < count; i++) {
            String where = "layers[" + i + "]";
            if (!(layers.get(i) instanceof Map)) {
                throw new FormatException(where + " must be an object, not " + show(layers.get(i)));
            }
            Map<?, ?> layer = (Map<?, ?>) layers.get(i);
            activations[i] = readActivation(layer.get("activation"), where);
            weights[i] = readMatrix(layer.get("weights"), where + ".weights", sizes[i]);
            sizes[i + 1] = weights[i].length;
            biases[i] = readVector(layer.get("biases"), where + ".biases", sizes[i + 1],
                    "one per row of " + where + ".weights");
        }
        Network network;
        try {
            network = new Network(sizes, activations, loss);
        } catch (IllegalArgumentException e) {
            throw new FormatException("the model cannot be built: " + e.getMessage());
        }
        for (int l = 1; l <= count; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                network.setBias(l, j, biases[l - 1][j]);
                for (int k = 0; k < sizes[l - 1]; k++) {
                    network.setWeight(l, j, k, weights[l - 1][j][k]);
                }
            }
        }
        return new ImportedModel(network, inputs);
    }

    private static List<Feature> readInputs(Object value) throws FormatException {
        if (!(value instanceof List)) {
            throw new FormatException("\"inputs\" must be a list of feature names such as [\"x1\", \"x2\"], not "
                    + show(value));
        }
        List<?> list = (List<?>) value;
        if (list.isEmpty() || list.size() > MAX_INPUTS) {
            throw new FormatException("\"inputs\" has " + list.size() + " names; it must have 1 to " + MAX_INPUTS);
        }
        List<Feature> inputs = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            Feature f = featureOf(list.get(k));
            if (f == null) {
                throw new FormatException("inputs[" + k + "] is " + show(list.get(k)) + ", not one of "
                        + featureKeys());
            }
            if (inputs.contains(f)) {
                throw new FormatException("inputs[" + k + "] repeats \"" + f.key() + "\"");
            }
            inputs.add(f);
        }
        return inputs;
    }

    private static Feature featureOf(Object name) {
        return name instanceof String key ? Keyed.byKey(Feature.values(), key) : null;
    }

    static String featureKeys() {
        return Keyed.keys(Feature.values());
    }

    private static Loss readLoss(Object value) throws FormatException {
        Loss loss = value instanceof String key ? Keyed.byKey(Loss.values(), key) : null;
        if (loss == null) {
            throw new FormatException("\"loss\" is " + show(value) + ", not one of " + Keyed.keys(Loss.values()));
        }
        return loss;
    }

    /** A trainable activation, or softmax (which the network accepts on an output of two or more neurons only). */
    private static Activation readActivation(Object value, String where) throws FormatException {
        for (Activation a : Activation.values()) {
            if (a.key().equals(value) && (a.trainable() || a.outputOnly())) {
                return a;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Activation a : Activation.values()) {
            if (a.trainable() || a.outputOnly()) {
                known.append(known.length() == 0 ? "" : ", ").append(a.key());
            }
        }
        throw new FormatException(where + ".activation is " + show(value) + ", not one of " + known);
    }

    private static double[][] readMatrix(Object value, String where, int columns) throws FormatException {
        if (!(value instanceof List)) {
            throw new FormatException(where + " must be a list of rows, not " + show(value));
        }
        List<?> rows = (List<?>) value;
        if (rows.isEmpty() || rows.size() > MAX_NEURONS) {
            throw new FormatException(where + " has " + rows.size() + " rows (neurons); it must have 1 to "
                    + MAX_NEURONS);
        }
        double[][] m = new double[rows.size()][];
        for (int j = 0; j < m.length; j++) {
            m[j] = readVector(rows.get(j), where + "[" + j + "]", columns,
                    "one per neuron of the layer before");
        }
        return m;
    }

    private static double[] readVector(Object value, String where, int size, String why) throws FormatException {
        if (!(value instanceof List)) {
            throw new FormatException(where + " must be a list of " + size + " numbers, not " + show(value));
        }
        List<?> list = (List<?>) value;
        if (list.size() != size) {
            throw new FormatException(where + " has " + list.size() + " numbers but needs " + size + " (" + why + ")");
        }
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            Object x = list.get(i);
            if (!(x instanceof Double)) {
                throw new FormatException(where + "[" + i + "] must be a number, not " + show(x));
            }
            v[i] = (Double) x;
        }
        return v;
    }

    private static String kind(Object v) {
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Double) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        return v == null ? "null" : "an object";
    }

    private static String show(Object v) {
        if (v instanceof String) {
            String s = (String) v;
            return "\"" + (s.length() <= 40 ? s : s.substring(0, 40) + "…") + "\"";
        }
        if (v instanceof Double) {
            double d = (Double) v;
            return d == Math.rint(d) && Math.abs(d) < 1e9 ? Integer.toString((int) d) : Double.toString(d);
        }
        if (v == null) {
            return "missing or null";
        }
        return kind(v);
    }

    /**
     * Whether the model has exactly the shape {@code config} describes: the same features in the same
     * order, the same hidden sizes, the hidden activation on every hidden layer, the output activation
     * and the loss. Weights are not compared.
     */
    public static boolean fits(PlaygroundConfig config, ImportedModel model) {
        return differences(config, model).isEmpty();
    }

    /**
     * The configuration changes that adopting {@code model} implies, one readable line each, e.g.
     * {@code "features: x1, x2 → x1, x2, x1sq"}; empty when the model {@link #fits} the configuration.
     */
    public static List<String> differences(PlaygroundConfig config, ImportedModel model) {
        List<String> out = new ArrayList<>();
        Network n = model.network();
        if (!config.features().equals(model.inputs())) {
            out.add("features: " + keys(config.features()) + " → " + keys(model.inputs()));
        }
        int[] hidden = hiddenSizes(n);
        if (!Arrays.equals(config.hidden(), hidden)) {
            out.add("hidden layers: " + sizes(config.hidden()) + " → " + sizes(hidden));
        }
        for (int l = 1; l < n.layerCount(); l++) {
            if (n.activation(l) != config.activation()) {
                out.add("activation of hidden layer " + l + ": " + config.activation().key() + " → "
                        + n.activation(l).key());
            }
        }
        if (n.size(n.layerCount()) != config.outputs()) {
            out.add("outputs: " + config.outputs() + " → " + n.size(n.layerCount()));
        }
        if (n.activation(n.layerCount()) != config.output()) {
            out.add("output: " + config.output().key() + " → " + n.activation(n.layerCount()).key());
        }
        if (n.loss() != config.loss()) {
            out.add("loss: " + config.loss().key() + " → " + n.loss().key());
        }
        return out;
    }

    /**
     * {@code current} with the imported model's shape: its features, hidden sizes, hidden activation,
     * output activation and loss. Everything else (data, points, training settings) stays. A model
     * without hidden layers keeps the current hidden activation.
     *
     * @throws FormatException if the configuration cannot express the model: hidden layers with different
     *     activations, another number of outputs than the configuration's classes need (one for two classes,
     *     a softmax over K for K), or an output or loss the current problem type does not allow (e.g. a linear
     *     output in a classification problem)
     */
    public static PlaygroundConfig adopt(PlaygroundConfig current, ImportedModel model) throws FormatException {
        if (current == null || model == null) {
            throw new IllegalArgumentException("current and model must both be given");
        }
        Network n = model.network();
        int last = n.layerCount();
        if (n.size(last) != current.outputs()) {
            throw new FormatException(outputsRefused(n.size(last), n.activation(last), current.classes()));
        }
        ConfigBuilder b = current.builder();
        for (int l = 1; l < last; l++) {
            if (n.activation(l) != n.activation(1)) {
                throw new FormatException("hidden layer " + l + " uses " + n.activation(l).key()
                        + " but hidden layer 1 uses " + n.activation(1).key()
                        + "; the playground gives all hidden layers one activation");
            }
        }
        if (last > 1) {
            b.activation = n.activation(1);
        }
        b.features = model.inputs();
        b.hidden = hiddenSizes(n);
        b.output = n.activation(last);
        b.loss = n.loss();
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new FormatException("the model does not fit this " + current.problem().key() + " problem: "
                    + e.getMessage());
        }
    }

    /** Why a model with {@code outputs} outputs does not fit K classes. */
    private static String outputsRefused(int outputs, Activation output, int classes) {
        boolean softmax = output == Activation.SOFTMAX && outputs > 2 && outputs <= PlaygroundConfig.MAX_CLASSES;
        if (softmax || outputs == 1) {
            int fits = softmax ? outputs : 2;
            return "the model has " + (softmax ? "a softmax over " + outputs + " classes" : "one output (two classes)")
                    + ", but there are " + classes + " classes; choose " + fits + " classes first";
        }
        return "the model has " + outputs + " " + output.key() + " outputs; the playground trains one output for "
                + "two classes, or a softmax over 3 to " + PlaygroundConfig.MAX_CLASSES + " classes";
    }

    private static int[] hiddenSizes(Network n) {
        int[] hidden = new int[n.layerCount() - 1];
        for (int l = 1; l < n.layerCount(); l++) {
            hidden[l - 1] = n.size(l);
        }
        return hidden;
    }

    private static String keys(List<Feature> features) {
        StringBuilder sb = new StringBuilder();
        for (Feature f : features) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.key());
        }
        return sb.toString();
    }

    private static String sizes(int[] hidden) {
        if (hidden.length == 0) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (int s : hidden) {
            sb.append(sb.length() == 0 ? "" : ", ").append(s);
        }
        return sb.toString();
    }
}
