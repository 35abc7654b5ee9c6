package hyperplane.state;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Regularization;
import java.util.List;

/**
 * The fields of a {@link PlaygroundConfig}, freely settable, for codecs that set many at once; {@link #build()}
 * checks them all.
 */
public final class ConfigBuilder {
    public ProblemType problem;
    public DatasetKind dataset;
    public int classes;
    public double noise;
    public double trainRatio;
    public int pointCount;
    public int seed;
    public Dataset points;
    public List<Feature> features;
    public int[] hidden;
    public Activation activation;
    public Activation output;
    public Loss loss;
    public double learningRate;
    public int batchSize;
    public Regularization regularization;
    public double regularizationRate;
    public Initialization initialization;
    public boolean showTest;
    public boolean discretize;
    public boolean showLines;
    public TrainingSpeed speed;
    public double[] weights;
    public Optimization optimization;
    public boolean histograms;
    public boolean gradientFlow;
    private final PlaygroundConfig from;

    ConfigBuilder(PlaygroundConfig c) {
        from = c;
        problem = c.problem();
        dataset = c.dataset();
        classes = c.classes();
        noise = c.noise();
        trainRatio = c.trainRatio();
        pointCount = c.pointCount();
        seed = c.seed();
        points = c.points();
        features = c.features();
        hidden = c.hidden();
        activation = c.activation();
        output = c.output();
        loss = c.loss();
        learningRate = c.learningRate();
        batchSize = c.batchSize();
        regularization = c.regularization();
        regularizationRate = c.regularizationRate();
        initialization = c.initialization();
        showTest = c.showTest();
        discretize = c.discretize();
        showLines = c.showLines();
        speed = c.speed();
        weights = c.sharedWeights();
        optimization = c.optimization();
        histograms = c.histograms();
        gradientFlow = c.gradientFlow();
    }

    /**
     * Sets the dataset, and with it the problem type; the output and loss follow the problem (linear and MSE
     * for regression; a linear output left over from regression becomes sigmoid with cross-entropy), and a dataset
     * of two classes only brings the classes back to two ({@link #setClasses}). Leaves the user's points as they
     * are. Returns this builder.
     */
    ConfigBuilder switchDataset(DatasetKind kind) {
        dataset = kind;
        problem = kind.problemType();
        if (!kind.manyClasses()) {
            setClasses(2);
        }
        if (problem == ProblemType.REGRESSION) {
            output = Activation.LINEAR;
            loss = Loss.MSE;
        } else if (output == Activation.LINEAR) {
            output = Activation.SIGMOID;
            loss = Loss.CROSS_ENTROPY;
        }
        return this;
    }

    /**
     * Sets K classes and the output they need: softmax for more than two; a softmax output becomes sigmoid for two.
     * The loss stays (cross-entropy and mean squared error fit both). Returns this builder.
     */
    public ConfigBuilder setClasses(int k) {
        classes = k;
        if (k > 2) {
            output = Activation.SOFTMAX;
        } else if (output == Activation.SOFTMAX) {
            output = Activation.SIGMOID;
        }
        return this;
    }

    /**
     * The configuration, validated as the record's constructor does. Weights carried over unchanged from the
     * configuration this builder copied are dropped when the model settings or the seed changed: they
     * belonged to the other network.
     */
    public PlaygroundConfig build() {
        PlaygroundConfig next = new PlaygroundConfig(problem, dataset, classes, noise, trainRatio, pointCount, seed,
                points, features, hidden, activation, output, loss, learningRate, batchSize, regularization,
                regularizationRate, initialization, showTest, discretize, showLines, speed, null,
                optimization, histograms, gradientFlow);
        boolean carried = weights == from.sharedWeights();
        if (weights == null || (carried && (!next.sameModelAs(from) || seed != from.seed()))) {
            return next;
        }
        return new PlaygroundConfig(problem, dataset, classes, noise, trainRatio, pointCount, seed, points, features,
                hidden, activation, output, loss, learningRate, batchSize, regularization, regularizationRate,
                initialization, showTest, discretize, showLines, speed, weights, optimization, histograms,
                gradientFlow);
    }
}
