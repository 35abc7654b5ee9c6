package hyperplane.sim;

import hyperplane.engine.Activation;
import hyperplane.engine.DrawingPass;
import hyperplane.engine.Network;

/**
 * One forward pass of a network over a set of points, counted per hidden unit: on how many points its z is ≤ 0
 * (a ReLU unit is then silent and its slope 0) and on how many z is beyond the flat edge of its sigmoid or tanh
 * ({@link TrainingDiagnosis#SIGMOID_EDGE}, {@link TrainingDiagnosis#TANH_EDGE}), on the positive and on the negative
 * side; for each hidden layer, histograms of z and of a = φ(z) over all its units and points ({@link #BINS} bins);
 * and, for classification, how many points the output puts on the right side (above the middle of the output's
 * range means class 1). The run diagnosis ({@link TrainingDiagnosis}) and the playground's layer histograms read the
 * same census, so their numbers agree.
 *
 * <p>The pass is the heatmaps' row pass ({@link DrawingPass}, keeping z), 64 points at a time, somewhat faster than
 * point by point (on the JVM, about 3.5 rather than 4.3 ms for 1,800 points through eight hidden layers of 16,
 * measured on a loaded machine); it runs while training, a few times a second. z is the pass's exact sum; a is
 * φ(z) through the drawing pass's activations (within {@link hyperplane.engine.FastActivation}'s error, far below a
 * bin's width).
 *
 * <p>Histogram bins: z in [−{@link #Z_RANGE}, {@link #Z_RANGE}] cut into {@link #BINS} equal bins, a value beyond
 * either end counted in the end bin on its side (so the bins of a layer add up to its units times the points); a
 * likewise over φ's range, [0, 1] for sigmoid and [−1, 1] for tanh, and over z's bins for the activations with no
 * bounded range (ReLU, leaky ReLU, linear), so that a ReLU layer's silent points pile up in the bin of 0. A NaN
 * value is counted in no bin.
 *
 * <p>Hidden unit j of layer l (1 ≤ l &lt; L) is counted at index offset(l) + j, the units of the hidden layers one
 * after another. Leaves the network's own values untouched. Allocates only for a new network or one with more
 * hidden units than any before.
 */
public final class UnitCensus {
    /** Bins of each histogram. */
    public static final int BINS = 32;
    /** z's histogram covers [−Z_RANGE, Z_RANGE]; the edges of sigmoid (4) and tanh (2.5) fall on bin edges. */
    public static final double Z_RANGE = 8;
    /** Points per drawing pass. */
    private static final int CHUNK = 64;

    private Network network;
    private DrawingPass pass;
    private double[] chunk = new double[0];
    private final double[] values = new double[CHUNK];
    private final double[] sums = new double[CHUNK];
    /** Behind K outputs, each point's largest output so far and its index. */
    private final double[] largest = new double[CHUNK];
    private final int[] best = new int[CHUNK];
    private int[] offsets = new int[0];
    private int[] nonPositive = new int[0];
    private int[] flatHigh = new int[0];
    private int[] flatLow = new int[0];
    /** Hidden layer l's bin b at (l − 1) · BINS + b. */
    private int[] zBins = new int[0];
    private int[] aBins = new int[0];
    private int count;
    private int right;
    private boolean classification;
    private double firstOutput = Double.NaN;
    private int censuses;

