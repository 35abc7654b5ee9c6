package hyperplane.sim;

import hyperplane.data.Dataset;
import hyperplane.data.Feature;
import hyperplane.data.FeatureMap;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a playground run is not learning, said while it runs: dead ReLU units, a loss that is not falling, or
 * saturated sigmoid/tanh units. One forward pass over the training points ({@link UnitCensus}) and a look at the
 * loss history; the caller decides how often (a few times a second is plenty).
 *
 * <p>The findings, most telling first (divergence, a NaN or ±∞ loss, is the session's own message and comes before
 * all of them: a diverged run gets none of these):
 * <ol>
 * <li>{@link DeadUnits}: a ReLU hidden layer whose every unit has z ≤ 0 on every training point. ReLU is 0 there
 * and so is its slope, so the output is the same for every point and no gradient reaches any weight before that
 * layer: training cannot get out. Always said. A layer only partly dead (at least {@link #DEAD_SHARE} of it) is
 * named once the run has trained {@link #WINDOW} epochs without fitting its points. Leaky ReLU cannot die (its slope
 * below 0 is 0.01), so it is never counted.</li>
 * <li>{@link NoProgress}: after 2 · {@link #WINDOW} epochs, the lowest training loss of the last {@link #WINDOW}
 * epochs is not below the lowest of all epochs before them by at least {@link #MIN_FALL} of it, while the loss jumps
 * within the window (its range is at least {@link #MIN_JUMP} of its lowest value): the steps are too large. Against
 * the best so far rather than the window before, so that a loss bouncing at random does not make the finding come
 * and go. A flat loss that has stopped (a model too small for the points) is not this: a smaller rate would not
 * help it.</li>
 * <li>{@link Saturated}: in a sigmoid or tanh hidden layer, at least {@link #SATURATED_UNITS} of the units have z
 * beyond the flat part's edge on one side ({@link #SIGMOID_EDGE}, {@link #TANH_EDGE}: φ′ below 0.018 for sigmoid,
 * 0.027 for tanh) on more than {@link #SATURATED_POINTS} of the training points. Such a unit gives nearly the same
 * output for every point and learns slowly. One far out on both sides is a sharp step, which a trained classifier
 * may well want, and is not counted.</li>
 * <li>{@link VanishingGradients}: a network of at least {@link #DEEP} hidden layers, trained at least {@link #WINDOW}
 * epochs, whose first hidden layer's weights get gradients at least {@link #VANISHING_RATIO} times smaller than the
 * output layer's (mean |∂C/∂w| over the last {@link #RECENT} epochs, from the session's gradient history). On the way
 * back the gradient is multiplied at every layer by φ′(z) and the weights; with sigmoid (φ′ ≤ 0.25) it fades layer by
 * layer, and the first layers hardly learn. Measured: six sigmoid layers of 8 on the circle, 9,000–10,000 times
 * smaller, stuck at 51 % right; four of 4 on XOR about 500; three of 8 on the spiral 70–145; the same six layers with
 * tanh or ReLU below 2 and learning.</li>
 * </ol>
 * Findings 2, 3 and 4, and a partly dead layer, are only given while the run has not fitted its points: for
 * classification some training point is on the wrong side; for regression the loss is at least {@link #SMALL_LOSS}.
 * Every finding is computed afresh, so it goes away by itself when its cause does (after Reset, another seed or
 * setting, or further training).
 *
 * <p>Not thread-safe; allocates only when the points or the network's shape change.
 */
public final class TrainingDiagnosis {
    /** What the diagnosis found: {@link DeadUnits}, {@link NoProgress}, {@link Saturated} or {@link VanishingGradients}. */
    public sealed interface Finding permits DeadUnits, NoProgress, Saturated, VanishingGradients {
    }

    /**
     * ReLU units of hidden layer {@code layer} with z ≤ 0 on every training point.
     *
     * @param layer  the hidden layer, 1 … L − 1
     * @param dead   how many of its units are dead
     * @param size   how many units it has
     * @param output the network's output now, the same for every point when the whole layer is dead
     */
    public record DeadUnits(int layer, int dead, int size, double output) implements Finding {
        /** Whether the whole layer is dead, so that the output is constant and training cannot get out. */
        public boolean whole() {
            return dead == size;
        }
    }

    /**
     * The training loss has not fallen over the last {@code window} epochs and jumps.
     *
     * @param window      the epochs compared, {@link #WINDOW}
     * @param low         the lowest training loss in the last window
     * @param high        the highest training loss in the last window
     * @param before      the lowest training loss of all epochs before the last window
     * @param accuracy    the share of training points on the right side now; NaN for regression
     * @param smallerRate the next smaller value of the learning-rate select; NaN if there is none
     */
    public record NoProgress(int window, double low, double high, double before, double accuracy,
                             double smallerRate) implements Finding {
    }

    /**
     * Sigmoid or tanh units of hidden layer {@code layer} on their flat parts for most training points.
     *
     * @param layer        the hidden layer, 1 … L − 1
     * @param saturated    how many of its units are saturated
     * @param size         how many units it has
     * @param activation   the layer's activation, sigmoid or tanh
     * @param edge         the |z| beyond which that activation counts as flat
     * @param givenWeights whether the run started from weights given by hand or a file, not the seed's
     * @param smallerRate  the next smaller value of the learning-rate select; NaN if there is none
     */
    public record Saturated(int layer, int saturated, int size, Activation activation, double edge,
                            boolean givenWeights, double smallerRate) implements Finding {
    }

    /**
     * The gradients reaching the first hidden layer's weights are a small fraction of the output layer's.
     *
     * @param hiddenLayers the network's hidden layers, at least {@link #DEEP}
     * @param ratio        the output layer's mean |∂C/∂w| over the first hidden layer's, over the last
     *                     {@link #RECENT} epochs
     * @param activation   the hidden layers' activation
     */
    public record VanishingGradients(int hiddenLayers, double ratio, Activation activation) implements Finding {
    }

    /** The epochs of the no-progress finding's window (the last ones, against all before them). */
    public static final int WINDOW = 50;
    /** The least relative fall below the earlier best loss, within the last window, that counts as progress. */
    static final double MIN_FALL = 0.02;
    /** The least range of the loss in the last window, relative to its lowest value, that counts as jumping. */
    static final double MIN_JUMP = 0.25;
    /** A regression loss below this counts as fitted. */
    static final double SMALL_LOSS = 0.01;
    /** The share of a ReLU layer that, dead, is named while the points are not fitted. */
    static final double DEAD_SHARE = 0.5;
    /** |z| beyond which sigmoid counts as flat: σ′(4) ≈ 0.018, a 14th of its peak 0.25. */
    static final double SIGMOID_EDGE = 4;
    /** |z| beyond which tanh counts as flat: tanh′(2.5) ≈ 0.027, a 38th of its peak 1. */
    static final double TANH_EDGE = 2.5;
    /** The share of the training points a unit must be flat on to count as saturated. */
    public static final double SATURATED_POINTS = 0.9;
    /** The share of a layer's units that, saturated, make the finding. */
    static final double SATURATED_UNITS = 0.5;
    /** The fewest hidden layers for which the vanishing-gradient finding is given. */
    static final int DEEP = 3;
    /** How many times smaller the first hidden layer's gradients must be than the output layer's. */
    static final double VANISHING_RATIO = 50;
    /** The last epochs whose gradient sizes the vanishing-gradient finding averages. */
    public static final int RECENT = 10;
    /** The values of the page's learning-rate select, smallest first (the advice names the next smaller one). */
    public static final List<Double> LEARNING_RATES =
            List.of(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);

    private final Samples train = new Samples(true);
    private Dataset filledData;
    private List<Feature> filledFeatures;
    private Activation filledOutput;
    private int filledOutputs;
    private final UnitCensus census = new UnitCensus();

    /**
     * The per-unit census of the last {@link #diagnose} that had training points (empty before the first one): the
     * counts the findings came from, and the layer histograms the playground draws from them.
     */
    public UnitCensus census() {
        return census;
    }

    /**
     * What is wrong with {@code session}'s run now, most telling first (the order of the class comment): empty when
     * nothing can be named, when there are no training points, and after divergence (which the session reports
     * itself).
     */
    public List<Finding> diagnose(PlaygroundSession session) {
        List<Finding> found = new ArrayList<>(4);
        if (session.diverged()) {
            return found;
        }
        fill(session);
        if (train.count == 0) {
            return found;
        }
        census.count(session.network(), train.inputs, train.targets, train.count,
                session.config().problem() == ProblemType.CLASSIFICATION);
        boolean fitted = census.fitted(session.trainLoss(), SMALL_LOSS);
        deadUnits(census, !fitted && session.epoch() >= WINDOW).ifPresent(found::add);
        if (!fitted) {
            progress(session.history(), session.config().learningRate(), census.accuracy()).ifPresent(found::add);
            saturation(census, session.config().hasWeights(), session.config().learningRate()).ifPresent(found::add);
            vanishing(session.gradients(), session.config().activation(), session.epoch()).ifPresent(found::add);
        }
        return found;
    }

    /** Fills the training split from the session's points unless it holds them already. */
    private void fill(PlaygroundSession session) {
        Dataset data = session.data();
        List<Feature> features = session.config().features();
        Activation output = session.config().output();
        int outputs = session.config().outputs();
        if (data != filledData || !features.equals(filledFeatures) || output != filledOutput
                || outputs != filledOutputs) {
            train.fill(data, new FeatureMap(features), output, outputs);
            filledData = data;
            filledFeatures = features;
            filledOutput = output;
            filledOutputs = outputs;
        }
    }

    /**
     * The dead-unit finding from a census of the training points (see the class comment).
     *
     * @param namePart whether a layer only partly dead is named (the run has trained a while and is not fitted)
     */
    static Optional<Finding> deadUnits(UnitCensus census, boolean namePart) {
        int worstLayer = -1;
        double worstShare = 0;
        for (int l = 1; l < census.layerCount(); l++) {
            if (census.activation(l) != Activation.RELU) {
                continue;
            }
            int dead = census.deadUnits(l);
            int size = census.size(l);
            if (dead == size) {
                return Optional.of(new DeadUnits(l, dead, size, census.firstOutput()));
            }
            double share = (double) dead / size;
            if (share >= DEAD_SHARE && share > worstShare) {
                worstShare = share;
                worstLayer = l;
            }
        }
        if (worstLayer < 0 || !namePart) {
            return Optional.empty();
        }
        return Optional.of(new DeadUnits(worstLayer, census.deadUnits(worstLayer), census.size(worstLayer),
                census.firstOutput()));
    }

    /**
     * The no-progress finding from the training losses (see the class comment).
     *
     * @param rate     the learning rate now, for the advice
     * @param accuracy the share of training points right now, NaN for regression
     */
    static Optional<Finding> progress(LossHistory history, double rate, double accuracy) {
        int n = history.size();
        if (n < 2 * WINDOW) {
            return Optional.empty();
        }
        double[] loss = history.trainValues();
        double before = Double.POSITIVE_INFINITY;
        for (int e = 0; e < n - WINDOW; e++) {
            before = Math.min(before, loss[e]);
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int e = n - WINDOW; e < n; e++) {
            low = Math.min(low, loss[e]);
            high = Math.max(high, loss[e]);
        }
        // Comparisons written so that NaN in the history gives no finding (divergence speaks for itself).
        boolean stalled = low > before * (1 - MIN_FALL);
        boolean jumping = high - low >= MIN_JUMP * low;
        if (!stalled || !jumping) {
            return Optional.empty();
        }
        return Optional.of(new NoProgress(WINDOW, low, high, before, accuracy, smallerRate(rate)));
    }

    /**
     * The saturation finding from a census of the training points (see the class comment).
     *
     * @param givenWeights whether the run started from weights given by hand or a file
     * @param rate         the learning rate now, for the advice
     */
    static Optional<Finding> saturation(UnitCensus census, boolean givenWeights, double rate) {
        int worstLayer = -1;
        double worstShare = 0;
        for (int l = 1; l < census.layerCount(); l++) {
            double share = (double) census.saturatedUnits(l) / census.size(l);
            if (share >= SATURATED_UNITS && share > worstShare) {
                worstShare = share;
                worstLayer = l;
            }
        }
        if (worstLayer < 0) {
            return Optional.empty();
        }
        Activation activation = census.activation(worstLayer);
        return Optional.of(new Saturated(worstLayer, census.saturatedUnits(worstLayer), census.size(worstLayer),
                activation, UnitCensus.edge(activation), givenWeights, smallerRate(rate)));
    }

    /**
     * The vanishing-gradient finding from the gradient history (see the class comment).
     *
     * @param activation the hidden layers' activation, for the advice
     * @param epoch      the epochs trained
     */
    static Optional<Finding> vanishing(GradientHistory gradients, Activation activation, int epoch) {
        int layers = gradients.layers();
        int n = gradients.size();
        if (layers - 1 < DEEP || epoch < WINDOW || n < RECENT) {
            return Optional.empty();
        }
        double first = 0;
        double output = 0;
        for (int e = n - RECENT; e < n; e++) {
            first += gradients.value(1, e);
            output += gradients.value(layers, e);
        }
        // Written so that NaN gives no finding, and so does a first layer with no gradient at all (dead units say it).
        if (!(first > 0 && output >= VANISHING_RATIO * first)) {
            return Optional.empty();
        }
        return Optional.of(new VanishingGradients(layers - 1, output / first, activation));
    }

    /** The largest value of {@link #LEARNING_RATES} below {@code rate}, or NaN if there is none. */
    static double smallerRate(double rate) {
        double result = Double.NaN;
        for (double r : LEARNING_RATES) {
            if (r < rate) {
                result = r;
            }
        }
        return result;
    }
}
