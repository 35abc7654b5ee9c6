package hyperplane.sim;

import hyperplane.data.Dataset;
import hyperplane.data.FeatureMap;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.DrawingPass;
import hyperplane.engine.LossCount;
import hyperplane.engine.Network;
import hyperplane.engine.SeededRandom;
import hyperplane.engine.Trainer;
import hyperplane.state.Decimals;
import hyperplane.state.PlaygroundConfig;
import java.util.function.Consumer;

/**
 * One playground run: the points, the network, its trainer, the epoch count and the loss history, all
 * derived from a {@link PlaygroundConfig}. The page's animation loop trains with {@link #trainSlice}; everything
 * else it shows is read from here.
 *
 * <p>Reproducibility: three generators come from the seed, one for the data, one for the initial
 * weights and one for the shuffle order, so changing the data leaves the initial weights of the same
 * shape unchanged, and a configuration replays the same run on the JVM and in the browser.
 *
 * <p>What a configuration change does ({@link #apply}): a new generated dataset or a new model rebuilds and resets
 * (epoch 0); points edited by hand are used from the next epoch on, with the weights the network has; learning rate,
 * batch size and regularization take effect at the next batch without a reset, a new update rule starts with an empty
 * memory, and the schedule sets each epoch's rate; display flags change nothing here. Other starting weights
 * ({@link PlaygroundConfig#weights}, from a link) rebuild and reset too.
 *
 * <p>Every change of the parameters from outside training goes through one of this class's edit methods
 * ({@link #setWeight}, {@link #setBias}, {@link #loadParameters}, {@link #applyStep}): each validates, writes
 * the network, recomputes the losses and records the parameters as the configuration's starting weights, so
 * that the link and the autosave keep them ({@link #reset} goes back to the seed's weights and drops them).
 *
 * <p>An epoch's losses are counted over every point of both splits when it ends. {@link #trainEpochs} and
 * {@link #trainBatch} count them at once; {@link #trainSlice} counts them a chunk of points per call before the next
 * epoch's first batch, so that a frame loop can spread the count over frames (on 8 × 16 hidden neurons it is about
 * 40 % of an epoch's work). Until the count is finished the epoch, the losses and the history are those of the epoch
 * before ({@link #epoch}, {@link #trainLoss}, {@link #history}); every other method that trains, edits or rebuilds
 * finishes it first. The numbers are the same either way, bit for bit.
 */
public final class PlaygroundSession {
    private static final int DATA_STREAM = 0;
    private static final int WEIGHT_STREAM = 0x2545F491;
    private static final int SHUFFLE_STREAM = 0x6C8E9CF5;

    private PlaygroundConfig config;
    private Dataset data;
    private FeatureMap features;
    private Network network;
    private DrawingPass drawing; // the heatmaps' pass over network
    private Trainer trainer;
    private SeededRandom shuffle;
    private final LossHistory history = new LossHistory();
    /** Each layer's gradient size per epoch, and the trainer's numbers for the epoch just done. */
    private final GradientHistory gradients = new GradientHistory();
    private double[] epochGradients = new double[0];

    private final Samples train = new Samples(true);
    private final Samples test = new Samples(false);
    /** The losses of the epoch just trained, counted over the splits a chunk at a time (trainSlice). */
    private LossCount trainCounting;
    private LossCount testCounting;
    /** Whether an epoch is trained but its losses are not counted yet: the network holds its weights until they are. */
    private boolean counting;
    private final double[] pointFeatures = new double[16];
    /** A grid row's features for the drawing pass: rowFeatures[k * n + i] is feature k of point i. */
    private double[] rowFeatures = new double[0];

    private int epoch;
    private double trainLoss;
    private double testLoss;
    private double trainCorrect = Double.NaN;
    private double testCorrect = Double.NaN;
    /** Each split's confusion tally, counted with its loss (Trainer#meanLoss): [c · K + p] points of c predicted p. */
    private int[] trainConfusion = new int[0];
    private int[] testConfusion = new int[0];
    private Runnable onEdited = () -> { };

