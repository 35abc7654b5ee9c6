package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class TrainingPaceTest {
    private final PlaygroundSession session = new PlaygroundSession(PlaygroundConfig.defaults());
    private final TrainingPace pace = new TrainingPace();

    /** A clock that moves one millisecond every time it is read. */
    private static DoubleSupplier ticking() {
        double[] now = {0};
        return () -> now[0]++;
    }

    @Test
    void slowTrainsOneEpochEveryTenthFrame() {
        for (int f = 1; f < TrainingPace.SLOW_FRAMES; f++) {
            assertFalse(pace.train(session, "slow", 0, ticking()));
        }
        assertEquals(0, session.epoch());
        assertTrue(pace.train(session, "slow", 0, ticking()));
        assertEquals(1, session.epoch());
    }

    @Test
    void aNumberTrainsThatManyEpochsAFrame() {
        assertTrue(pace.train(session, "3", 0, ticking()));
        assertEquals(3, session.epoch());
    }

    @Test
    void maxTrainsBatchesUntilTheBudgetLeftByTheDrawingIsSpent() {
        int[] reads = {0};
        DoubleSupplier clock = () -> reads[0]++;
        assertTrue(pace.train(session, "max", 4, clock));
        // One read for the start, then one after each batch until 11 − 4 = 7 ms have passed.
        assertEquals(8, reads[0]);
        reads[0] = 0;
        pace.train(session, "max", 50, clock);
        assertEquals(1 + (int) TrainingPace.MIN_TRAIN_MS, reads[0], "a slow drawing still leaves 2 ms");
    }

    @Test
    void progressIsToldAtMostEveryQuarterSecond() {
        assertTrue(pace.progressDue(1000));
        assertFalse(pace.progressDue(1000 + TrainingPace.PROGRESS_MS));
        assertTrue(pace.progressDue(1001 + TrainingPace.PROGRESS_MS));
    }

    @Test
    void readoutsFollowEveryDrawingWhenPausedButAreThrottledWhilePlaying() {
        assertTrue(pace.readoutsDue(true, 1000));
        assertFalse(pace.readoutsDue(true, 1050));
        assertTrue(pace.readoutsStale());
        assertTrue(pace.readoutsDue(false, 1060));
        assertFalse(pace.readoutsStale());
        assertFalse(pace.readoutsDue(true, 1100));
        pace.readoutsShown();
        assertFalse(pace.readoutsStale());
        assertTrue(pace.readoutsDue(true, 1060 + TrainingPace.READOUT_MS));
    }

    @Test
    void theHeatmapGetsAShareOfAFrameOnlyWhilePlaying() {
        assertEquals(TrainingPace.HEATMAP_BUDGET_MS, TrainingPace.heatmapBudget(true));
        assertEquals(Double.POSITIVE_INFINITY, TrainingPace.heatmapBudget(false));
    }

    @Test
    void divergenceMessageNamesTheEpochAndTheWayOut() {
        session.trainEpochs(2);
        String message = TrainingPace.divergence(session);
        assertTrue(message.endsWith(" Training is paused at epoch 2. Pick a smaller learning rate and press Play,"
                + " or press Reset to start over."), message);
    }
}
