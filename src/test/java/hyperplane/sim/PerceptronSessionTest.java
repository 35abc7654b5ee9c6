package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.engine.Perceptron;
import hyperplane.engine.PerceptronRun;
import hyperplane.engine.PerceptronStep;
import hyperplane.state.PerceptronSettings;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PerceptronSessionTest {
    private static final double EXACT = 1e-12;

    private static PerceptronSession seven() {
        return new PerceptronSession(PerceptronSettings.defaults());
    }

    @Test
    void firstEpochOnTheSevenPointsHasTheHandComputedNumbers() {
        PerceptronSession session = seven();
        // Each row: x1, x2, w·x̃, f, y, then w after (w1, w2, b), worked by hand with η = 0.1 from w = 0.
        double[][] expected = {
            {0.8, 0.4, 0, 1, 0, -0.08, -0.04, -0.1},
            {0.3, 0.1, -0.128, 0, 0, -0.08, -0.04, -0.1},
            {0.8, 0.8, -0.196, 0, 1, 0, 0.04, 0},
            {0.4, 0.6, 0.024, 1, 1, 0, 0.04, 0},
            {0.6, 0.8, 0.032, 1, 1, 0, 0.04, 0},
            {0.4, 0.2, 0.008, 1, 0, -0.04, 0.02, -0.1},
            {0.4, 0.5, -0.106, 0, 1, 0, 0.07, 0},
        };
        for (int i = 0; i < expected.length; i++) {
            double[] row = expected[i];
            PerceptronStep step = session.step();
            assertEquals(1, step.epoch());
            assertEquals(i, step.index());
            assertArrayEquals(new double[] {row[0], row[1], 1}, step.extendedInput(), EXACT);
            assertEquals(row[2], step.netInput(), EXACT, "w·x̃ at point " + i);
            assertEquals((int) row[3], step.output(), "f at point " + i);
            assertEquals((int) row[4], step.label(), "y at point " + i);
            assertEquals((int) (row[4] - row[3]), step.error());
            double e = 0.1 * step.error();
            assertArrayEquals(new double[] {e * row[0], e * row[1], e}, step.update(), EXACT);
            assertArrayEquals(new double[] {row[5], row[6], row[7]}, step.weightsAfter(), EXACT, "w after " + i);
            assertSame(step, session.lastStep());
            assertEquals(i == 6, step.epochEnded());
        }
        assertArrayEquals(new double[] {4}, session.mistakesPerEpoch());
        assertEquals(4, session.totalUpdates());
        assertEquals(2, session.epoch());
        assertEquals(0, session.nextPoint());
    }

    @Test
    void everyStepMatchesAnIndependentEngineRunUntilConvergence() {
        PerceptronSession session = seven();
        Perceptron reference = new Perceptron(2, 0.1);
        Dataset points = session.points();
        int steps = 0;
        PerceptronStep step;
        while ((step = session.step()) != null) {
            int i = step.index();
            assertEquals(steps % 7, i);
            double[] x = {points.x1(i), points.x2(i)};
            assertArrayEquals(reference.weights(), step.weightsBefore(), 0.0);
            assertEquals(reference.netInput(x), step.netInput(), 0.0);
            int error = reference.train(x, (int) points.label(i));
            assertEquals(error, step.error());
            assertArrayEquals(reference.weights(), step.weightsAfter(), 0.0);
            for (int k = 0; k < 3; k++) {
                assertEquals(step.weightsBefore()[k] + step.update()[k], step.weightsAfter()[k], EXACT);
            }
            steps++;
        }
        assertEquals(PerceptronRun.Status.CONVERGED, session.status());
        assertEquals(steps, 7 * session.completedEpochs());
        assertArrayEquals(reference.weights(), session.weights(), 0.0);
        double[] mistakes = session.mistakesPerEpoch();
        assertEquals(0, mistakes[mistakes.length - 1]);
        double sum = 0;
        for (double m : mistakes) {
            sum += m;
        }
        assertEquals(session.totalUpdates(), (int) sum);
        assertTrue(session.statusText().startsWith("Converged after " + session.completedEpochs() + " epochs, "
                + session.totalUpdates() + " updates"), session.statusText());
    }

    @Test
    void sevenPointsConvergeAfterTheSameEpochsAndUpdatesEveryTime() {
        PerceptronSession session = seven();
        while (session.stepEpoch() != null) {
            assertTrue(session.lastStep().epochEnded() || session.finished());
        }
        int epochs = session.completedEpochs();
        int updates = session.totalUpdates();
        session.reset();
        assertNull(session.lastStep());
        assertEquals(0, session.mistakesPerEpoch().length);
        assertArrayEquals(new double[] {0, 0, 0}, session.weights(), 0.0);
        while (session.step() != null) {
            assertFalse(session.status() == PerceptronRun.Status.NOT_SEPARABLE);
        }
        assertEquals(epochs, session.completedEpochs());
        assertEquals(updates, session.totalUpdates());
        System.out.println("seven points, eta 0.1, zero start: " + session.statusText());
    }

    @Test
    void xorEndsAsSoonAsTheRuleCyclesAndSaysSo() {
        PerceptronSession session = new PerceptronSession(PerceptronSettings.defaults()
                .withData(PerceptronSettings.Data.XOR).withMaxEpochs(25));
        assertEquals(4, session.points().size());
        while (session.stepEpoch() != null) {
            assertTrue(session.completedEpochs() <= 25);
        }
        assertEquals(PerceptronRun.Status.CYCLES, session.status());
        assertEquals(7, session.completedEpochs(), session.statusText());
        for (double m : session.mistakesPerEpoch()) {
            assertTrue(m > 0);
        }
        assertEquals("The weights after epoch 7 equal those after epoch 6: the rule repeats the same epochs forever, "
                + "so it will never find a line that separates these points.", session.statusText());
        assertNull(session.step(), "a finished run does not move");
    }

    @Test
    void aRunThatDoesNotCycleStopsAtTheCapWithTheNotSeparableMessage() {
        PerceptronSession session = new PerceptronSession(PerceptronSettings.defaults()
                .withData(PerceptronSettings.Data.XOR).withMaxEpochs(1));
        session.stepEpoch();
        assertEquals(PerceptronRun.Status.NOT_SEPARABLE, session.status());
        assertEquals("No separating line found after 1 epoch — these points may not be linearly separable.",
                session.statusText());
    }

    @Test
    void randomSeparableSetsAreSeparableAndConverge() {
        for (int seed = 0; seed < 20; seed++) {
            Dataset points = PerceptronSession.separable(seed);
            assertEquals(PerceptronSession.SEPARABLE_COUNT, points.size());
            for (int i = 0; i < points.size(); i++) {
                assertTrue(points.x1(i) >= 0 && points.x1(i) < 1 && points.x2(i) >= 0 && points.x2(i) < 1);
            }
            PerceptronSession session = new PerceptronSession(PerceptronSettings.defaults()
                    .withData(PerceptronSettings.Data.SEPARABLE).withSeed(seed).withMaxEpochs(10000));
            while (session.stepEpoch() != null) {
                // run to the end
            }
            assertEquals(PerceptronRun.Status.CONVERGED, session.status(), "seed " + seed);
        }
        assertEquals(PerceptronSession.separable(7).x1(3), PerceptronSession.separable(7).x1(3), 0.0);
        assertNotEquals(PerceptronSession.separable(7).x1(0), PerceptronSession.separable(8).x1(0));
    }

    @Test
    void randomStartIsSeededAndWithinHalf() {
        PerceptronSettings settings = PerceptronSettings.defaults().withRandomStart(true).withSeed(42);
        double[] a = new PerceptronSession(settings).weights();
        double[] b = new PerceptronSession(settings).weights();
        assertArrayEquals(a, b, 0.0);
        assertArrayEquals(a, new PerceptronSession(settings).startWeights(), 0.0);
        for (double w : a) {
            assertTrue(w >= -0.5 && w < 0.5, "w " + w);
        }
        assertFalse(a[0] == 0 && a[1] == 0 && a[2] == 0);
        double[] other = new PerceptronSession(settings.withSeed(43)).weights();
        assertFalse(Arrays.equals(a, other));
    }

    @Test
    void changingTheSpeedKeepsTheRunAndAnythingElseRestartsIt() {
        PerceptronSession session = seven();
        session.step();
        session.step();
        session.apply(session.settings().withSpeed("fast"));
        assertEquals(2, session.nextPoint());
        assertEquals("fast", session.settings().speed());
        session.apply(session.settings().withLearningRate(0.5));
        assertEquals(0, session.nextPoint());
        assertNull(session.lastStep());
        assertEquals(0.5 * -1 * 0.8, session.step().update()[0], EXACT);
    }

    @Test
    void ownPointsAreLearnedAndNoPointsMeanNothingToDo() {
        PerceptronSession session = new PerceptronSession(PerceptronSettings.defaults()
                .withPoints(Dataset.empty()));
        assertTrue(session.finished());
        assertNull(session.step());
        assertEquals("There are no points to learn: place some on the canvas.", session.statusText());
        Dataset two = Dataset.empty().withPoint(0.2, 0.2, 0, true).withPoint(0.9, 0.9, 1, true);
        session.apply(session.settings().withPoints(two));
        assertEquals(2, session.points().size());
        assertEquals("Epoch 1, point 1 of 2 next; 0 updates so far.", session.statusText());
        PerceptronStep first = session.step();
        assertTrue(first.mistake());
        assertEquals("Epoch 1, point 2 of 2 next; 1 update so far.", session.statusText());
    }

    @Test
    void rejectsMissingSettings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PerceptronSession(null));
        assertTrue(e.getMessage().contains("settings"));
    }

    @Test
    void playSpeedSetsTheTimeBetweenSteps() {
        PerceptronSettings defaults = PerceptronSettings.defaults();
        assertEquals(1000, new PerceptronSession(defaults.withSpeed("slow")).intervalMs());
        assertEquals(500, new PerceptronSession(defaults.withSpeed("normal")).intervalMs());
        assertEquals(100, new PerceptronSession(defaults.withSpeed("fast")).intervalMs());
        assertEquals(700, new PerceptronSession(defaults.withSpeed("epoch")).intervalMs());
        assertEquals(0, new PerceptronSession(defaults.withSpeed("max")).intervalMs(), "max runs every frame");
    }

    @Test
    void asFastAsPossibleEndsWhereStepByStepEndsAndReportsTheLastVisit() {
        PerceptronSession stepped = seven();
        while (stepped.step() != null) {
            // every point, one by one, to the end of the run
        }
        PerceptronSession fast = seven();
        PerceptronStep last = fast.stepEpochsFor(8, () -> 0); // a clock that never runs out
        assertEquals(stepped.status(), fast.status());
        assertEquals(PerceptronRun.Status.CONVERGED, fast.status());
        assertArrayEquals(stepped.weights(), fast.weights(), 0);
        assertArrayEquals(stepped.mistakesPerEpoch(), fast.mistakesPerEpoch(), 0);
        assertEquals(stepped.totalUpdates(), fast.totalUpdates());
        assertSame(last, fast.lastStep());
        assertEquals(stepped.lastStep().index(), last.index());
        assertTrue(last.epochEnded());
        assertArrayEquals(stepped.lastStep().weightsAfter(), last.weightsAfter(), 0);
        assertNull(fast.stepEpochsFor(8, () -> 0), "a finished run does not move");
    }

    @Test
    void asFastAsPossibleRunsWholeEpochsUntilTheFrameBudgetIsSpent() {
        PerceptronSession session = new PerceptronSession(PerceptronSettings.defaults()
                .withData(PerceptronSettings.Data.SEPARABLE).withRandomStart(true).withLearningRate(0.001)
                .withMaxEpochs(10000)); // converges after 143 epochs
        session.step(); // mid-epoch: the frame finishes this epoch first
        double[] now = {0};
        session.stepEpochsFor(3, () -> now[0]++); // one read at the start, one after each epoch
        assertEquals(3, session.completedEpochs());
        assertEquals(0, session.nextPoint());
        assertEquals(3, session.mistakesPerEpoch().length);
        session.stepEpochsFor(0, () -> now[0]++);
        assertEquals(4, session.completedEpochs(), "at least one epoch a frame");
    }

    @Test
    void asFastAsPossibleStopsAtTheCapOrACycle() {
        PerceptronSession xor = new PerceptronSession(PerceptronSettings.defaults()
                .withData(PerceptronSettings.Data.XOR).withMaxEpochs(10000));
        xor.stepEpochsFor(8, () -> 0);
        assertTrue(xor.finished());
        assertNotEquals(PerceptronRun.Status.CONVERGED, xor.status());
        PerceptronSession capped = new PerceptronSession(PerceptronSettings.defaults()
                .withData(PerceptronSettings.Data.XOR).withMaxEpochs(2));
        capped.stepEpochsFor(8, () -> 0);
        assertTrue(capped.finished());
        assertEquals(2, capped.completedEpochs());
    }
}