    /**
     * Counts {@code net} over samples 0 … count − 1 (features of sample s at inputs[s · size(0) + k], target at
     * targets[s], labels 0/1 or −1/+1 for a tanh output; behind K &gt; 1 outputs the one-hot targets[s · K + j]).
     */
    void count(Network net, double[] inputs, double[] targets, int samples, boolean isClassification) {
        if (pass == null || pass.network() != net) {
            pass = new DrawingPass(net, true);
        }
        censuses++;
        network = net;
        count = samples;
        classification = isClassification;
        int hidden = prepare(net);
        for (int u = 0; u < hidden; u++) {
            nonPositive[u] = 0;
            flatHigh[u] = 0;
            flatLow[u] = 0;
        }
        for (int b = 0; b < (net.layerCount() - 1) * BINS; b++) {
            zBins[b] = 0;
            aBins[b] = 0;
        }
        right = 0;
        firstOutput = Double.NaN;
        int width = net.size(0);
        for (int first = 0; first < samples; first += CHUNK) {
            int n = Math.min(CHUNK, samples - first);
            for (int s = 0; s < n; s++) {
                for (int k = 0; k < width; k++) {
                    chunk[k * n + s] = inputs[(first + s) * width + k];
                }
            }
            pass.forwardFastPoints(chunk, n);
            countOutputs(net, targets, first, n);
            for (int l = 1; l < net.layerCount(); l++) {
                countLayer(net, l, n);
            }
        }
    }

    /** Sizes the buffers for {@code net}; returns its number of hidden units. */
    private int prepare(Network net) {
        int layers = net.layerCount();
        if (offsets.length < layers + 1) {
            offsets = new int[layers + 1];
        }
        int hidden = 0;
        for (int l = 1; l < layers; l++) {
            offsets[l] = hidden;
            hidden += net.size(l);
        }
        if (zBins.length < (layers - 1) * BINS) {
            zBins = new int[(layers - 1) * BINS];
            aBins = new int[(layers - 1) * BINS];
        }
        if (nonPositive.length < hidden) {
            nonPositive = new int[hidden];
            flatHigh = new int[hidden];
            flatLow = new int[hidden];
        }
        if (chunk.length < net.size(0) * CHUNK) {
            chunk = new double[net.size(0) * CHUNK];
        }
        return hidden;
    }

    /**
     * Counts the points first … first + n − 1 that the output puts on their right side; behind K outputs, those whose
     * largest output is their class (as the losses' pass counts them).
     */
    private void countOutputs(Network net, double[] targets, int first, int n) {
        int layers = net.layerCount();
        int outputs = net.size(layers);
        if (outputs > 1) {
            for (int j = 0; j < outputs; j++) {
                pass.pointOutputs(layers, j, values, 0);
                if (first == 0 && j == 0) {
                    firstOutput = values[0];
                }
                for (int s = 0; s < n; s++) {
                    if (j == 0 || values[s] > largest[s]) {
                        largest[s] = values[s];
                        best[s] = j;
                    }
                }
            }
            for (int s = 0; s < n; s++) {
                right += targets[(first + s) * outputs + best[s]] == 1 ? 1 : 0;
            }
            return;
        }
        double middle = net.activation(layers) == Activation.TANH ? 0 : 0.5;
        pass.pointOutputs(layers, 0, values, 0);
        if (first == 0) {
            firstOutput = values[0];
        }
        for (int s = 0; s < n; s++) {
            if ((values[s] >= middle) == (targets[first + s] >= middle)) {
                right++;
            }
        }
    }

    /**
     * Counts, for each unit of hidden layer {@code layer}, the last pass's n points where it is silent or flat, and
     * adds them to the layer's histograms.
     */
    private void countLayer(Network net, int layer, int n) {
        Activation activation = net.activation(layer);
        double edge = edge(activation);
        double aLow = aLow(activation);
        double aHigh = aHigh(activation);
        int base = (layer - 1) * BINS;
        for (int j = 0; j < net.size(layer); j++) {
            pass.pointPreActivations(layer, j, sums, 0);
            pass.pointOutputs(layer, j, values, 0);
            int u = offsets[layer] + j;
            for (int s = 0; s < n; s++) {
                double z = sums[s];
                if (z <= 0) {
                    nonPositive[u]++;
                }
                if (z > edge) {
                    flatHigh[u]++;
                } else if (z < -edge) {
                    flatLow[u]++;
                }
                int b = bin(z, -Z_RANGE, Z_RANGE);
                if (b >= 0) {
                    zBins[base + b]++;
                }
                b = bin(values[s], aLow, aHigh);
                if (b >= 0) {
                    aBins[base + b]++;
                }
            }
        }
    }

