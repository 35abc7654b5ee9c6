package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.PerceptronStep;
import hyperplane.sim.PerceptronSession;
import hyperplane.state.PerceptronSettings;
import org.junit.jupiter.api.Test;

class PerceptronChoicesTest {
    private final PerceptronSettings defaults = PerceptronSettings.defaults();

    @Test
    void takesARateInRangeAndNamesTheRangeAndTheRateThatStaysOtherwise() {
        assertEquals(0.5, PerceptronChoices.typedRate(defaults, 0.5).learningRate());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PerceptronChoices.typedRate(defaults, 11));
        assertEquals("The learning rate η must be a number from 0.001 to 10; it stays 0.1.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PerceptronChoices.typedRate(defaults, Double.NaN));
    }

    @Test
    void seedMustBeAWholeNonNegativeInt() {
        assertEquals(42, PerceptronChoices.typedSeed(defaults, 42).seed());
        assertEquals(Integer.MAX_VALUE, PerceptronChoices.typedSeed(defaults, Integer.MAX_VALUE).seed());
        for (double bad : new double[] {-1, 1.5, Double.NaN, 1e10}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PerceptronChoices.typedSeed(defaults, bad));
            assertEquals("The seed must be a whole number from 0 to 2147483647; it stays 1.", e.getMessage());
        }
    }

    @Test
    void capMustBeAWholeNumberUpToTheMaximum() {
        assertEquals(7, PerceptronChoices.typedCap(defaults, 7).maxEpochs());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PerceptronChoices.typedCap(defaults, 0));
        assertEquals("The epoch cap must be a whole number from 1 to 10000; it stays 100.", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PerceptronChoices.typedCap(defaults, PerceptronSettings.MAX_CAP + 1));
    }

    @Test
    void onlyTheSpeedChangesWithoutARestart() {
        assertFalse(PerceptronChoices.restarts(defaults, defaults.withSpeed("fast")));
        assertTrue(PerceptronChoices.restarts(defaults, defaults.withSeed(2)));
        assertTrue(PerceptronChoices.restarts(defaults, defaults.withLearningRate(0.2).withSpeed("fast")));
    }

    @Test
    void theSeedFieldIsOnOnlyWhenTheSeedMatters() {
        assertFalse(PerceptronChoices.seedUsed(defaults));
        assertTrue(PerceptronChoices.seedUsed(defaults.withRandomStart(true)));
        assertTrue(PerceptronChoices.seedUsed(defaults.withData(PerceptronSettings.Data.SEPARABLE)));
        assertEquals("zeros", PerceptronChoices.initKey(defaults));
        assertEquals("random", PerceptronChoices.initKey(defaults.withRandomStart(true)));
    }

    @Test
    void theLineMovesFasterWhilePlaying() {
        assertEquals(PerceptronChoices.MOVE_MS, PerceptronChoices.moveMs(false, 100));
        assertEquals(60, PerceptronChoices.moveMs(true, 100), 1e-12);
        assertEquals(PerceptronChoices.MOVE_MS, PerceptronChoices.moveMs(true, 1000));
    }

    @Test
    void messagesTellWhatHappened() {
        PerceptronSession session = new PerceptronSession(defaults);
        assertEquals(session.statusText() + " Press Reset to run again.", PerceptronChoices.over(session));
        assertEquals("Back to the starting weights " + PerceptronReadout.vector(session.weights())
                + ", epoch 1, first point.", PerceptronChoices.reset(session.weights()));
        PerceptronStep step = session.step();
        assertTrue(PerceptronChoices.stepped(step, session).startsWith(PerceptronReadout.describe(step)));
    }
}
