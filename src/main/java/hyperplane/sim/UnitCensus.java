package hyperplane.sim;

import hyperplane.engine.Activation;
import hyperplane.engine.Network;

/**
 * One forward pass of a network over a set of points, counted per hidden unit: on how many points its z is ≤ 0
 * (a ReLU unit is then silent and its slope 0) and on how many z is beyond the flat edge of its sigmoid or tanh
 * ({@link TrainingDiagnosis#SIGMOID_EDGE}, {@link TrainingDiagnosis#TANH_EDGE}), on the positive and on the negative
 * side; and, for classification, how many
 * points the output puts on the right side (above the middle of the output's range means class 1).
 *
 * <p>Hidden unit j of layer l (1 ≤ l &lt; L) is counted at index offset(l) + j, the units of the hidden layers one
 * after another. Uses {@link Network#forward}, which overwrites the network's single-sample values (as any
 * prediction does) and nothing else. Allocates only when the network has more hidden units than any before.
 */
final class UnitCensus {
    private Network network;
    private int[] offsets = new int[0];
    private int[] nonPositive = new int[0];
    private int[] flatHigh = new int[0];
    private int[] flatLow = new int[0];
    private int count;
    private int right;
    private boolean classification;
    private double firstOutput = Double.NaN;

    /**
     * Counts {@code network} over samples 0 … count − 1 (features of sample s at inputs[s · size(0)], target at
     * targets[s], labels 0/1 or −1/+1 for a tanh output).
     */
    void count(Network net, double[] inputs, double[] targets, int samples, boolean isClassification) {
        network = net;
        count = samples;
        classification = isClassification;
        int layers = net.layerCount();
        if (offsets.length < layers + 1) {
            offsets = new int[layers + 1];
        }
        int hidden = 0;
        for (int l = 1; l < layers; l++) {
            offsets[l] = hidden;
            hidden += net.size(l);
        }
        if (nonPositive.length < hidden) {
            nonPositive = new int[hidden];
            flatHigh = new int[hidden];
            flatLow = new int[hidden];
        }
        for (int u = 0; u < hidden; u++) {
            nonPositive[u] = 0;
            flatHigh[u] = 0;
            flatLow[u] = 0;
        }
        double middle = net.activation(layers) == Activation.TANH ? 0 : 0.5;
        int width = net.size(0);
        right = 0;
        firstOutput = Double.NaN;
        for (int s = 0; s < samples; s++) {
            double out = net.forward(inputs, s * width);
            if (s == 0) {
                firstOutput = out;
            }
            if ((out >= middle) == (targets[s] >= middle)) {
                right++;
            }
            for (int l = 1; l < layers; l++) {
                double edge = edge(net.activation(l));
                int base = offsets[l];
                for (int j = 0; j < net.size(l); j++) {
                    double z = net.preActivation(l, j);
                    if (z <= 0) {
                        nonPositive[base + j]++;
                    }
                    if (z > edge) {
                        flatHigh[base + j]++;
                    } else if (z < -edge) {
                        flatLow[base + j]++;
                    }
                }
            }
        }
    }

    /** Where φ counts as flat: the edge for sigmoid and tanh, +∞ for the others (which never flatten out). */
    static double edge(Activation activation) {
        return switch (activation) {
            case SIGMOID -> TrainingDiagnosis.SIGMOID_EDGE;
            case TANH -> TrainingDiagnosis.TANH_EDGE;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** L, the network's weight layers; hidden layers are 1 … L − 1. */
    int layerCount() {
        return network.layerCount();
    }

    int size(int layer) {
        return network.size(layer);
    }

    Activation activation(int layer) {
        return network.activation(layer);
    }

    /** The number of points counted. */
    int samples() {
        return count;
    }

    /** The units of hidden layer {@code layer} with z ≤ 0 on every point (none when there were no points). */
    int deadUnits(int layer) {
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
    int saturatedUnits(int layer) {
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