    /** The bin of v among BINS equal bins over [low, high], the end bins taking what lies beyond; −1 for NaN. */
    static int bin(double v, double low, double high) {
        if (v != v) {
            return -1;
        }
        double b = Math.floor((v - low) / (high - low) * BINS);
        return b < 0 ? 0 : b >= BINS ? BINS - 1 : (int) b;
    }

    /** The low end of a's histogram for {@code activation}: 0 for sigmoid, −1 for tanh, −{@link #Z_RANGE} else. */
    public static double aLow(Activation activation) {
        return activation == Activation.SIGMOID ? 0 : activation == Activation.TANH ? -1 : -Z_RANGE;
    }

    /** The high end of a's histogram for {@code activation}: 1 for sigmoid and tanh, {@link #Z_RANGE} else. */
    public static double aHigh(Activation activation) {
        return activation == Activation.SIGMOID || activation == Activation.TANH ? 1 : Z_RANGE;
    }

    /**
     * How many (unit, point) pairs of hidden layer {@code layer} fell into bin {@code bin} of the z histogram
     * ({@code preActivation}) or of the a histogram.
     */
    public int binCount(int layer, int bin, boolean preActivation) {
        if (layer < 1 || layer >= network.layerCount() || bin < 0 || bin >= BINS) {
            throw new IllegalArgumentException("layer (" + layer + ") must be a hidden layer and bin (" + bin
                    + ") in 0.." + (BINS - 1));
        }
        return (preActivation ? zBins : aBins)[(layer - 1) * BINS + bin];
    }

    /** How many censuses this object has taken: a new number means new counts. */
    public int revision() {
        return censuses;
    }

    /** Where φ counts as flat: the edge for sigmoid and tanh, +∞ for the others (which never flatten out). */
    public static double edge(Activation activation) {
        return switch (activation) {
            case SIGMOID -> TrainingDiagnosis.SIGMOID_EDGE;
            case TANH -> TrainingDiagnosis.TANH_EDGE;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** L, the network's weight layers; hidden layers are 1 … L − 1. */
    public int layerCount() {
        return network == null ? 0 : network.layerCount();
    }

    public int size(int layer) {
        return network.size(layer);
    }

    public Activation activation(int layer) {
        return network.activation(layer);
    }

    /** The number of points counted. */
    public int samples() {
        return count;
    }

    /** The units of hidden layer {@code layer} with z ≤ 0 on every point (none when there were no points). */
    public int deadUnits(int layer) {
        if (count == 0) {
            return 0;
        }
        int dead = 0;
        for (int j = 0; j < network.size(layer); j++) {
            if (nonPositive[offsets[layer] + j] == count) {
                dead++;
            }
        }
        return dead;
    }

    /**
     * The units of hidden layer {@code layer} stuck on one flat side: z beyond +edge, or beyond −edge, on more than
     * {@link TrainingDiagnosis#SATURATED_POINTS} of the points.
     */
    public int saturatedUnits(int layer) {
        int result = 0;
        double limit = TrainingDiagnosis.SATURATED_POINTS * count;
        for (int j = 0; j < network.size(layer); j++) {
            int u = offsets[layer] + j;
            if (flatHigh[u] > limit || flatLow[u] > limit) {
                result++;
            }
        }
        return result;
    }

    /** The output for the first point (NaN when there were none): with a dead layer, the output everywhere. */
    double firstOutput() {
        return firstOutput;
    }

    /** The share of points on the right side; NaN for regression or no points. */
    double accuracy() {
        return classification && count > 0 ? (double) right / count : Double.NaN;
    }

    /**
     * Whether the points are fitted: for classification every point on the right side, for regression a loss
     * below {@code smallLoss}. False when there were no points.
     */
    boolean fitted(double loss, double smallLoss) {
        if (count == 0) {
            return false;
        }
        return classification ? right == count : loss < smallLoss;
    }
}
