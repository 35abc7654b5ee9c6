package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MultiClassPerceptronTest {
    private static final double[] X = {0.5, 1};

    @Test
    void zeroWeightsTieAndTheLowestClassWins() {
        MultiClassPerceptron p = new MultiClassPerceptron(2, 3, 0.5);
        assertEquals(0, p.predict(X, 0));
        double[] scores = new double[3];
        p.scores(X, 0, scores);
        assertArrayEquals(new double[] {0, 0, 0}, scores);
    }

    @Test
    void aTieBetweenTwoLaterClassesGoesToTheLowerOfThem() {
        MultiClassPerceptron p = new MultiClassPerceptron(2, 4, 1);
        p.setWeights(new double[] {0, 0, -1, 0, 0, 2, 0, 0, 5, 0, 0, 5});
        assertEquals(2, p.predict(X, 0));
    }

    @Test
    void aMistakeRaisesTheTrueRowAndLowersTheWinner() {
        MultiClassPerceptron p = new MultiClassPerceptron(2, 3, 0.5);
        // ŷ = 0 (all scores 0), y = 2: w_2 += 0.5·(0.5, 1, 1), w_0 −= the same.
        assertEquals(0, p.train(X, 0, 2));
        assertArrayEquals(new double[] {-0.25, -0.5, -0.5, 0, 0, 0, 0.25, 0.5, 0.5}, p.weights());
        assertEquals(2, p.predict(X, 0));
        // Right now: nothing changes.
        assertEquals(2, p.train(X, 0, 2));
        assertArrayEquals(new double[] {-0.25, -0.5, -0.5, 0, 0, 0, 0.25, 0.5, 0.5}, p.weights());
        assertEquals(0.25 * 0.5 + 0.5 + 0.5, p.score(2, X, 0));
        assertEquals(0.5, p.weight(2, 2));
    }

    @Test
    void refusesBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new MultiClassPerceptron(2, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new MultiClassPerceptron(0, 3, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new MultiClassPerceptron(2, 3, Double.NaN));
        MultiClassPerceptron p = new MultiClassPerceptron(2, 3, 0.1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.train(X, 0, 3));
        assertEquals("label (3) must be in [0, 3)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.setWeights(new double[8]));
        assertThrows(IllegalArgumentException.class, () -> p.setWeights(new double[] {0, 0, 0, 0, Double.NaN, 0, 0,
            0, 0}));
        assertThrows(IllegalArgumentException.class, () -> p.predict(X, 1));
    }

    @Test
    void randomWeightsComeFromTheSeedRowByRow() {
        MultiClassPerceptron a = new MultiClassPerceptron(2, 3, 0.1);
        a.randomizeWeights(new SeededRandom(7));
        SeededRandom r = new SeededRandom(7);
        for (int i = 0; i < 9; i++) {
            double w = a.weights()[i];
            assertEquals(r.nextDouble(-0.5, 0.5), w);
        }
    }
}
