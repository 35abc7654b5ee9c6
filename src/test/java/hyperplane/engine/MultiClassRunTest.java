package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link PerceptronRun} driving a {@link MultiClassPerceptron}: the K-class rule, its verdicts, its step numbers. */
class MultiClassRunTest {
    /** Three points of three classes, worked by hand below: dyadic numbers, so every sum is exact. */
    static final double[] HAND_POINTS = {0.5, 1, 1, 0.5, 0, 0};
    static final int[] HAND_LABELS = {2, 1, 0};

    private static PerceptronRun handRun() {
        return new PerceptronRun(new MultiClassPerceptron(2, 3, 0.5), HAND_POINTS, HAND_LABELS, 3, 1000);
    }

    @Test
    void theFirstEpochIsTheHandWorkedOne() {
        PerceptronRun run = handRun();
        assertEquals(3, run.classes());
        assertNull(run.perceptron());
        // Point 1, x̃ = (0.5, 1, 1), y = 2: every score is 0, the tie goes to class 0, a mistake.
        PerceptronStep a = run.step();
        assertTrue(a.multiClass());
        assertEquals(3, a.classes());
        assertArrayEquals(new double[] {0.5, 1, 1}, a.extendedInput());
        assertArrayEquals(new double[] {0, 0, 0}, a.scores());
        assertEquals(0, a.output());
        assertEquals(2, a.label());
        assertTrue(a.mistake());
        assertArrayEquals(new double[] {-0.25, -0.5, -0.5, 0, 0, 0, 0.25, 0.5, 0.5}, a.update());
        assertArrayEquals(new double[9], a.weightsBefore());
        assertArrayEquals(new double[] {-0.25, -0.5, -0.5, 0, 0, 0, 0.25, 0.5, 0.5}, a.weightsAfter());
        // Point 2, x̃ = (1, 0.5, 1), y = 1: scores −1, 0, 1, so ŷ = 2: w_1 += 0.5 x̃, w_2 −= 0.5 x̃.
        PerceptronStep b = run.step();
        assertArrayEquals(new double[] {-1, 0, 1}, b.scores());
        assertEquals(2, b.output());
        assertEquals(1, b.netInput());
        assertArrayEquals(new double[] {0, 0, 0, 0.5, 0.25, 0.5, -0.5, -0.25, -0.5}, b.update());
        assertArrayEquals(new double[] {-0.25, -0.5, -0.5, 0.5, 0.25, 0.5, -0.25, 0.25, 0}, b.weightsAfter());
        // Point 3, x̃ = (0, 0, 1), y = 0: scores −0.5, 0.5, 0, so ŷ = 1: w_0 += (0, 0, 0.5), w_1 −= it.
        PerceptronStep c = run.step();
        assertArrayEquals(new double[] {-0.5, 0.5, 0}, c.scores());
        assertEquals(1, c.output());
        assertArrayEquals(new double[] {0, 0, 0.5, 0, 0, -0.5, 0, 0, 0}, c.update());
        assertArrayEquals(new double[] {-0.25, -0.5, 0, 0.5, 0.25, 0, -0.25, 0.25, 0}, c.weightsAfter());
        assertTrue(c.epochEnded());
        assertArrayEquals(new int[] {3}, run.mistakesPerEpoch());
        assertArrayEquals(c.weightsAfter(), run.weights());
    }

    @Test
    void aTieOnTheTrueClassIsNoMistake() {
        PerceptronRun run = handRun();
        run.stepEpoch();
        // Epoch 2 moves rows 1 and 2 at points 1 and 2; at point 3, x̃ = (0, 0, 1), every bias is 0: a three-way tie,
        // won by class 0, which is the label.
        run.step();
        run.step();
        PerceptronStep c = run.step();
        assertArrayEquals(new double[] {0, 0, 0}, c.scores());
        assertEquals(0, c.output());
        assertFalse(c.mistake());
        assertArrayEquals(new double[9], c.update());
        assertArrayEquals(c.weightsBefore(), c.weightsAfter());
    }

    @Test
    void everyStepIsConsistent() {
        PerceptronRun run = separableRun(3, 11, 0.1);
        while (!run.isFinished()) {
            PerceptronStep s = run.step();
            double[] x = s.extendedInput();
            double[] before = s.weightsBefore();
            double[] scores = s.scores();
            int best = 0;
            for (int c = 0; c < 3; c++) {
                double score = before[3 * c] * x[0] + before[3 * c + 1] * x[1] + before[3 * c + 2];
                assertEquals(score, scores[c], 1e-12);
                if (scores[c] > scores[best]) {
                    best = c;
                }
            }
            assertEquals(best, s.output());
            double[] update = s.update();
            for (int i = 0; i < 9; i++) {
                int row = i / 3;
                double expected = !s.mistake() ? 0 : row == s.label() ? 0.1 * x[i % 3]
                        : row == s.output() ? -(0.1 * x[i % 3]) : 0;
                assertEquals(expected, update[i], 0.0);
                assertEquals(before[i] + update[i], s.weightsAfter()[i], 0.0);
            }
        }
        assertEquals(PerceptronRun.Status.CONVERGED, run.status());
    }

    @Test
    void convergesOnSeparableThreeClassData() {
        for (int seed = 1; seed <= 5; seed++) {
            PerceptronRun run = separableRun(3, seed, 0.1);
            assertEquals(PerceptronRun.Status.CONVERGED, run.run(), "seed " + seed);
            classifiesEveryPoint(run);
        }
    }

