package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.engine.PerceptronRun;
import hyperplane.engine.PerceptronStep;
import hyperplane.state.PerceptronSettings;
import org.junit.jupiter.api.Test;

/** {@link PerceptronSession} with K ≥ 3 classes: the random K-class points, own points and the K-class rule. */
class PerceptronSessionClassesTest {

    private static PerceptronSettings random(int k, int seed) {
        return PerceptronSettings.defaults().withData(PerceptronSettings.Data.SEPARABLE).withClasses(k).withSeed(seed);
    }

    @Test
    void theRandomSetHasItsShareOfEveryClassAwayFromTheCellEdges() {
        for (int k = 3; k <= 6; k++) {
            for (int seed = 0; seed < 20; seed++) {
                Dataset points = NearestCentrePoints.generate(seed, k);
                assertEquals(NearestCentrePoints.PER_CLASS * k, points.size());
                int[] perClass = new int[k];
                for (int i = 0; i < points.size(); i++) {
                    perClass[(int) points.label(i)]++;
                    assertTrue(points.x1(i) >= 0 && points.x1(i) <= 1 && points.x2(i) >= 0 && points.x2(i) <= 1);
                }
                for (int c = 0; c < k; c++) {
                    assertEquals(NearestCentrePoints.PER_CLASS, perClass[c], "k " + k + ", seed " + seed + ", class "
                            + c);
                }
            }
        }
    }

    @Test
    void theRandomSetComesFromTheSeed() {
        Dataset a = NearestCentrePoints.generate(5, 4);
        Dataset b = NearestCentrePoints.generate(5, 4);
        Dataset c = NearestCentrePoints.generate(6, 4);
        assertEquals(a.x1(7), b.x1(7));
        assertEquals(a.label(7), b.label(7));
        assertNotEquals(a.x1(7), c.x1(7));
    }

    @Test
    void convergesOnRandomKClassPointsWithinTheDefaultCap() {
        for (int k = 3; k <= 6; k++) {
            for (int seed = 0; seed < 20; seed++) {
                PerceptronSession session = new PerceptronSession(random(k, seed));
                assertEquals(k, session.classes());
                while (session.stepEpoch() != null) {
                    // the whole run, epoch by epoch
                }
                assertEquals(PerceptronRun.Status.CONVERGED, session.status(), "k " + k + ", seed " + seed + ": "
                        + session.statusText());
                assertTrue(session.statusText().endsWith("every point is in its own class's region."),
                        session.statusText());
            }
        }
    }

    @Test
    void aStepShowsEveryClassScore() {
        PerceptronSession session = new PerceptronSession(random(3, 1));
        PerceptronStep step = session.step();
        assertEquals(3, step.classes());
        assertArrayEquals(new double[] {0, 0, 0}, step.scores());
        assertEquals(0, step.output());
        assertEquals(9, session.weights().length);
        assertArrayEquals(step.weightsAfter(), session.weights());
    }

    @Test
    void randomStartsDrawEveryRowFromTheSeed() {
        PerceptronSession session = new PerceptronSession(random(4, 3).withRandomStart(true));
        double[] start = session.startWeights();
        assertEquals(12, start.length);
        assertArrayEquals(start, session.weights());
        session.stepEpoch();
        session.reset();
        assertArrayEquals(start, session.weights());
    }

    @Test
    void sevenAndXorAreTwoClassRuns() {
        PerceptronSession session = new PerceptronSession(random(4, 1));
        assertEquals(4, session.classes());
        assertEquals(32, session.points().size());
        session.apply(session.settings().withData(PerceptronSettings.Data.XOR));
        assertEquals(2, session.classes());
        assertEquals(3, session.weights().length);
        session.apply(session.settings().withData(PerceptronSettings.Data.SEVEN));
        assertEquals(2, session.classes());
        assertEquals(7, session.points().size());
    }

    @Test
    void ownPointsOfThreeClassesThatNoMaxRuleSeparatesAreReported() {
        // Class 0 at both ends of a segment and class 1 at its middle: class 0's region would have to hold the middle.
        Dataset points = Dataset.empty().withPoint(0.25, 0.5, 0, true).withPoint(0.5, 0.5, 1, true)
                .withPoint(0.75, 0.5, 0, true).withPoint(0.5, 1, 2, true);
        PerceptronSession session = new PerceptronSession(PerceptronSettings.defaults().withPoints(Dataset.empty())
                .withClasses(3).withLearningRate(1).withMaxEpochs(10000).withPoints(points));
        session.stepEpochsFor(1000, () -> 0);
        assertEquals(PerceptronRun.Status.CYCLES, session.status());
        assertTrue(session.statusText().endsWith("so it will never find weights that separate these points."),
                session.statusText());

        PerceptronSession capped = new PerceptronSession(session.settings().withMaxEpochs(2));
        capped.stepEpochsFor(1000, () -> 0);
        assertEquals("No weights found that put every point in its own class's region after 2 epochs — these points "
                + "may not be linearly separable into 3 classes.", capped.statusText());
    }

    @Test
    void playingAtMaxSpeedReachesTheSameEndAsStepping() {
        PerceptronSession stepped = new PerceptronSession(random(5, 2));
        while (stepped.step() != null) {
            // every point
        }
        PerceptronSession fast = new PerceptronSession(random(5, 2).withSpeed("max"));
        assertEquals(0, fast.intervalMs());
        PerceptronStep last = fast.stepEpochsFor(8, () -> 0);
        assertEquals(stepped.status(), fast.status());
        assertArrayEquals(stepped.weights(), fast.weights());
        assertArrayEquals(stepped.lastStep().weightsAfter(), last.weightsAfter());
        assertArrayEquals(stepped.mistakesPerEpoch(), fast.mistakesPerEpoch());
    }
}
