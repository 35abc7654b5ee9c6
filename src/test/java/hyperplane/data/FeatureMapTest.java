package hyperplane.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureMapTest {
    @Test
    void featuresComputeTheirFormulas() {
        assertEquals(3, Feature.X1.value(3, -2), 0);
        assertEquals(-2, Feature.X2.value(3, -2), 0);
        assertEquals(9, Feature.X1_SQUARED.value(3, -2), 0);
        assertEquals(4, Feature.X2_SQUARED.value(3, -2), 0);
        assertEquals(-6, Feature.X1_TIMES_X2.value(3, -2), 0);
        assertEquals(Math.sin(3), Feature.SIN_X1.value(3, -2), 0);
        assertEquals(Math.sin(-2), Feature.SIN_X2.value(3, -2), 0);
        assertEquals("x₁²", Feature.X1_SQUARED.label());
        for (Feature f : Feature.values()) {
            assertSame(f, Feature.fromKey(f.key()));
        }
        assertThrows(IllegalArgumentException.class, () -> Feature.fromKey("cosx1"));
    }

    @Test
    void transformWritesFeaturesInOrderAtOffset() {
        FeatureMap map = new FeatureMap(Feature.X1_TIMES_X2, Feature.X1);
        double[] out = new double[4];
        map.transform(2, 5, out, 1);
        assertArrayEquals(new double[] {0, 10, 2, 0}, out, 0);
        assertEquals(2, map.count());
        assertSame(Feature.X1, map.feature(1));
        assertTrue(map.contains(Feature.X1));
        assertThrows(IllegalArgumentException.class, () -> map.transform(0, 0, out, 3));
    }

    @Test
    void fillWritesTheChosenSplitAndMapsTanhTargets() {
        Dataset d = Dataset.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}, new double[] {0, 1, 1},
                new boolean[] {true, false, true});
        FeatureMap map = new FeatureMap(List.of(Feature.X1, Feature.X2_SQUARED));
        double[] inputs = new double[6];
        double[] targets = new double[3];
        assertEquals(2, map.fill(d, true, inputs, targets, Activation.SIGMOID));
        assertArrayEquals(new double[] {1, 16, 3, 36, 0, 0}, inputs, 0);
        assertArrayEquals(new double[] {0, 1, 0}, targets, 0);
        assertEquals(2, map.fill(d, true, inputs, targets, Activation.TANH));
        assertArrayEquals(new double[] {-1, 1, 0}, targets, 0);
        assertEquals(1, map.fill(d, false, inputs, targets, Activation.TANH));
        assertEquals(2, inputs[0], 0);
        assertEquals(1, targets[0], 0);
        assertEquals(2, FeatureMap.count(d, true));
    }

    @Test
    void fillKeepsRegressionTargetsWithTanh() {
        Dataset d = Dataset.of(new double[] {1}, new double[] {2}, new double[] {0}, new boolean[] {true},
                ProblemType.REGRESSION);
        double[] targets = new double[1];
        new FeatureMap(Feature.X1).fill(d, true, new double[1], targets, Activation.TANH);
        assertEquals(0, targets[0], 0);
    }

    @Test
    void rejectsBadMapsAndShortArrays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FeatureMap());
        assertEquals("features (empty) must name at least one feature", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FeatureMap(Feature.X1, Feature.X1));
        assertEquals("features[1] (x1) appears twice", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FeatureMap(Feature.X1, null));
        Dataset d = DatasetKind.SEVEN_POINTS.generate(7, 0, 0.5, null);
        FeatureMap map = new FeatureMap(Feature.X1, Feature.X2);
        e = assertThrows(IllegalArgumentException.class,
                () -> map.fill(d, true, new double[13], new double[7], Activation.SIGMOID));
        assertEquals("inputs (length 13) must hold 7 samples of 2 features", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> map.fill(d, true, new double[14], new double[6], Activation.SIGMOID));
    }

    @Test
    void fillMakesOneHotTargetsBehindASoftmax() {
        Dataset d = Dataset.of(new double[] {1, 2, 3, 4}, new double[] {0, 0, 0, 0}, new double[] {2, 0, 1, 2},
                new boolean[] {true, true, false, true}, ProblemType.CLASSIFICATION);
        FeatureMap map = new FeatureMap(Feature.X1);
        double[] inputs = new double[3];
        double[] targets = new double[9];
        assertEquals(3, map.fill(d, true, inputs, targets, Activation.SOFTMAX, 3));
        assertArrayEquals(new double[] {1, 2, 4}, inputs, 0);
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 0, 1}, targets, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> map.fill(d, true, inputs, targets, Activation.SOFTMAX, 2));
        assertEquals("label[0] (2.0) must be a class below 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> map.fill(d, true, inputs, new double[8], Activation.SOFTMAX, 3));
        assertEquals("targets (length 8) must hold 9 values", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> map.fill(d, true, inputs, targets, Activation.SIGMOID, 3));
        assertEquals("outputs (3) must be 1 behind sigmoid", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> map.fill(d, true, inputs, targets, Activation.SOFTMAX, 1));
    }
}
