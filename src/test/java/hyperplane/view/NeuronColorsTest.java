package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NeuronColorsTest {
    private static Network network(Activation hidden, Activation output) {
        return Network.create(2, new int[] {3}, hidden, output, Loss.MSE);
    }

    @Test
    void outputRangeFollowsTheOutputActivation() {
        assertEquals(0, NeuronColors.outputMin(Activation.SIGMOID));
        assertEquals(-1, NeuronColors.outputMin(Activation.TANH));
        assertEquals(-1, NeuronColors.outputMin(Activation.LINEAR));
    }

    @Test
    void boundedNeuronsUseTheirActivationsRange() {
        double[] values = {5, -7};
        Network sigmoid = network(Activation.SIGMOID, Activation.SIGMOID);
        assertEquals(1, NeuronColors.max(sigmoid, 1, values, 2));
        assertEquals(0, NeuronColors.min(sigmoid, 1, 1));
        Network tanh = network(Activation.TANH, Activation.LINEAR);
        assertEquals(1, NeuronColors.max(tanh, 1, values, 2));
        assertEquals(-1, NeuronColors.min(tanh, 1, 1));
    }

    @Test
    void unboundedNeuronsAndInputsUseTheLargestMagnitude() {
        double[] values = {5, -7, 100};
        Network relu = network(Activation.RELU, Activation.LINEAR);
        assertEquals(7, NeuronColors.max(relu, 1, values, 2));
        assertEquals(-7, NeuronColors.min(relu, 1, 7));
        // Layer 0 is the inputs, even in a sigmoid network.
        Network sigmoid = network(Activation.SIGMOID, Activation.SIGMOID);
        assertEquals(7, NeuronColors.max(sigmoid, 0, values, 2));
        assertEquals(-7, NeuronColors.min(sigmoid, 0, 7));
    }

    @Test
    void flatOrNanValuesGetTheUnitRange() {
        Network relu = network(Activation.RELU, Activation.LINEAR);
        assertEquals(1, NeuronColors.max(relu, 1, new double[] {0, 1e-13}, 2));
        assertEquals(1, NeuronColors.max(relu, 1, new double[] {Double.NaN}, 1));
    }

    @Test
    void atlasHoldsEveryThumbnailSideBySideInItsOwnRange() {
        Network net = network(Activation.RELU, Activation.SIGMOID);
        int size = 2;
        int neurons = 2 + 3 + 1;
        double[][] grids = new double[neurons][size * size];
        for (int k = 0; k < neurons; k++) {
            for (int i = 0; i < size * size; i++) {
                grids[k][i] = (k + 1) * (i - 1.5);
            }
        }
        ColorScale scale = ColorScale.continuous();
        HeatmapRaster thumbnail = new HeatmapRaster(size, size);
        int[] atlas = new int[size * size * neurons];
        NeuronColors.fillAtlas(net, grids, thumbnail, size, scale, atlas);
        int k = 0;
        for (int l = 0; l <= 2; l++) {
            for (int j = 0; j < net.size(l); j++) {
                double max = NeuronColors.max(net, l, grids[k], size * size);
                HeatmapRaster alone = new HeatmapRaster(size, size);
                alone.fill(grids[k], size, NeuronColors.min(net, l, max), max, scale, 255);
                for (int row = 0; row < size; row++) {
                    int at = row * size * neurons + k * size;
                    assertArrayEquals(Arrays.copyOfRange(alone.pixels(), row * size, row * size + size),
                            Arrays.copyOfRange(atlas, at, at + size), "neuron " + k + ", row " + row);
                }
                k++;
            }
        }
    }

    @Test
    void softmaxNeuronsShowTheirClassProbability() {
        Network k3 = new Network(new int[] {2, 3, 3}, new Activation[] {Activation.TANH, Activation.SOFTMAX},
                Loss.CROSS_ENTROPY);
        double[] values = {0.2, 0.9};
        assertEquals(1, NeuronColors.max(k3, 2, values, 2));
        assertEquals(0, NeuronColors.min(k3, 2, 1));
        ColorScale scale = ColorScale.continuous();
        assertEquals(scale, NeuronColors.scaleOf(k3, 1, 2, scale));
        ColorScale green = NeuronColors.scaleOf(k3, 2, 2, scale);
        assertEquals(ColorScale.MIDDLE, green.colorFor(0, 0, 1));
        assertEquals(ClassPalette.color(2), green.colorFor(1, 0, 1));
        ColorScale flat = NeuronColors.scaleOf(k3, 2, 1, ColorScale.discretized());
        assertEquals(ClassPalette.color(1), flat.colorFor(0.6, 0, 1));
        assertEquals(ColorScale.MIDDLE, flat.colorFor(0.4, 0, 1));
    }
}
