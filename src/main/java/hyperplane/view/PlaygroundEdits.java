package hyperplane.view;

import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.state.PlaygroundConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the playground's settings controls, on the JVM: which options a select offers for a problem,
 * what a seed field, a feature box or a layer button makes of the configuration, and when it refuses. The page's
 * controls only read and write the DOM around them.
 */
public final class PlaygroundEdits {
    /** The dataset select's value for the user's own points. */
    public static final String MY_POINTS = "mine";
    /** The dataset select's label for the user's own points. */
    public static final String MY_POINTS_LABEL = "My points (place them)";
    /** The size of a first hidden layer added to a network without one. */
    static final int FIRST_LAYER_SIZE = 4;

    /** One option of a select: its value and the text shown. */
    public record Option(String key, String label) {
    }

    private PlaygroundEdits() {
    }

    /** The next seed of "Regenerate": a fixed scramble, so a sequence of regenerations is reproducible too. */
    public static int nextSeed(int seed) {
        int next = (seed * 1103515245 + 12345) & 0x7FFFFFFF;
        return next % 100000;
    }

    /** The seed a field's number gives, or −1 unless it is a whole number from 0 to 2147483647 (NaN too). */
    public static int seed(double value) {
        return value >= 0 && value <= Integer.MAX_VALUE && value == Math.floor(value) ? (int) value : -1;
    }

    /** Why a typed seed was refused, naming the one that stays. */
    public static String seedRefused(int current) {
        return "The seed must be a whole number from 0 to 2147483647; it stays " + current + ".";
    }

    /**
     * The inputs after {@code feature}'s box was ticked ({@code on}) or cleared: a ticked one joins in the order
     * of {@link Feature#values()}, so that a link reads the same however it was built; null when clearing it
     * would leave the network without inputs.
     */
    public static List<Feature> toggled(List<Feature> features, Feature feature, boolean on) {
        List<Feature> next = new ArrayList<>();
        if (on) {
            for (Feature f : Feature.values()) {
                if (f == feature || features.contains(f)) {
                    next.add(f);
                }
            }
            return next;
        }
        if (features.size() == 1) {
            return null;
        }
        next.addAll(features);
        next.remove(feature);
        return next;
    }

    /**
     * The hidden layers after adding ({@code delta} 1) or removing (−1) the last one: a new layer copies the size
     * of the last ({@value #FIRST_LAYER_SIZE} for the first); null beyond 0 or
     * {@link PlaygroundConfig#MAX_HIDDEN_LAYERS} layers.
     */
    public static int[] layers(int[] hidden, int delta) {
        int count = hidden.length + delta;
        if (count < 0 || count > PlaygroundConfig.MAX_HIDDEN_LAYERS) {
            return null;
        }
        int[] next = new int[count];
        for (int i = 0; i < count; i++) {
            int last = hidden.length > 0 ? hidden[hidden.length - 1] : FIRST_LAYER_SIZE;
            next[i] = i < hidden.length ? hidden[i] : last;
        }
        return next;
    }

    /** The hidden layers with {@code delta} neurons more in {@code layer}; null below 1 or above the maximum. */
    public static int[] neurons(int[] hidden, int layer, int delta) {
        int size = hidden[layer] + delta;
        if (size < 1 || size > PlaygroundConfig.MAX_NEURONS) {
            return null;
        }
        int[] next = hidden.clone();
        next[layer] = size;
        return next;
    }

    /** The dataset select's options for {@code problem}: its generated datasets, then the user's own points. */
    public static List<Option> datasets(ProblemType problem) {
        List<Option> options = new ArrayList<>();
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind.problemType() == problem) {
                options.add(new Option(kind.key(), kind.label()));
            }
        }
        options.add(new Option(MY_POINTS, MY_POINTS_LABEL));
        return options;
    }

    /** The output activations that fit {@code problem} with K classes: a softmax alone for more than two. */
    public static List<Option> outputs(ProblemType problem, int classes) {
        if (problem == ProblemType.CLASSIFICATION && classes > 2) {
            return List.of(new Option(Activation.SOFTMAX.key(), "Softmax (one output per class)"));
        }
        return outputs(problem);
    }

    /** The output activations that fit {@code problem}: linear for regression, sigmoid or tanh for classes. */
    public static List<Option> outputs(ProblemType problem) {
        if (problem == ProblemType.REGRESSION) {
            return List.of(new Option(Activation.LINEAR.key(), "Linear"));
        }
        return List.of(new Option(Activation.SIGMOID.key(), "Sigmoid (labels 0, 1)"),
                new Option(Activation.TANH.key(), "Tanh (labels −1, +1)"));
    }

    /** "1 hidden layer", "3 hidden layers". */
    public static String layerCount(int layers) {
        return layers == 1 ? "1 hidden layer" : layers + " hidden layers";
    }

    /** "1 neuron", "4 neurons". */
    public static String neuronCount(int neurons) {
        return neurons == 1 ? "1 neuron" : neurons + " neurons";
    }
}
