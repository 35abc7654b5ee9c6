package hyperplane.view;

import hyperplane.engine.Activation;
import hyperplane.engine.Network;

/**
 * The colour ranges of the playground's heatmaps and the one atlas that holds every neuron's thumbnail. The
 * network's output is coloured over its activation's range ([0, 1] for a sigmoid, else [−1, 1]); a neuron's over
 * [0, 1] for a sigmoid or softmax, [−1, 1] for tanh, and otherwise over ±(the largest magnitude it takes on the
 * grid), so an unbounded neuron still shows its shape. Inputs (layer 0) are unbounded. A softmax output neuron j is
 * class j's probability and shows in class j's own scale ({@link ClassPalette#probabilityScale}).
 */
public final class NeuronColors {
    private NeuronColors() {
    }

    /** The lower end of the main heatmap's range when it shows the network's output. */
    public static double outputMin(Activation output) {
        return output == Activation.SIGMOID ? 0 : -1;
    }

    /**
     * The upper end of the colour range for a neuron's outputs {@code values[0 … count − 1]}: 1 for sigmoid and
     * tanh, else the largest magnitude (1 when all are below 10^−12, or NaN).
     */
    public static double max(Network network, int layer, double[] values, int count) {
        if (layer > 0) {
            Activation a = network.activation(layer);
            if (a == Activation.SIGMOID || a == Activation.TANH || a == Activation.SOFTMAX) {
                return 1;
            }
        }
        double m = 0;
        for (int i = 0; i < count; i++) {
            double v = Math.abs(values[i]);
            if (v > m) {
                m = v;
            }
        }
        return m > 1e-12 ? m : 1;
    }

    /** The lower end, for the upper end {@code max}: 0 for a sigmoid or softmax neuron, else −max. */
    public static double min(Network network, int layer, double max) {
        Activation a = layer > 0 ? network.activation(layer) : null;
        return a == Activation.SIGMOID || a == Activation.SOFTMAX ? 0 : -max;
    }

    /** The scale neuron {@code neuron} of {@code layer} shows in: its class's for a softmax, else {@code scale}. */
    public static ColorScale scaleOf(Network network, int layer, int neuron, ColorScale scale) {
        boolean softmax = layer > 0 && network.activation(layer) == Activation.SOFTMAX;
        return softmax ? ClassPalette.probabilityScale(neuron, scale.isDiscretized()) : scale;
    }

    /**
     * Fills {@code atlas} with every neuron's thumbnail side by side, in the order layer by layer, neuron by
     * neuron: thumbnail k (of {@code grids[k]}, size × size values) at x = k · size in a row of
     * size · grids.length pixels, each in its own colour range.
     *
     * @param thumbnail a size × size raster, reused for each neuron
     */
    public static void fillAtlas(Network network, double[][] grids, HeatmapRaster thumbnail, int size,
            ColorScale scale, int[] atlas) {
        int atlasWidth = size * grids.length;
        int k = 0;
        for (int l = 0; l <= network.layerCount(); l++) {
            for (int j = 0; j < network.size(l); j++) {
                double[] values = grids[k];
                double max = max(network, l, values, size * size);
                thumbnail.fill(values, size, min(network, l, max), max, scaleOf(network, l, j, scale), 255);
                int[] pixels = thumbnail.pixels();
                for (int row = 0; row < size; row++) {
                    System.arraycopy(pixels, row * size, atlas, row * atlasWidth + k * size, size);
                }
                k++;
            }
        }
    }
}
