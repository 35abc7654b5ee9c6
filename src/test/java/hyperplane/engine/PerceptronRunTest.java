package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PerceptronRunTest {
    /** The perceptron lesson's seven points (DESIGN.md §4), in order. */
    static final double[] LESSON_POINTS = {0.8, 0.4, 0.3, 0.1, 0.8, 0.8, 0.4, 0.6, 0.6, 0.8, 0.4, 0.2, 0.4, 0.5};
    static final int[] LESSON_LABELS = {0, 0, 1, 1, 1, 0, 1};
    static final double[] XOR_POINTS = {0, 0, 1, 1, 0, 1, 1, 0};
    static final int[] XOR_LABELS = {0, 0, 1, 1};

    private static PerceptronRun lessonRun(double eta) {
        return new PerceptronRun(new Perceptron(2, eta), LESSON_POINTS, LESSON_LABELS, 7, 1000);
    }

    @Test
    void convergesOnTheLessonPointsWithEtaOneTenth() {
        PerceptronRun run = lessonRun(0.1);
        assertEquals(PerceptronRun.Status.CONVERGED, run.run());
        // From zero weights: 8 epochs (the 8th clean), 23 updates.
        assertEquals(8, run.completedEpochs());
        assertEquals(23, run.totalUpdates());
        assertArrayEquals(new int[] {4, 4, 4, 4, 2, 2, 3, 0}, run.mistakesPerEpoch());
        assertArrayEquals(new double[] {-0.12000000000000002, 0.32, -0.1}, run.perceptron().weights(), 1e-15);
        int[] mistakes = run.mistakesPerEpoch();
        assertEquals(0, mistakes[mistakes.length - 1]);
        int sum = 0;
        for (int m : mistakes) {
            sum += m;
        }
        assertEquals(run.totalUpdates(), sum);
        classifiesAllLessonPoints(run.perceptron());
    }

    @Test
    void convergesOnTheLessonPointsWithEtaOne() {
        PerceptronRun run = lessonRun(1.0);
        assertEquals(PerceptronRun.Status.CONVERGED, run.run());
        // From zero weights the weights are η times a sum of ±x̃, so η only scales them: same run as η = 0.1.
        assertEquals(8, run.completedEpochs());
        assertEquals(23, run.totalUpdates());
        assertArrayEquals(new double[] {-1.2000000000000002, 3.2, -1.0}, run.perceptron().weights());
        classifiesAllLessonPoints(run.perceptron());
    }

    private static void classifiesAllLessonPoints(Perceptron p) {
        for (int i = 0; i < 7; i++) {
            assertEquals(LESSON_LABELS[i], p.predict(LESSON_POINTS, 2 * i), "point " + i);
        }
    }

    @Test
    void onXorTheWeightsReturnAndTheRunSaysItCycles() {
        PerceptronRun run = new PerceptronRun(new Perceptron(2, 0.1), XOR_POINTS, XOR_LABELS, 4, 1000);
        assertEquals(PerceptronRun.Status.CYCLES, run.run());
        int end = run.completedEpochs();
        int start = run.cycleStart();
        assertTrue(start >= 1 && start < end && end < 20, "cycle from " + start + " to " + end);
        double[] last = run.perceptron().weights();
        // The same weights after epoch `start`: replay to there and compare, bit for bit.
        PerceptronRun replay = new PerceptronRun(new Perceptron(2, 0.1), XOR_POINTS, XOR_LABELS, 4, start);
        replay.run();
        assertArrayEquals(last, replay.perceptron().weights());
        for (int m : run.mistakesPerEpoch()) {
            assertTrue(m > 0);
        }
        // Uncapped, the plain rule would repeat epochs start+1..end forever: a cap above the cycle changes nothing.
        PerceptronRun longer = new PerceptronRun(new Perceptron(2, 0.1), XOR_POINTS, XOR_LABELS, 4, 10000);
        assertEquals(PerceptronRun.Status.CYCLES, longer.run());
        assertEquals(end, longer.completedEpochs());
    }

    @Test
    void withoutACycleXorStopsAtTheCap() {
        PerceptronRun run = new PerceptronRun(new Perceptron(2, 0.1), XOR_POINTS, XOR_LABELS, 4, 1);
        assertEquals(PerceptronRun.Status.NOT_SEPARABLE, run.run());
        assertEquals(1, run.completedEpochs());
        assertEquals(0, run.cycleStart());
        for (int m : run.mistakesPerEpoch()) {
            assertTrue(m > 0);
        }
        assertTrue(run.isFinished());
    }

    @Test
    void firstStepIsTheHandWorkedUpdate() {
        PerceptronRun run = lessonRun(0.1);
        PerceptronStep s = run.step();
        assertEquals(1, s.epoch());
        assertEquals(0, s.index());
        assertArrayEquals(new double[] {0.8, 0.4, 1.0}, s.extendedInput());
        assertArrayEquals(new double[] {0.8, 0.4}, s.input());
        assertEquals(0.0, s.netInput());
        assertEquals(1, s.output());
        assertEquals(0, s.label());
        assertEquals(-1, s.error());
        assertTrue(s.mistake());
        assertArrayEquals(new double[] {-0.1 * 0.8, -0.1 * 0.4, -0.1}, s.update());
        assertArrayEquals(new double[] {0, 0, 0}, s.weightsBefore());
        assertArrayEquals(new double[] {-0.1 * 0.8, -0.1 * 0.4, -0.1}, s.weightsAfter());
        assertFalse(s.epochEnded());
        assertEquals(PerceptronRun.Status.RUNNING, s.status());
        assertEquals(1, run.cursor());
        assertEquals(1, run.mistakesThisEpoch());
    }

    @Test
    void secondStepSeesTheFirstUpdate() {
        PerceptronRun run = lessonRun(0.1);
        run.step();
        PerceptronStep s = run.step();
        // w = (-0.08, -0.04, -0.1); x = (0.3, 0.1): w.x~ = -0.024 - 0.004 - 0.1 < 0, f = 0 = y.
        assertEquals(-0.08000000000000002 * 0.3 + -0.04000000000000001 * 0.1 + -0.1, s.netInput(), 0.0);
        assertEquals(0, s.output());
        assertFalse(s.mistake());
        assertArrayEquals(new double[] {0, 0, 0}, s.update());
        assertArrayEquals(s.weightsBefore(), s.weightsAfter());
    }

    @Test
    void everyStepIsConsistent() {
        PerceptronRun run = lessonRun(0.1);
        int steps = 0;
        int updates = 0;
        while (!run.isFinished()) {
            PerceptronStep s = run.step();
            steps++;
            double[] x = s.extendedInput();
            double[] before = s.weightsBefore();
            double[] after = s.weightsAfter();
            double[] update = s.update();
            double net = 0;
            for (int i = 0; i < 3; i++) {
                net += before[i] * x[i];
            }
            assertEquals(net, s.netInput(), 1e-15);
            assertEquals(s.netInput() >= 0 ? 1 : 0, s.output());
            assertEquals(s.label() - s.output(), s.error());
            for (int i = 0; i < 3; i++) {
                assertEquals(0.1 * s.error() * x[i], update[i], 0.0);
                assertEquals(before[i] + update[i], after[i], 0.0);
            }
            assertEquals(s.index() == 6, s.epochEnded());
            if (s.mistake()) {
                updates++;
            }
        }
        assertEquals(56, steps);
        assertEquals(run.totalUpdates(), updates);
        assertEquals(PerceptronRun.Status.CONVERGED, run.status());
    }

    @Test
    void steppingMatchesRunning() {
        PerceptronRun stepped = lessonRun(0.1);
        while (!stepped.isFinished()) {
            stepped.step();
        }
        PerceptronRun ran = lessonRun(0.1);
        ran.run();
        assertArrayEquals(ran.perceptron().weights(), stepped.perceptron().weights());
        assertArrayEquals(ran.mistakesPerEpoch(), stepped.mistakesPerEpoch());
    }

    @Test
    void stepEpochReturnsThatEpochsMistakes() {
        PerceptronRun run = lessonRun(0.1);
        int first = run.stepEpoch();
        assertEquals(1, run.completedEpochs());
        assertEquals(2, run.epoch());
        assertEquals(0, run.cursor());
        assertEquals(first, run.mistakesPerEpoch()[0]);
        run.step();
        int second = run.stepEpoch();
        assertEquals(second, run.mistakesPerEpoch()[1]);
        assertEquals(3, run.epoch());
    }

    @Test
    void resetRestoresStartingWeightsAndProgress() {
        Perceptron p = new Perceptron(2, 0.1);
        p.setWeights(new double[] {0.2, -0.1, 0.05});
        PerceptronRun run = new PerceptronRun(p, LESSON_POINTS, LESSON_LABELS, 7, 1000);
        run.run();
        run.reset();
        assertArrayEquals(new double[] {0.2, -0.1, 0.05}, p.weights());
        assertEquals(PerceptronRun.Status.RUNNING, run.status());
        assertEquals(1, run.epoch());
        assertEquals(0, run.cursor());
        assertEquals(0, run.totalUpdates());
        assertEquals(0, run.mistakesPerEpoch().length);
    }

    @Test
    void lastStepReportsTheFinalStatus() {
        PerceptronRun run = new PerceptronRun(new Perceptron(2, 0.1), XOR_POINTS, XOR_LABELS, 4, 1);
        PerceptronStep last = null;
        for (int i = 0; i < 4; i++) {
            last = run.step();
        }
        assertTrue(last.epochEnded());
        assertEquals(PerceptronRun.Status.NOT_SEPARABLE, last.status());
        IllegalStateException e = assertThrows(IllegalStateException.class, run::step);
        assertEquals("the run has finished: NOT_SEPARABLE after 1 epochs", e.getMessage());
    }

    @Test
    void emptyPointListIsConvergedAtOnce() {
        PerceptronRun run = new PerceptronRun(new Perceptron(2, 0.1), new double[0], new int[0], 0, 10);
        assertEquals(PerceptronRun.Status.CONVERGED, run.status());
        assertEquals(0, run.epoch());
        assertThrows(IllegalStateException.class, run::step);
    }

    @Test
    void copiesThePoints() {
        double[] points = LESSON_POINTS.clone();
        PerceptronRun run = new PerceptronRun(new Perceptron(2, 0.1), points, LESSON_LABELS, 7, 10);
        points[0] = 99;
        assertEquals(0.8, run.coordinate(0, 0));
        assertEquals(1, run.label(2));
    }

    @Test
    void rejectsBadArguments() {
        Perceptron p = new Perceptron(2, 0.1);
        assertEquals("count (8) must be in [0, min(7, 7)]", assertThrows(IllegalArgumentException.class,
                () -> new PerceptronRun(p, LESSON_POINTS, LESSON_LABELS, 8, 10)).getMessage());
        assertEquals("maxEpochs (0) must be >= 1", assertThrows(IllegalArgumentException.class,
                () -> new PerceptronRun(p, LESSON_POINTS, LESSON_LABELS, 7, 0)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new PerceptronRun(p, new double[] {0, 0}, new int[] {3}, 1, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new PerceptronRun(p, new double[] {Double.NaN, 0}, new int[] {1}, 1, 10));
    }
}