    public PlaygroundSession(PlaygroundConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must be set");
        }
        this.config = config;
        rebuildData();
        rebuildModel();
    }

    /** Switches to {@code next}, rebuilding only what it changes (see the class comment). */
    public void apply(PlaygroundConfig next) {
        if (next == null) {
            throw new IllegalArgumentException("config must be set");
        }
        finishCounting();
        PlaygroundConfig previous = config;
        config = next;
        boolean newData = !next.sameDataAs(previous);
        boolean editedPoints = newData && next.points() != null && next.problem() == previous.problem();
        if (newData) {
            rebuildData();
        }
        if ((newData && !editedPoints) || !next.sameModelAs(previous) || !next.sameWeightsAs(previous)) {
            rebuildModel();
        } else {
            if (!next.optimization().sameRuleAs(previous.optimization())) {
                trainer.setUpdateRule(next.optimization().rule());
            }
            configureTrainer();
            if (editedPoints) {
                // Points placed, moved or removed by hand: train on, from the weights the network has.
                fillSamples();
                trainer.restartEpoch();
                updateLosses();
            }
        }
    }

    /**
     * Back to epoch 0 with the seeded initial weights; the data stay. Starting weights the configuration held (a
     * loaded model, an edit) are dropped with it: Reset means the seed's network.
     */
    public void reset() {
        config = config.withWeights(null);
        rebuildModel();
    }

    private static SeededRandom stream(int seed, int salt) {
        return new SeededRandom(seed ^ salt);
    }

    private void rebuildData() {
        PlaygroundConfig c = config;
        data = c.points() != null ? c.points() : c.dataset().generate(c.pointCount(), c.noise(), c.trainRatio(),
                c.classes(), stream(c.seed(), DATA_STREAM));
    }

    private void rebuildModel() {
        PlaygroundConfig c = config;
        features = new FeatureMap(c.features());
        network = new Network(c.layerSizes(), activations(c), c.loss());
        network.initialize(c.initialization(), stream(c.seed(), WEIGHT_STREAM));
        if (c.hasWeights()) {
            network.setParameters(c.weights());
        }
        drawing = new DrawingPass(network);
        trainCounting = new LossCount(network);
        testCounting = new LossCount(network);
        int k = Trainer.classes(network);
        trainConfusion = new int[k * k];
        testConfusion = new int[k * k];
        counting = false;
        trainer = new Trainer(network);
        trainer.setUpdateRule(c.optimization().rule());
        shuffle = stream(c.seed(), SHUFFLE_STREAM);
        epoch = 0;
        configureTrainer();
        fillSamples();
        history.clear();
        clearGradients();
        updateLosses();
    }

    /** Starts the gradient history afresh for the network's layers (with the trainer's sums). */
    private void clearGradients() {
        gradients.clear(network.layerCount());
        if (epochGradients.length != network.layerCount()) {
            epochGradients = new double[network.layerCount()];
        }
        trainer.takeGradientSizes(epochGradients);
    }

    private static Activation[] activations(PlaygroundConfig c) {
        int hidden = c.hidden().length;
        Activation[] result = new Activation[hidden + 1];
        for (int l = 0; l < hidden; l++) {
            result[l] = c.activation();
        }
        result[hidden] = c.output();
        return result;
    }

    private void configureTrainer() {
        trainer.setLearningRate(learningRate());
        trainer.setBatchSize(config.batchSize());
        trainer.setRegularization(config.regularization(), config.regularizationRate());
    }

    private void fillSamples() {
        train.fill(data, features, config.output(), config.outputs());
        test.fill(data, features, config.output(), config.outputs());
    }

    /**
     * The losses, and for classification the shares classified right, of the network as it is now: one pass over
     * each split. A point counts as class 1 when the output is at least the middle of its range (0.5 for sigmoid,
     * 0 for tanh); behind a softmax, as the class of its largest output.
     */
    private void updateLosses() {
        double threshold = threshold();
        trainLoss = train.meanLoss(network, threshold, trainConfusion);
        testLoss = test.meanLoss(network, threshold, testConfusion);
        trainCorrect = train.correct();
        testCorrect = test.correct();
    }

    /** The output at or above which a point counts as class 1 (see {@link #updateLosses}); NaN for regression. */
    private double threshold() {
        return config.problem() != ProblemType.CLASSIFICATION ? Double.NaN
                : config.output() == Activation.TANH ? 0 : 0.5;
    }

    /** Trains up to {@code epochs} epochs, stopping early when training diverges; returns how many it completed. */
    public int trainEpochs(int epochs) {
        finishCounting();
        int done = 0;
        while (done < epochs && train.count > 0 && !trainer.diverged()) {
            trainer.trainEpoch(train.inputs, train.targets, train.count, shuffle);
            if (trainer.diverged()) {
                break;
            }
            done++;
            epochDone();
        }
        return done;
    }

    /** The largest magnitude a weight or bias may be given by hand. */
    public static final double MAX_EDIT = 1000;

    /**
     * Registers the one listener told once after every edit method that changed the parameters ({@link #setWeight},
     * {@link #setBias}, {@link #loadParameters}, {@link #applyStep}), never after a refused edit: the page follows
     * the edit there (controls, picture, link), so no caller has to remember to. Replaces any earlier listener.
     */
    public void onEdited(Runnable listener) {
        onEdited = listener == null ? () -> { } : listener;
    }

    /**
     * Sets w^layer_(to, from) to {@code value} (the neuron editor): the losses are recomputed, the epoch and
     * history stay, and the parameters become the configuration's starting weights.
     *
     * @throws IllegalArgumentException if value is not finite within ±{@value #MAX_EDIT}, or the indices are
     *     outside the network; nothing changes then
     */
    public void setWeight(int layer, int to, int from, double value) {
        ParameterChecks.checkEdit(value, MAX_EDIT);
        network.weight(layer, to, from);
        finishCounting();
        network.setWeight(layer, to, from, value);
        parametersEdited();
    }

    /** Sets b^layer_to to {@code value}, as {@link #setWeight} does. */
    public void setBias(int layer, int to, double value) {
        ParameterChecks.checkEdit(value, MAX_EDIT);
        network.bias(layer, to);
        finishCounting();
        network.setBias(layer, to, value);
        parametersEdited();
    }

    /**
     * One hand-applied gradient step (the backprop inspector's "apply"): {@code step} writes the new parameters
     * into the network it is given, a copy of this one. If every new parameter is finite they are taken over as
     * by {@link #setWeight}; otherwise nothing changes and false is returned (the check the trainer makes).
     */
    public boolean applyStep(Consumer<Network> step) {
        finishCounting();
        Network next = network.copy();
        step.accept(next);
        if (!ParameterChecks.allFinite(next.parameters())) {
            return false;
        }
        network.setParameters(next.parameters());
        parametersEdited();
        return true;
    }

    /**
     * Replaces every weight and bias with {@code source}'s (an imported model of the same shape) and starts
     * counting epochs from 0 with it; they become the configuration's starting weights.
     *
     * @throws IllegalArgumentException if the shapes differ or a parameter is not finite
     */
    public void loadParameters(Network source) {
        if (!ParameterChecks.allFinite(source.parameters())) {
            throw new IllegalArgumentException("every parameter must be finite");
        }
        finishCounting();
        network.copyParametersFrom(source);
        epoch = 0;
        trainer.resetUpdateRule();
        trainer.setLearningRate(learningRate());
        history.clear();
        clearGradients();
        parametersEdited();
    }

    /** After an edit: losses anew, a stopped run may go on, the configuration starts from these weights; tell. */
    private void parametersEdited() {
        trainer.resetDivergence();
        updateLosses();
        config = config.withWeights(network.parameters());
        onEdited.run();
    }

    /** The parameters the network has now (a copy, in {@link Network#parametersTo} order), e.g. to share them. */
    public double[] parameters() {
        return network.parameters();
    }

    /**
     * One mini-batch update, the next of the current epoch (a new, freshly shuffled epoch starts when none
     * is in progress). When it completes the epoch, the epoch count, the losses and the history advance.
     * Any split of an epoch into batch calls gives the same weights as {@link #trainEpochs}, so a frame
     * loop can train in slices shorter than an epoch on large networks.
     *
     * @return true when this batch completed an epoch; false otherwise, also when nothing could be trained
     */
    public boolean trainBatch() {
        finishCounting();
        if (train.count == 0 || trainer.diverged()) {
            return false;
        }
        trainer.trainBatch(train.inputs, train.targets, train.count, shuffle);
        if (trainer.diverged() || trainer.epochInProgress()) {
            return false;
        }
        epochDone();
        return true;
    }

    /** After a completed epoch: count it, take the schedule's rate for the next one, record the losses. */
    private void epochDone() {
        epoch++;
        trainer.setLearningRate(learningRate());
        updateLosses();
        recordEpoch();
    }

    /** The epoch just counted goes into the histories: its losses and shares, and its layers' gradient sizes. */
    private void recordEpoch() {
        history.add(trainLoss, testLoss, trainCorrect, testCorrect);
        trainer.takeGradientSizes(epochGradients);
        gradients.add(epochGradients);
    }

    /**
     * One slice of training for a frame loop: if an epoch's losses are being counted, the next chunk of points of that
     * count ({@link LossCount}, 64 points); otherwise one mini-batch, as {@link #trainBatch}, except that the epoch it
     * completes is counted by the calls that follow (see the class comment): the epoch, the losses and the history
     * advance with the call that finishes the count. Any split into slices gives the same weights and losses as
     * {@link #trainEpochs}.
     *
     * @return true when this call's batch completed an epoch's training; false otherwise (a chunk of the count,
     *     an epoch still in progress, nothing to train)
     */
    public boolean trainSlice() {
        if (counting) {
            countChunk();
            return false;
        }
        if (train.count == 0 || trainer.diverged()) {
            return false;
        }
        trainer.trainBatch(train.inputs, train.targets, train.count, shuffle);
        if (trainer.diverged() || trainer.epochInProgress()) {
            return false;
        }
        // The next epoch's rate now; the losses of the weights as they are, over the calls that follow.
        trainer.setLearningRate(rate(epoch + 1));
        double threshold = threshold();
        trainCounting.begin(train.inputs, train.targets, train.count, threshold);
        testCounting.begin(test.inputs, test.targets, test.count, threshold);
        counting = true;
        return true;
    }

    /** Whether an epoch is trained and its losses are being counted by {@link #trainSlice} (they are not shown yet). */
    public boolean counting() {
        return counting;
    }

    /** Counts the rest of a trained epoch's losses now and records the epoch, if {@link #counting()}. */
    public void finishCounting() {
        while (counting) {
            countChunk();
        }
    }

    /** One chunk of the count: the training split's, then the test split's; the last one records the epoch. */
    private void countChunk() {
        if (!trainCounting.done()) {
            trainCounting.step();
        } else {
            testCounting.step();
        }
        if (trainCounting.done() && testCounting.done()) {
            counting = false;
            epoch++;
            trainLoss = trainCounting.meanLoss();
            testLoss = testCounting.meanLoss();
            trainCorrect = trainCounting.share();
            testCorrect = testCounting.share();
            trainCounting.confusion(trainConfusion);
            testCounting.confusion(testConfusion);
            recordEpoch(); // no batch has trained since the epoch's last one: the next epoch waits for the count
        }
    }

    /**
     * The learning rate of the current epoch: the chosen one as the schedule has changed it by now (the rate the
     * next batch trains with: while an epoch's losses are being counted, the rate of the epoch after it).
     */
    public double learningRate() {
        return rate(counting ? epoch + 1 : epoch);
    }

    private double rate(int epochsTrained) {
        return config.optimization().toSchedule().rate(config.learningRate(), epochsTrained);
    }

    /** Whether training stopped because a loss, gradient or weight became NaN or infinite. */
    public boolean diverged() {
        return trainer.diverged();
    }

    /** Why training stopped and what is to blame, in plain words ("" unless {@link #diverged()}). */
    public String divergence() {
        return trainer.diverged() ? trainer.divergence() + " The learning rate ("
                + Decimals.text(config.learningRate()) + ") is probably too large." : "";
    }

    /**
     * The network's output at (x1, x2): the probability of class 1 for a sigmoid output, a value in [−1, 1] for
     * tanh, the prediction for regression; behind a softmax class 0's (then class j's is network().output(L, j)).
     */
    public double predict(double x1, double x2) {
        features.transform(x1, x2, pointFeatures, 0);
        return network.forward(pointFeatures, 0);
    }

    /**
     * Evaluates the output on an n × n grid for drawing: {@code out[j * n + i]} is the output at (xs[i], ys[j]),
     * computed with {@link DrawingPass} (tanh and sigmoid within a documented 2.4·10⁻⁵ per neuron; a colour cannot show
     * the difference). Training and {@link #predict} stay exact. Allocates nothing once it has run for this n.
     */
    public void evaluateGrid(double[] xs, double[] ys, int n, double[] out) {
        for (int j = 0; j < n; j++) {
            evaluateRow(xs, ys[j], n, -1, 0, out, j * n);
        }
    }

    /**
     * Evaluates one row of a grid for drawing, as {@link #evaluateGrid} does: {@code out[offset + i]} is the
     * output at (xs[i], y) of the network ({@code layer} −1) or of neuron {@code neuron} of {@code layer}.
     * A frame loop calls it row by row to spread a large network's heatmap over several frames. Allocates
     * nothing once it has run for this n.
     */
    public void evaluateRow(double[] xs, double y, int n, int layer, int neuron, double[] out, int offset) {
        forwardRow(xs, y, n);
        drawing.pointOutputs(layer < 0 ? network.layerCount() : layer, layer < 0 ? 0 : neuron, out, offset);
    }

    /** As {@link #evaluateRow}, every output j in one pass: out[offset + j · stride + i] is output j at (xs[i], y). */
    public void evaluateOutputsRow(double[] xs, double y, int n, double[] out, int offset, int stride) {
        forwardRow(xs, y, n);
        for (int j = 0; j < network.size(network.layerCount()); j++) {
            drawing.pointOutputs(network.layerCount(), j, out, offset + j * stride);
        }
    }

    /**
     * Evaluates every neuron on an n × n grid in one pass, for drawing (with {@link DrawingPass},
     * as {@link #evaluateGrid}): {@code out[k][j * n + i]} is the output of neuron k at (xs[i], ys[j]), where k
     * numbers the neurons layer by layer from the inputs (layer 0, the features) to the output; see
     * {@link #neuronIndex}. Allocates nothing once it has run for this n.
     */
    public void evaluateNeurons(double[] xs, double[] ys, int n, double[][] out) {
        for (int j = 0; j < n; j++) {
            evaluateNeuronsRow(xs, ys, n, j, out);
        }
    }

    /**
     * Row j of {@link #evaluateNeurons}: {@code out[k][j * n + i]} for every neuron k and i &lt; n, so that a frame loop
     * can spread the grid over frames.
     */
    public void evaluateNeuronsRow(double[] xs, double[] ys, int n, int j, double[][] out) {
        forwardRow(xs, ys[j], n);
        int k = 0;
        for (int l = 0; l <= network.layerCount(); l++) {
            for (int neuron = 0; neuron < network.size(l); neuron++) {
                drawing.pointOutputs(l, neuron, out[k++], j * n);
            }
        }
    }

    /** The drawing pass over the points (xs[i], y), i &lt; n. */
    private void forwardRow(double[] xs, double y, int n) {
        int count = features.count();
        if (rowFeatures.length < count * n) {
            rowFeatures = new double[count * n];
        }
        double[] point = pointFeatures;
        double[] row = rowFeatures;
        for (int i = 0; i < n; i++) {
            features.transform(xs[i], y, point, 0);
            for (int k = 0; k < count; k++) {
                row[k * n + i] = point[k];
            }
        }
        drawing.forwardFastPoints(row, n);
    }

    /** The number of neurons of every layer together, inputs and output included. */
    public int neuronCount() {
        int total = 0;
        for (int l = 0; l <= network.layerCount(); l++) {
            total += network.size(l);
        }
        return total;
    }

    /** The flat index of neuron {@code neuron} of layer {@code layer}, as {@link #evaluateNeurons} uses. */
    public int neuronIndex(int layer, int neuron) {
        int k = 0;
        for (int l = 0; l < layer; l++) {
            k += network.size(l);
        }
        return k + neuron;
    }

    /**
     * The share of points of a split that the network classifies right (output at or above the middle of its range
     * means class 1; behind a softmax the largest output is the class), as the losses were last computed (after
     * every epoch and every edit); NaN for regression or an empty split.
     */
    public double accuracy(boolean train) {
        return train ? trainCorrect : testCorrect;
    }

    /**
     * How the points of the training split ({@code train}) or the test split are classified, counted with the losses
     * (after every epoch and every edit, in the same forward pass), so it agrees with {@link #accuracy} and the
     * epoch shown.
     *
     * @throws IllegalArgumentException for a regression session, which has no classes
     */
    public ConfusionMatrix confusion(boolean train) {
        if (config.problem() != ProblemType.CLASSIFICATION) {
            throw new IllegalArgumentException("a regression run has no classes to confuse");
        }
        return new ConfusionMatrix(Trainer.classes(network), (train ? trainConfusion : testConfusion).clone());
    }

    public PlaygroundConfig config() {
        return config;
    }

    public Dataset data() {
        return data;
    }

    /** The live network (read it; the session owns its training). */
    public Network network() {
        return network;
    }

    public int epoch() {
        return epoch;
    }

    /** Mean loss over the training points now (NaN when there are none). */
    public double trainLoss() {
        return trainLoss;
    }

    /** Mean loss over the test points now (NaN when there are none). */
    public double testLoss() {
        return testLoss;
    }

    public LossHistory history() {
        return history;
    }

    /** Each layer's mean |∂C/∂w| per epoch, one entry per entry of {@link #history()}. */
    public GradientHistory gradients() {
        return gradients;
    }

    public int trainCount() {
        return train.count;
    }

    public int testCount() {
        return test.count;
    }
}