    @Test
    void convergesOnSeparableSixClassData() {
        for (int seed = 1; seed <= 5; seed++) {
            PerceptronRun run = separableRun(6, seed, 1);
            assertEquals(PerceptronRun.Status.CONVERGED, run.run(), "seed " + seed);
            classifiesEveryPoint(run);
            int[] mistakes = run.mistakesPerEpoch();
            assertEquals(0, mistakes[mistakes.length - 1]);
        }
    }

    /**
     * Class 0 at both ends of a segment, class 1 at its middle, class 2 off to the side. Each class's region under
     * the max rule, {x : w_c·x̃ ≥ w_j·x̃ for every j}, is an intersection of half-planes and so convex: any region
     * holding (0.25, 0.5) and (0.75, 0.5) holds the midpoint (0.5, 0.5) too, which is class 1. No weights classify
     * all four points. With η = 1 and coordinates in quarters every sum is exact, the weights stay on a finite
     * lattice, and the rule must come back to weights it had after an earlier epoch: the run says it cycles.
     */
    @Test
    void reportsCyclingWhereNoMaxRuleSeparates() {
        double[] points = {0.25, 0.5, 0.5, 0.5, 0.75, 0.5, 0.5, 1};
        int[] labels = {0, 1, 0, 2};
        PerceptronRun run = new PerceptronRun(new MultiClassPerceptron(2, 3, 1), points, labels, 4, 10000);
        assertEquals(PerceptronRun.Status.CYCLES, run.run());
        int end = run.completedEpochs();
        int start = run.cycleStart();
        assertTrue(start >= 1 && start < end, "cycle from " + start + " to " + end);
        for (int m : run.mistakesPerEpoch()) {
            assertTrue(m > 0);
        }
        PerceptronRun replay = new PerceptronRun(new MultiClassPerceptron(2, 3, 1), points, labels, 4, start);
        replay.run();
        assertArrayEquals(run.weights(), replay.weights());

        PerceptronRun capped = new PerceptronRun(new MultiClassPerceptron(2, 3, 1), points, labels, 4, 1);
        assertEquals(PerceptronRun.Status.NOT_SEPARABLE, capped.run());
    }

    @Test
    void resetRestoresTheStartingRows() {
        MultiClassPerceptron p = new MultiClassPerceptron(2, 3, 0.5);
        p.randomizeWeights(new SeededRandom(3));
        double[] start = p.weights();
        PerceptronRun run = new PerceptronRun(p, HAND_POINTS, HAND_LABELS, 3, 1000);
        run.run();
        run.reset();
        assertArrayEquals(start, p.weights());
        assertEquals(0, run.totalUpdates());
        assertEquals(1, run.epoch());
    }

    @Test
    void refusesALabelOfNoClass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PerceptronRun(
                new MultiClassPerceptron(2, 3, 0.5), HAND_POINTS, new int[] {0, 3, 1}, 3, 10));
        assertEquals("label (3) must be in [0, 3)", e.getMessage());
    }

    private static void classifiesEveryPoint(PerceptronRun run) {
        MultiClassPerceptron p = run.multiClassPerceptron();
        double[] x = new double[2];
        for (int i = 0; i < run.pointCount(); i++) {
            x[0] = run.coordinate(i, 0);
            x[1] = run.coordinate(i, 1);
            assertEquals(run.label(i), p.predict(x, 0), "point " + i);
        }
    }

    /**
     * 15·K points on the unit square labelled by the nearest of K random centres. The nearest centre μ_c is the one
     * with the largest 2μ_c·x − |μ_c|², a linear score, so the max rule with rows (2μ_c, −|μ_c|²) separates the
     * points; points within 0.03 of a cell boundary are drawn again, so the margin is positive.
     */
    static PerceptronRun separableRun(int k, int seed, double eta) {
        SeededRandom random = new SeededRandom(seed);
        double[] centres = new double[2 * k];
        for (int c = 0; c < k; c++) {
            centres[2 * c] = random.nextDouble(0.1, 0.9);
            centres[2 * c + 1] = random.nextDouble(0.1, 0.9);
        }
        int n = 15 * k;
        double[] points = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            do {
                points[2 * i] = random.nextDouble();
                points[2 * i + 1] = random.nextDouble();
            } while (margin(centres, k, points[2 * i], points[2 * i + 1], labels, i) < 0.03);
        }
        return new PerceptronRun(new MultiClassPerceptron(2, k, eta), points, labels, n, 10000);
    }

    /** Labels point i by its nearest centre and returns its distance from the nearest other cell. */
    private static double margin(double[] centres, int k, double x, double y, int[] labels, int i) {
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (dist2(centres, c, x, y) < dist2(centres, best, x, y)) {
                best = c;
            }
        }
        labels[i] = best;
        double smallest = Double.MAX_VALUE;
        for (int c = 0; c < k; c++) {
            if (c != best) {
                double gap = Math.hypot(centres[2 * c] - centres[2 * best], centres[2 * c + 1] - centres[2 * best + 1]);
                smallest = Math.min(smallest, (dist2(centres, c, x, y) - dist2(centres, best, x, y)) / (2 * gap));
            }
        }
        return smallest;
    }

    private static double dist2(double[] centres, int c, double x, double y) {
        double dx = x - centres[2 * c];
        double dy = y - centres[2 * c + 1];
        return dx * dx + dy * dy;
    }
}
