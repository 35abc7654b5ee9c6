package hyperplane.state;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.Regularization;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything that defines a playground run: the data, the model and the training settings. With its
 * seed it reproduces the same data, the same initial weights and the same run. Immutable; validated in
 * the constructor; changed through {@code withX} copies.
 *
 * <p>The points come from {@link #dataset} generated with {@link #noise}, {@link #trainRatio},
 * {@link #pointCount} and {@link #seed}, unless {@link #points} is set: then they are the user's own
 * ("my points"), placed by hand or edited, and the generator settings only say where they came from.
 *
 * @param problem            classification (labels 0 … classes − 1) or regression (real targets)
 * @param dataset            the generated set; its problem type must equal {@code problem}
 * @param classes            K, the number of classes: 2 … {@link Dataset#MAX_CLASSES}; 2 for regression, and more
 *                           only for a dataset that comes in more ({@link DatasetKind#manyClasses()}) or own points,
 *                           whose labels must all be below K. Two classes have one output neuron (sigmoid or tanh),
 *                           K &gt; 2 have K softmax outputs
 * @param noise              0..0.5, the fraction of TensorFlow Playground's noise slider
 * @param trainRatio         0.1..0.9, the share of points used for training
 * @param pointCount         how many points to generate, 10..{@link DatasetKind#MAX_COUNT}
 * @param seed               seeds the data, the initial weights and the shuffle order
 * @param points             the user's own points, or null to use the generated set
 * @param features           the network's inputs, at least one, no repeats
 * @param hidden             neurons per hidden layer, 0..{@link #MAX_HIDDEN_LAYERS} layers of 1..{@link #MAX_NEURONS}
 * @param activation         the hidden layers' activation (trainable)
 * @param output             the output activation: sigmoid or tanh for two classes, softmax for more, linear for
 *                           regression
 * @param loss               mean squared error, or cross-entropy (classification with a sigmoid or softmax output)
 * @param learningRate       η, 1e-6..100
 * @param batchSize          1..{@link #MAX_BATCH}
 * @param regularization     none, L1 or L2
 * @param regularizationRate λ, 0..100
 * @param initialization     random (Glorot / He) or all zeros
 * @param showTest           whether the canvas shows the test points
 * @param discretize         whether the heatmap shows two flat colours instead of a gradient
 * @param showLines          whether the canvas draws each first-layer neuron's zero set w·x + b = 0 over the heatmap
 * @param speed              how fast Play trains, in epochs per second (changes neither the data nor the model)
 * @param weights            the network's starting parameters in {@link Network#parametersTo} order, or null for
 *                           the ones {@code initialization} and {@code seed} give; set by a loaded model, a neuron
 *                           edit or an applied update, so that a link and the autosave carry them. Every value is
 *                           finite and the count fits the layer sizes. A copy of the model settings or the seed
 *                           drops them (see {@link ConfigBuilder#build})
 * @param optimization       the update rule and the learning-rate schedule
 * @param histograms         whether the output column shows each hidden layer's histograms of z and a (a display
 *                           setting: changes neither the data nor the model)
 * @param gradientFlow       whether the output column shows each layer's mean |∂C/∂w| over the epochs (display)
 */
public record PlaygroundConfig(
        ProblemType problem,
        DatasetKind dataset,
        int classes,
        double noise,
        double trainRatio,
        int pointCount,
        int seed,
        Dataset points,
        List<Feature> features,
        int[] hidden,
        Activation activation,
        Activation output,
        Loss loss,
        double learningRate,
        int batchSize,
        Regularization regularization,
        double regularizationRate,
        Initialization initialization,
        boolean showTest,
        boolean discretize,
        boolean showLines,
        TrainingSpeed speed,
        double[] weights,
        Optimization optimization,
        boolean histograms,
        boolean gradientFlow) {

    /** Why a softmax output is refused with two classes, which have one output neuron. */
    public static final String SOFTMAX_NEEDS_CLASSES =
            "softmax needs 3 to 6 classes (one output per class); two classes have one sigmoid or tanh output";
    /** The fewest and the most classes. */
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = Dataset.MAX_CLASSES;
    public static final int MAX_HIDDEN_LAYERS = 8;
    public static final int MAX_NEURONS = 16;
    public static final int MAX_BATCH = 100;
    public static final int MAX_POINTS = 2000;
    /** The bounds of the noise, the training share, the point count, η and λ (the link's too). */
    public static final double MAX_NOISE = 0.5;
    public static final double MIN_RATIO = 0.1;
    public static final double MAX_RATIO = 0.9;
    public static final int MIN_COUNT = 10;
    public static final double MIN_RATE = 1e-6;
    public static final double MAX_RATE = 100;
    public static final double MAX_REG_RATE = 100;
    /** Regression targets of the user's points lie in [−TARGET_RANGE, TARGET_RANGE] (the link's range too). */
    public static final double TARGET_RANGE = 2;

    public PlaygroundConfig {
        require(problem != null, "problem must be set");
        require(dataset != null, "dataset must be set");
        require(dataset.problemType() == problem,
                "dataset (" + dataset.key() + ") does not fit problem (" + problem.key() + ")");
        require(classes >= MIN_CLASSES && classes <= MAX_CLASSES,
                "classes (" + classes + ") must be in [" + MIN_CLASSES + ", " + MAX_CLASSES + "]");
        require(classes == 2 || problem == ProblemType.CLASSIFICATION, "classes (" + classes
                + ") must be 2 for regression, which has no classes");
        require(classes == 2 || points != null || dataset.manyClasses(), "the " + dataset.key()
                + " dataset comes in two classes only; " + classes + " classes need gaussians, spiral, pinwheel or "
                + "your own points");
        require(noise >= 0 && noise <= MAX_NOISE, "noise (" + noise + ") must be in [0, " + MAX_NOISE + "]");
        require(trainRatio >= MIN_RATIO && trainRatio <= MAX_RATIO,
                "trainRatio (" + trainRatio + ") must be in [" + MIN_RATIO + ", " + MAX_RATIO + "]");
        require(pointCount >= MIN_COUNT && pointCount <= DatasetKind.MAX_COUNT,
                "pointCount (" + pointCount + ") must be in [" + MIN_COUNT + ", " + DatasetKind.MAX_COUNT + "]");
        require(points == null || points.size() <= MAX_POINTS,
                "points (" + (points == null ? 0 : points.size()) + ") must be at most " + MAX_POINTS);
        require(points == null || points.problemType() == problem, "points do not fit problem (" + problem.key() + ")");
        if (points != null) {
            requireInside(points, dataset, classes);
        }
        require(features != null && !features.isEmpty(), "features must name at least one input");
        features = List.copyOf(features);
        require(features.stream().distinct().count() == features.size(), "features must not repeat");
        require(hidden != null && hidden.length <= MAX_HIDDEN_LAYERS,
                "hidden layers (" + (hidden == null ? "null" : hidden.length) + ") must be at most "
                        + MAX_HIDDEN_LAYERS);
        hidden = hidden.clone();
        for (int size : hidden) {
            require(size >= 1 && size <= MAX_NEURONS,
                    "hidden layer size (" + size + ") must be in [1, " + MAX_NEURONS + "]");
        }
        require(activation != null && activation.trainable(), "activation (" + activation
                + ") must be one any layer can use (not step, and not softmax, which is for the output only)");
        require(output != null, "output must be set");
        require(output != Activation.SOFTMAX || classes > 2, SOFTMAX_NEEDS_CLASSES);
        if (problem == ProblemType.REGRESSION) {
            require(output == Activation.LINEAR, "output (" + output.key() + ") must be linear for regression");
            require(loss == Loss.MSE, "loss (" + (loss == null ? "null" : loss.key()) + ") must be mse for regression");
        } else if (classes > 2) {
            require(output == Activation.SOFTMAX, "output (" + output.key() + ") must be softmax for " + classes
                    + " classes");
        } else {
            require(output == Activation.SIGMOID || output == Activation.TANH,
                    "output (" + output.key() + ") must be sigmoid or tanh for classification");
        }
        require(loss != null, "loss must be set");
        require(loss != Loss.CROSS_ENTROPY || output == Activation.SIGMOID || output == Activation.SOFTMAX,
                "cross-entropy needs a sigmoid output");
        require(learningRate >= MIN_RATE && learningRate <= MAX_RATE,
                "learningRate (" + learningRate + ") must be in [" + MIN_RATE + ", " + MAX_RATE + "]");
        require(batchSize >= 1 && batchSize <= MAX_BATCH,
                "batchSize (" + batchSize + ") must be in [1, " + MAX_BATCH + "]");
        require(regularization != null, "regularization must be set");
        require(regularizationRate >= 0 && regularizationRate <= MAX_REG_RATE,
                "regularizationRate (" + regularizationRate + ") must be in [0, " + MAX_REG_RATE + "]");
        require(initialization != null, "initialization must be set");
        require(speed != null, "speed must be set");
        require(optimization != null, "optimization must be set");
        if (weights != null) {
            int expected = Network.parameterCount(layerSizes(features.size(), hidden, classes));
            require(weights.length == expected, "weights (" + weights.length + " values) must hold the network's "
                    + expected + " parameters");
            weights = weights.clone();
            for (int i = 0; i < weights.length; i++) {
                require(weights[i] - weights[i] == 0, "weights[" + i + "] (" + weights[i] + ") must be finite");
            }
        }
    }

    /**
     * Every point inside the canvas of {@code domain}, regression targets within ±{@link #TARGET_RANGE}, and
     * classes below {@code classes}.
     */
    private static void requireInside(Dataset points, DatasetKind domain, int classes) {
        for (int i = 0; i < points.size(); i++) {
            double x1 = points.x1(i);
            double x2 = points.x2(i);
            require(x1 >= domain.minX() && x1 <= domain.maxX() && x2 >= domain.minY() && x2 <= domain.maxY(),
                    "point " + (i + 1) + " (" + x1 + ", " + x2 + ") must lie on the canvas, " + domain.minX() + " to "
                            + domain.maxX());
            double y = points.label(i);
            require(points.problemType() != ProblemType.REGRESSION || (y >= -TARGET_RANGE && y <= TARGET_RANGE),
                    "point " + (i + 1) + "'s target (" + y + ") must be in [" + -TARGET_RANGE + ", " + TARGET_RANGE
                            + "]");
            require(points.problemType() != ProblemType.CLASSIFICATION || y < classes, "point " + (i + 1)
                    + " has class " + (int) y + ", but there are " + classes + " classes (0 to " + (classes - 1)
                    + ")");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * TensorFlow Playground's starting point: circle, x1 and x2, two hidden layers of 4 and 2, tanh; trained at
     * 60 epochs a second.
     */
    public static PlaygroundConfig defaults() {
        return new PlaygroundConfig(ProblemType.CLASSIFICATION, DatasetKind.CIRCLE, 2, 0, 0.5, 500, 1, null,
                List.of(Feature.X1, Feature.X2), new int[] {4, 2}, Activation.TANH, Activation.SIGMOID,
                Loss.CROSS_ENTROPY, 0.03, 10, Regularization.NONE, 0, Initialization.RANDOM, false, false,
                false, TrainingSpeed.SIXTY, null, Optimization.DEFAULT, false, false);
    }

    /** The default settings for a problem type: its first dataset, and a fitting output and loss. */
    public PlaygroundConfig withProblem(ProblemType newProblem) {
        if (newProblem == problem) {
            return this;
        }
        return withDataset(newProblem == ProblemType.REGRESSION ? DatasetKind.PLANE : DatasetKind.CIRCLE);
    }

    /**
     * A generated dataset; drops the user's own points. The problem type follows the dataset, and the
     * output and loss follow the problem type (linear and MSE for regression); a dataset that comes in two
     * classes only brings the classes back to two.
     */
    public PlaygroundConfig withDataset(DatasetKind kind) {
        ConfigBuilder b = builder().switchDataset(kind);
        b.points = null;
        return b.build();
    }

    /** The user's own points (null returns to the generated set). */
    public PlaygroundConfig withPoints(Dataset value) {
        return with(b -> b.points = value);
    }

    /**
     * K classes: the output follows (softmax for more than two, a softmax back to sigmoid for two), the loss stays.
     * Refused (IllegalArgumentException) when the dataset comes in two classes only, or a point's class is K or
     * more.
     */
    public PlaygroundConfig withClasses(int value) {
        return with(b -> b.setClasses(value));
    }

    public PlaygroundConfig withNoise(double value) {
        return with(b -> b.noise = value);
    }

    public PlaygroundConfig withTrainRatio(double value) {
        return with(b -> b.trainRatio = value);
    }

    public PlaygroundConfig withSeed(int value) {
        return with(b -> b.seed = value);
    }

    public PlaygroundConfig withFeatures(List<Feature> value) {
        return with(b -> b.features = value);
    }

    public PlaygroundConfig withHidden(int[] value) {
        return with(b -> b.hidden = value);
    }

    public PlaygroundConfig withActivation(Activation value) {
        return with(b -> b.activation = value);
    }

    /** A new output activation; cross-entropy falls back to mean squared error when it no longer fits. */
    public PlaygroundConfig withOutput(Activation value) {
        return with(b -> {
            b.output = value;
            if (value != Activation.SIGMOID && value != Activation.SOFTMAX) {
                b.loss = Loss.MSE;
            }
        });
    }

    /** A new loss; cross-entropy switches a tanh output to sigmoid, which it needs (a softmax stays). */
    public PlaygroundConfig withLoss(Loss value) {
        return with(b -> {
            b.loss = value;
            if (value == Loss.CROSS_ENTROPY && b.output != Activation.SOFTMAX) {
                b.output = Activation.SIGMOID;
            }
        });
    }

    public PlaygroundConfig withLearningRate(double value) {
        return with(b -> b.learningRate = value);
    }

    public PlaygroundConfig withBatchSize(int value) {
        return with(b -> b.batchSize = value);
    }

    public PlaygroundConfig withRegularization(Regularization value, double rate) {
        return with(b -> {
            b.regularization = value;
            b.regularizationRate = rate;
        });
    }

    public PlaygroundConfig withInitialization(Initialization value) {
        return with(b -> b.initialization = value);
    }

    public PlaygroundConfig withShowTest(boolean value) {
        return with(b -> b.showTest = value);
    }

    public PlaygroundConfig withDiscretize(boolean value) {
        return with(b -> b.discretize = value);
    }

    /** Whether the canvas draws the first-layer neurons' lines. */
    public PlaygroundConfig withShowLines(boolean value) {
        return with(b -> b.showLines = value);
    }

    /** Whether the layer histograms are shown. */
    public PlaygroundConfig withHistograms(boolean value) {
        return with(b -> b.histograms = value);
    }

    /** Whether the gradient-flow chart is shown. */
    public PlaygroundConfig withGradientFlow(boolean value) {
        return with(b -> b.gradientFlow = value);
    }

    /** How fast Play trains. */
    public PlaygroundConfig withSpeed(TrainingSpeed value) {
        ConfigBuilder b = builder();
        b.speed = value;
        return b.build();
    }

    /** How the run steps: the update rule and the learning-rate schedule. */
    public PlaygroundConfig withOptimization(Optimization value) {
        return with(b -> b.optimization = value);
    }

    /** These settings starting from {@code value} (null: the seeded weights); see {@link #weights}. */
    public PlaygroundConfig withWeights(double[] value) {
        return with(b -> b.weights = value);
    }

    /** These settings with {@code edit} applied to a mutable copy; {@link ConfigBuilder#build} validates. */
    public PlaygroundConfig with(Consumer<ConfigBuilder> edit) {
        ConfigBuilder b = builder();
        edit.accept(b);
        return b.build();
    }

    /** A mutable copy of every field, for codecs that set many at once; {@link ConfigBuilder#build} validates. */
    public ConfigBuilder builder() {
        return new ConfigBuilder(this);
    }

    /** The hidden layer sizes (a copy). */
    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /** The network's layer sizes: inputs, hidden layers, the outputs ({@link #outputs()}). */
    public int[] layerSizes() {
        return layerSizes(features.size(), hidden, classes);
    }

    /** The number of output neurons: one for two classes or regression, K for K &gt; 2 classes (a softmax). */
    public int outputs() {
        return outputs(classes);
    }

    static int outputs(int classes) {
        return classes > 2 ? classes : 1;
    }

    /** The layer sizes of a network with {@code inputs} inputs, these hidden layers and the outputs K classes need. */
    static int[] layerSizes(int inputs, int[] hidden, int classes) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = outputs(classes);
        return sizes;
    }

    /** The starting parameters (a copy), or null for the seeded ones. */
    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    /** The starting parameters themselves, not a copy, for {@link ConfigBuilder} (which never writes into them). */
    double[] sharedWeights() {
        return weights;
    }

    /** Whether these settings start from given weights rather than the seeded ones. */
    public boolean hasWeights() {
        return weights != null;
    }

    /** Whether the starting weights are the same (both seeded, or equal bit for bit). */
    public boolean sameWeightsAs(PlaygroundConfig other) {
        return weights == other.weights || (weights != null && other.weights != null && sameBits(weights,
                other.weights));
    }

    private static boolean sameBits(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            // Bit for bit without long arithmetic (slow in the JS build): equal, and the same sign of zero.
            if (a[i] != b[i] || (a[i] == 0 && 1 / a[i] != 1 / b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the model (shape, activations, loss, inputs or initialisation) differs from {@code other}'s. */
    public boolean sameModelAs(PlaygroundConfig other) {
        return features.equals(other.features) && Arrays.equals(hidden, other.hidden) && classes == other.classes
                && activation == other.activation && output == other.output && loss == other.loss
                && initialization == other.initialization;
    }

    /** Whether the points (generated or the user's) would differ from {@code other}'s. */
    public boolean sameDataAs(PlaygroundConfig other) {
        return problem == other.problem && dataset == other.dataset && classes == other.classes
                && noise == other.noise
                && trainRatio == other.trainRatio && pointCount == other.pointCount && seed == other.seed
                && points == other.points;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaygroundConfig other && sameModelAs(other) && sameDataAs(other)
                && learningRate == other.learningRate && batchSize == other.batchSize
                && regularization == other.regularization && regularizationRate == other.regularizationRate
                && showTest == other.showTest && discretize == other.discretize
                && showLines == other.showLines && speed == other.speed
                && sameWeightsAs(other) && optimization.equals(other.optimization)
                && histograms == other.histograms && gradientFlow == other.gradientFlow;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hidden) * 31 + dataset.hashCode() * 17 + seed;
    }
}
