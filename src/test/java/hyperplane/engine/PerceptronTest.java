package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PerceptronTest {
    @Test
    void startsWithZeroWeightsAndClassifiesEverythingAsOne() {
        Perceptron p = new Perceptron(2, 0.1);
        assertArrayEquals(new double[] {0, 0, 0}, p.weights());
        assertEquals(1, p.predict(new double[] {-5, 3}));
    }

    @Test
    void biasIsTheLastWeight() {
        Perceptron p = new Perceptron(2, 0.1);
        p.setWeights(new double[] {1, 2, -3});
        assertEquals(-3, p.bias());
        assertEquals(-3, p.weight(2));
        assertEquals(1 * 0.5 + 2 * 0.25 - 3, p.netInput(new double[] {0.5, 0.25}));
    }

    @Test
    void pointOnTheLineIsClassOne() {
        Perceptron p = new Perceptron(2, 0.1);
        p.setWeights(new double[] {1, 1, -1});
        assertEquals(1, p.predict(new double[] {0.5, 0.5}));
        assertEquals(0, p.predict(new double[] {0.5, 0.49}));
    }

    @Test
    void nanInputIsClassZero() {
        Perceptron p = new Perceptron(2, 0.1);
        assertEquals(0, p.predict(new double[] {Double.NaN, 0}));
    }

    @Test
    void firstUpdateFollowsTheRuleExactly() {
        Perceptron p = new Perceptron(2, 0.1);
        int error = p.train(new double[] {0.8, 0.4}, 0);
        assertEquals(-1, error);
        assertArrayEquals(new double[] {-0.1 * 0.8, -0.1 * 0.4, -0.1}, p.weights());
        assertArrayEquals(new double[] {-0.08000000000000002, -0.04000000000000001, -0.1}, p.weights());
    }

    @Test
    void correctPointChangesNothing() {
        Perceptron p = new Perceptron(2, 0.1);
        p.setWeights(new double[] {0.3, -0.2, 0.1});
        assertEquals(0, p.train(new double[] {0.8, 0.4}, 1));
        assertArrayEquals(new double[] {0.3, -0.2, 0.1}, p.weights());
    }

    @Test
    void randomWeightsAreSeededAndInRange() {
        Perceptron a = new Perceptron(3, 0.1);
        Perceptron b = new Perceptron(3, 0.1);
        a.randomizeWeights(new SeededRandom(5));
        b.randomizeWeights(new SeededRandom(5));
        assertArrayEquals(a.weights(), b.weights());
        SeededRandom reference = new SeededRandom(5);
        for (int i = 0; i < 4; i++) {
            assertEquals(reference.nextDouble(-0.5, 0.5), a.weight(i));
            assertTrue(a.weight(i) >= -0.5 && a.weight(i) < 0.5);
        }
    }

    @Test
    void weightsAccessorReturnsACopy() {
        Perceptron p = new Perceptron(2, 0.1);
        p.weights()[0] = 7;
        assertEquals(0, p.weight(0));
    }

    @Test
    void rejectsNonPositiveLearningRate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Perceptron(2, -1));
        assertEquals("learningRate (-1.0) must be finite and > 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Perceptron(2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Perceptron(2, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Perceptron(2, Double.POSITIVE_INFINITY));
    }

    @Test
    void rejectsZeroInputs() {
        assertEquals("inputs (0) must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> new Perceptron(0, 0.1)).getMessage());
    }

    @Test
    void rejectsBadLabelWeightsAndShapes() {
        Perceptron p = new Perceptron(2, 0.1);
        assertEquals("label (2) must be 0 or 1",
                assertThrows(IllegalArgumentException.class, () -> p.train(new double[] {0, 0}, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.setWeight(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> p.setWeight(3, 1));
        assertThrows(IllegalArgumentException.class, () -> p.setWeights(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> p.predict(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> p.predict(new double[] {1, 2, 3}, 2));
    }
}
