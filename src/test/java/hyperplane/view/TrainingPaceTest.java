package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import hyperplane.state.TrainingSpeed;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class TrainingPaceTest {
    private final PlaygroundSession session = new PlaygroundSession(PlaygroundConfig.defaults());
    private final TrainingPace pace = new TrainingPace();

    /** A clock that does not move: the frame budget is never spent. */
    private static final DoubleSupplier STILL = () -> 0;

    /** Plays at {@code speed} for frames at the given times; returns the epoch after each frame. */
    private int[] play(TrainingSpeed speed, double... frameTimes) {
        pace.start();
        int[] epochs = new int[frameTimes.length];
        for (int f = 0; f < frameTimes.length; f++) {
            pace.train(session, speed, frameTimes[f], 0, STILL, FrameBudget.MAX_MS);
            epochs[f] = session.epoch();
        }
        return epochs;
    }

    /** Frame times of a display at {@code hz} for {@code seconds}, each moved by up to ±{@code jitter} ms. */
    private static double[] frames(double hz, double seconds, double jitter) {
        int n = (int) Math.round(hz * seconds);
        double[] times = new double[n];
        for (int f = 0; f < n; f++) {
            times[f] = 5000 + f * 1000 / hz + jitter * Math.sin(f * 2.7);
        }
        return times;
    }

    @Test
    void sixtyASecondIsOneEpochEachFrameOfA60HzDisplayDespiteJitter() {
        int[] epochs = play(TrainingSpeed.SIXTY, frames(60, 2, 3));
        for (int f = 0; f < epochs.length; f++) {
            assertEquals(f + 1, epochs[f], "frame " + f);
        }
    }

    @Test
    void sixtyASecondIsAnEpochEveryOtherFrameOfA120HzDisplay() {
        int[] epochs = play(TrainingSpeed.SIXTY, frames(120, 1, 0.5));
        assertEquals(60, epochs[epochs.length - 1], 1);
        for (int f = 1; f < epochs.length; f++) {
            assertTrue(epochs[f] - epochs[f - 1] <= 1, "frame " + f);
            assertTrue(f < 2 || epochs[f] - epochs[f - 2] == 1, "one epoch in every two frames, frame " + f);
        }
    }

    @Test
    void fiveASecondIsAnEpochEvery200MsCountedByTheClockNotByFrames() {
        double[] times = frames(60, 3, 2);
        int[] epochs = play(TrainingSpeed.FIVE, times);
        assertEquals(1, epochs[0], "the first frame trains at once");
        double previous = times[0];
        int intervals = 0;
        for (int f = 1; f < times.length; f++) {
            if (epochs[f] != epochs[f - 1]) {
                assertEquals(1, epochs[f] - epochs[f - 1]);
                if (intervals > 0) {
                    assertEquals(200, times[f] - previous, 1000 / 60.0 + 4, "frame " + f);
                }
                previous = times[f];
                intervals++;
            }
        }
        assertEquals(15, epochs[epochs.length - 1], 1);
        // The same rate on a display that draws only 20 frames a second: still 5 a second.
        session.reset();
        int[] slowDisplay = play(TrainingSpeed.FIVE, frames(20, 3, 0));
        assertEquals(15, slowDisplay[slowDisplay.length - 1], 1);
    }

    @Test
    void aStallIsCaughtUpOnlyAsFarAsTheLongestGapCounted() {
        play(TrainingSpeed.TWO_FORTY, 1000, 1016);
        int before = session.epoch();
        pace.train(session, TrainingSpeed.TWO_FORTY, 61_016, 0, STILL,
                FrameBudget.MAX_MS); // a minute in the background
        int caughtUp = session.epoch() - before;
        assertEquals(240 * TrainingPace.MAX_GAP_MS / 1000, caughtUp, 1);
    }

    @Test
    void playingAgainStartsWithOneEpochAndTheTimePausedDoesNotCount() {
        play(TrainingSpeed.SIXTY, 1000, 1017, 1033);
        assertEquals(3, session.epoch());
        play(TrainingSpeed.SIXTY, 9000);
        assertEquals(4, session.epoch());
    }

    @Test
    void aNetworkTooSlowForItsRateStopsAtTheFrameBudgetAndOwesLittle() {
        int[] reads = {0};
        DoubleSupplier slow = () -> 5.0 * reads[0]++; // every batch takes 5 ms
        pace.start();
        double t = 0;
        for (int f = 0; f < 120; f++, t += 1000 / 60.0) {
            pace.train(session, TrainingSpeed.TWO_FORTY, t, 4, slow, FrameBudget.MAX_MS);
        }
        int batchesPerEpoch = (session.trainCount() + session.config().batchSize() - 1) / session.config().batchSize();
        // 11 − 4 = 7 ms a frame: two batches a frame at most, whatever the rate asks.
        assertTrue(session.epoch() <= 2 * 120 / batchesPerEpoch + 1, "epoch " + session.epoch());
        // Once the page is fast again it catches up at most 100 ms of the rate besides the frame's own share.
        int before = session.epoch();
        pace.train(session, TrainingSpeed.TWO_FORTY, t, 0, STILL, FrameBudget.MAX_MS);
        int caughtUp = session.epoch() - before;
        assertTrue(caughtUp <= 1 + 240 * (TrainingPace.MAX_GAP_MS + 1000 / 60.0) / 1000, "caught up " + caughtUp);
        before = session.epoch();
        pace.train(session, TrainingSpeed.TWO_FORTY, t + 1000 / 60.0, 0, STILL, FrameBudget.MAX_MS);
        assertEquals(4, session.epoch() - before, 1, "then 240 a second: four a frame");
    }

    @Test
    void maxTrainsBatchesUntilTheBudgetLeftByTheDrawingIsSpent() {
        int[] reads = {0};
        DoubleSupplier clock = () -> reads[0]++;
        assertTrue(pace.train(session, TrainingSpeed.MAX, 0, 4, clock, FrameBudget.MAX_MS));
        // One read for the start, then one after each batch until 11 − 4 = 7 ms have passed.
        assertEquals(8, reads[0]);
        reads[0] = 0;
        pace.train(session, TrainingSpeed.MAX, 16, 50, clock, FrameBudget.MAX_MS);
        assertEquals(1 + (int) TrainingPace.MIN_TRAIN_MS, reads[0], "a slow drawing still leaves 2 ms");
    }

    @Test
    void maxGoesFarBeyondTheDefaultPace() {
        int[] reads = {0};
        DoubleSupplier clock = () -> 0.01 * reads[0]++; // a batch takes 10 µs
        pace.train(session, TrainingSpeed.MAX, 0, 0, clock, FrameBudget.MAX_MS);
        assertTrue(session.epoch() > 10, "epoch " + session.epoch());
    }

    @Test
    void nothingIsTrainedWithoutTrainingPoints() {
        PlaygroundSession empty = new PlaygroundSession(PlaygroundConfig.defaults().withPoints(
                hyperplane.data.Dataset.empty()));
        pace.start();
        assertFalse(pace.train(empty, TrainingSpeed.SIXTY, 0, 0, STILL, FrameBudget.MAX_MS));
        assertEquals(0, empty.epoch());
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
        assertEquals(TrainingPace.HEATMAP_BUDGET_MS, TrainingPace.heatmapBudget(true, FrameBudget.MAX_MS));
        assertEquals(3, TrainingPace.heatmapBudget(true, 6), "at most half a small frame budget");
        assertEquals(Double.POSITIVE_INFINITY, TrainingPace.heatmapBudget(false, 6));
    }

    @Test
    void divergenceMessageNamesTheEpochAndTheWayOut() {
        session.trainEpochs(2);
        String message = TrainingPace.divergence(session);
        assertTrue(message.endsWith(" Training is paused at epoch 2. Pick a smaller learning rate and press Play,"
                + " or press Reset to start over."), message);
    }

    @Test
    void confusionTablesAreCountedAtMostOnceASecondWhilePlayingAndAlwaysWhenPaused() {
        TrainingPace pace = new TrainingPace();
        assertTrue(pace.tablesDue(true, 1000));
        assertFalse(pace.tablesDue(true, 1000 + TrainingPace.TABLES_MS / 2));
        assertTrue(pace.readoutsStale(), "a refused count leaves the readouts stale, so pausing counts again");
        assertTrue(pace.tablesDue(false, 1000 + TrainingPace.TABLES_MS / 2));
        assertTrue(pace.tablesDue(true, 1000 + TrainingPace.TABLES_MS * 1.5));
    }

    @Test
    void aLossCountBegunInOneFrameGoesOnInTheNextEvenWithNoEpochDue() {
        pace.start();
        pace.train(session, TrainingSpeed.FIVE, 1000, 0, STILL, FrameBudget.MAX_MS);
        assertEquals(1, session.epoch(), "the first frame trains an epoch, and counts its losses");
        assertFalse(session.counting());
        while (!session.trainSlice()) {
            assertEquals(1, session.epoch());
        }
        assertTrue(session.counting(), "epoch 2 trained, its losses not counted yet");
        assertTrue(pace.train(session, TrainingSpeed.FIVE, 1001, 0, STILL, FrameBudget.MAX_MS));
        assertFalse(session.counting());
        assertEquals(2, session.epoch(), "counted, though the next epoch is not due for 200 ms");
        assertFalse(pace.train(session, TrainingSpeed.FIVE, 1002, 0, STILL, FrameBudget.MAX_MS), "nothing due");
    }

}
