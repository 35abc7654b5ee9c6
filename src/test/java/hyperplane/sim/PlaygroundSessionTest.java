package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.engine.Activation;
import hyperplane.state.PlaygroundConfig;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PlaygroundSessionTest {
    private final PlaygroundConfig defaults = PlaygroundConfig.defaults();

    @Test
    void defaultCircleLearnsToHighAccuracy() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        double before = session.trainLoss();
        assertEquals(250, session.trainCount());
        assertEquals(250, session.testCount());
        assertEquals(200, session.trainEpochs(200));
        assertEquals(200, session.epoch());
        assertEquals(200, session.history().size());
        assertTrue(session.trainLoss() < before / 4, session.trainLoss() + " vs " + before);
        assertTrue(session.accuracy(true) > 0.95, "train accuracy " + session.accuracy(true));
        assertTrue(session.accuracy(false) > 0.95, "test accuracy " + session.accuracy(false));
    }

    /** The share of a split on the right side of the output's middle, counted point by point with predict. */
    private static double counted(PlaygroundSession session, boolean train) {
        double threshold = session.config().output() == Activation.TANH ? 0 : 0.5;
        int total = 0;
        int right = 0;
        Dataset data = session.data();
        for (int i = 0; i < data.size(); i++) {
            if (data.isTrain(i) == train) {
                total++;
                right += (session.predict(data.x1(i), data.x2(i)) >= threshold) == (data.label(i) >= 0.5) ? 1 : 0;
            }
        }
        return (double) right / total;
    }

    @Test
    void theShareClassifiedRightIsRecordedEveryEpochAsPointByPointPredictionsCountIt() {
        for (PlaygroundConfig config : new PlaygroundConfig[] {defaults, defaults.withOutput(Activation.TANH)
                .withDataset(DatasetKind.XOR)}) {
            PlaygroundSession session = new PlaygroundSession(config);
            assertEquals(counted(session, true), session.accuracy(true), "before training");
            for (int e = 0; e < 30; e++) {
                session.trainEpochs(1);
                assertEquals(counted(session, true), session.accuracy(true), "epoch " + session.epoch());
                assertEquals(counted(session, false), session.accuracy(false), "epoch " + session.epoch());
                assertEquals(session.accuracy(true), session.history().trainCorrectValues()[e]);
                assertEquals(session.accuracy(false), session.history().testCorrectValues()[e]);
            }
        }
        PlaygroundSession regression = new PlaygroundSession(defaults.withDataset(DatasetKind.PLANE));
        regression.trainEpochs(2);
        assertTrue(Double.isNaN(regression.accuracy(true)));
        assertTrue(Double.isNaN(regression.history().trainCorrectValues()[1]), "no share for a regression");
    }

    @Test
    void sameConfigurationReplaysTheSameRun() {
        PlaygroundSession a = new PlaygroundSession(defaults.withDataset(DatasetKind.SPIRAL));
        PlaygroundSession b = new PlaygroundSession(defaults.withDataset(DatasetKind.SPIRAL));
        a.trainEpochs(20);
        b.trainEpochs(20);
        for (int e = 0; e < 20; e++) {
            assertEquals(a.history().train(e), b.history().train(e));
            assertEquals(a.history().test(e), b.history().test(e));
        }
    }

    @Test
    void resetReturnsToTheSameInitialWeights() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        double initialLoss = session.trainLoss();
        double w = session.network().weight(1, 0, 0);
        session.trainEpochs(10);
        assertNotEquals(w, session.network().weight(1, 0, 0));
        session.reset();
        assertEquals(0, session.epoch());
        assertEquals(0, session.history().size());
        assertEquals(w, session.network().weight(1, 0, 0));
        assertEquals(initialLoss, session.trainLoss());
    }

    @Test
    void learningRateChangesWithoutAReset() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        session.trainEpochs(5);
        session.apply(defaults.withLearningRate(0.3));
        assertEquals(5, session.epoch());
        session.trainEpochs(1);
        assertEquals(6, session.epoch());
    }

    @Test
    void newShapeOrDataResets() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        session.trainEpochs(5);
        session.apply(defaults.withHidden(new int[] {5}));
        assertEquals(0, session.epoch());
        session.trainEpochs(5);
        session.apply(session.config().withSeed(9));
        assertEquals(0, session.epoch());
    }

    @Test
    void handPlacedPointsKeepTheWeights() {
        PlaygroundSession session = new PlaygroundSession(defaults.withPoints(Dataset.empty()));
        assertEquals(0, session.trainEpochs(3), "nothing to train on");
        Dataset points = Dataset.empty().withPoint(-3, -3, 0, true).withPoint(3, 3, 1, true);
        session.apply(session.config().withPoints(points));
        session.trainEpochs(3);
        double w = session.network().weight(1, 0, 0);
        session.apply(session.config().withPoints(points.withPoint(3, -3, 1, true)));
        assertEquals(3, session.epoch());
        assertEquals(w, session.network().weight(1, 0, 0));
        assertEquals(3, session.trainCount());
    }

    @Test
    void divergenceStopsTrainingAndSaysWhy() {
        PlaygroundSession session = new PlaygroundSession(defaults
                .withDataset(DatasetKind.PLANE).withActivation(Activation.RELU)
                .withLearningRate(100));
        session.trainEpochs(50);
        assertTrue(session.diverged());
        assertTrue(session.divergence().startsWith("Training diverged: "), session.divergence());
        assertTrue(session.divergence().endsWith(" The learning rate (100) is probably too large."),
                session.divergence());
        assertTrue(Double.isFinite(session.network().weight(1, 0, 0)));
        int epoch = session.epoch();
        assertEquals(0, session.trainEpochs(5));
        assertEquals(epoch, session.epoch());
        session.reset();
        assertFalse(session.diverged());
    }

    @Test
    void gridEvaluationMatchesPointPredictions() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        session.trainEpochs(3);
        double[] xs = {-4, 0, 4};
        double[] ys = {4, 0, -4};
        double[] out = new double[9];
        session.evaluateGrid(xs, ys, 3, out);
        // The grid is for drawing and uses the fast tanh (2.4e-5 per neuron); the default network is small.
        assertEquals(session.predict(4, 4), out[2], 1e-4);
        assertEquals(session.predict(-4, -4), out[6], 1e-4);
        double[][] neurons = new double[session.neuronCount()][9];
        session.evaluateNeurons(xs, ys, 3, neurons);
        assertEquals(out[5], neurons[session.neuronIndex(3, 0)][5]);
        assertEquals(4.0, neurons[session.neuronIndex(0, 0)][2], "input x1 at column 2");
        assertEquals(9, session.neuronCount());
    }

    @Test
    void loadedParametersGiveTheSourcesPredictions() {
        PlaygroundSession trained = new PlaygroundSession(defaults);
        trained.trainEpochs(30);
        PlaygroundSession fresh = new PlaygroundSession(defaults.withSeed(5));
        fresh.trainEpochs(2);
        fresh.loadParameters(trained.network());
        assertEquals(0, fresh.epoch());
        assertEquals(0, fresh.history().size());
        assertEquals(trained.predict(1.5, -2), fresh.predict(1.5, -2));
    }

    @Test
    void batchesAddUpToTheSameEpochs() {
        PlaygroundSession byEpoch = new PlaygroundSession(defaults);
        PlaygroundSession byBatch = new PlaygroundSession(defaults);
        byEpoch.trainEpochs(3);
        int completed = 0;
        int batches = 0;
        while (completed < 2) {
            if (byBatch.trainBatch()) {
                completed++;
            }
            batches++;
        }
        assertEquals(50, batches, "250 points in batches of 10: 25 per epoch");
        byBatch.trainBatch();
        assertEquals(2, byBatch.epoch(), "an epoch in progress is not counted");
        byBatch.trainEpochs(1);
        assertEquals(3, byBatch.epoch());
        assertEquals(byEpoch.trainLoss(), byBatch.trainLoss());
        assertEquals(byEpoch.history().train(1), byBatch.history().train(1));
        assertEquals(byEpoch.network().weight(1, 0, 0), byBatch.network().weight(1, 0, 0));
    }

    /**
     * The frame loop's slices (a batch, or a chunk of the losses' count) give the numbers of whole epochs bit for bit:
     * every history entry, the shares and the weights, on the default network, 8 × 16 with a step schedule, a
     * regression and three classes; while an epoch's losses are being counted, the epoch and the history are the
     * previous epoch's and the rate is the next epoch's.
     */
    @Test
    void slicesCountEachEpochsLossesOverCallsWithTheBitsOfWholeEpochs() {
        int[] wide = {16, 16, 16, 16, 16, 16, 16, 16};
        PlaygroundConfig[] configs = {defaults,
            defaults.withHidden(wide).withOptimization(hyperplane.state.Optimization.DEFAULT
                    .withSchedule(hyperplane.engine.Schedule.Kind.STEP).withDecay(0.5).withEvery(2)),
            defaults.withProblem(hyperplane.data.ProblemType.REGRESSION),
            defaults.withDataset(DatasetKind.GAUSSIANS).withClasses(3)};
        for (PlaygroundConfig config : configs) {
            PlaygroundSession whole = new PlaygroundSession(config);
            PlaygroundSession sliced = new PlaygroundSession(config);
            whole.trainEpochs(4);
            int slices = 0;
            int chunks = 0;
            while (sliced.epoch() < 4) {
                boolean wasCounting = sliced.counting();
                int epoch = sliced.epoch();
                if (sliced.trainSlice()) {
                    assertTrue(sliced.counting(), "an epoch trained: its losses are counted next");
                    assertEquals(epoch, sliced.epoch(), "not counted yet");
                    assertEquals(epoch, sliced.history().size());
                    assertEquals(rate(config, epoch + 1),
                            sliced.learningRate(), 0, "the next epoch's rate");
                }
                chunks += wasCounting ? 1 : 0;
                slices++;
            }
            int counted = (sliced.trainCount() + 63) / 64 + (sliced.testCount() + 63) / 64;
            assertEquals(4 * ((sliced.trainCount() + 9) / 10 + counted), slices, "batches of 10, chunks of 64");
            assertEquals(4 * counted, chunks);
            assertFalse(sliced.counting());
            String what = config.hidden().length + " layers, " + config.problem() + ", " + config.classes();
            for (int e = 0; e < 4; e++) {
                assertEquals(bits(whole.history().train(e)), bits(sliced.history().train(e)), what + " train " + e);
                assertEquals(bits(whole.history().test(e)), bits(sliced.history().test(e)), what + " test " + e);
            }
            assertArrayEquals(whole.history().trainCorrectValues(), sliced.history().trainCorrectValues(), 0, what);
            assertArrayEquals(whole.history().testCorrectValues(), sliced.history().testCorrectValues(), 0, what);
            assertEquals(bits(whole.accuracy(false)), bits(sliced.accuracy(false)), what);
            assertArrayEquals(whole.parameters(), sliced.parameters(), 0, what);
            assertEquals(4, sliced.gradients().size(), what + ": every epoch's gradient sizes are kept");
            for (int l = 1; l <= sliced.gradients().layers(); l++) {
                for (int e = 0; e < 4; e++) {
                    assertEquals(bits(whole.gradients().value(l, e)), bits(sliced.gradients().value(l, e)),
                            what + " gradient size of layer " + l + " in epoch " + (e + 1));
                }
            }
        }
    }

    @Test
    void everyOtherWayOfTrainingOrEditingFinishesTheCountFirst() {
        PlaygroundSession whole = new PlaygroundSession(defaults);
        whole.trainEpochs(2);
        PlaygroundSession sliced = new PlaygroundSession(defaults);
        while (!sliced.trainSlice()) {
            assertEquals(0, sliced.epoch());
        }
        sliced.trainSlice();
        assertTrue(sliced.counting(), "one chunk of eight counted");
        sliced.trainEpochs(1);
        assertEquals(2, sliced.epoch());
        assertEquals(bits(whole.history().train(0)), bits(sliced.history().train(0)));
        assertEquals(bits(whole.trainLoss()), bits(sliced.trainLoss()));
        while (!sliced.trainSlice()) {
            assertEquals(2, sliced.epoch());
        }
        whole.trainEpochs(1);
        sliced.setBias(1, 0, sliced.network().bias(1, 0));
        assertFalse(sliced.counting());
        assertEquals(3, sliced.epoch());
        assertEquals(bits(whole.history().test(2)), bits(sliced.history().test(2)), "the epoch's, not the edit's");
        while (!sliced.trainSlice()) {
            assertEquals(3, sliced.epoch());
        }
        sliced.reset();
        assertFalse(sliced.counting(), "a reset drops the count");
        assertEquals(0, sliced.epoch());
        assertEquals(0, sliced.history().size());
    }

    private static double rate(PlaygroundConfig config, int epochs) {
        return config.optimization().toSchedule().rate(config.learningRate(), epochs);
    }

    private static long bits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    @Test
    void rowsAddUpToTheGridAndShowOneNeuron() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        session.trainEpochs(3);
        double[] xs = {-4, 0, 4};
        double[] ys = {4, 0, -4};
        double[] grid = new double[9];
        session.evaluateGrid(xs, ys, 3, grid);
        double[] row = new double[5];
        session.evaluateRow(xs, ys[1], 3, -1, 0, row, 2);
        assertEquals(grid[3], row[2]);
        assertEquals(grid[5], row[4]);
        double[] neurons = new double[3];
        session.evaluateRow(xs, 0, 3, 1, 2, neurons, 0);
        double[][] all = new double[session.neuronCount()][9];
        session.evaluateNeurons(xs, ys, 3, all);
        assertEquals(all[session.neuronIndex(1, 2)][3], neurons[0]);
        assertEquals(all[session.neuronIndex(1, 2)][5], neurons[2]);
        double[][] byRows = new double[session.neuronCount()][9];
        for (int j = 2; j >= 0; j--) {
            session.evaluateNeuronsRow(xs, ys, 3, j, byRows);
        }
        for (int k = 0; k < all.length; k++) {
            assertArrayEquals(all[k], byRows[k], 0, "neuron " + k + ", row by row");
        }
    }

    @Test
    void startsFromGivenWeightsAndResetReturnsToTheSeeds() {
        double[] w = new double[25];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.1 * i - 1;
        }
        PlaygroundSession session = new PlaygroundSession(defaults.withWeights(w));
        assertArrayEquals(w, session.parameters());
        session.trainEpochs(3);
        assertFalse(Arrays.equals(w, session.parameters()));
        session.reset();
        assertArrayEquals(new PlaygroundSession(defaults).parameters(), session.parameters());
        assertFalse(session.config().hasWeights(), "Reset drops them");
        assertEquals(0, session.epoch());
    }

    @Test
    void aNeuronEditIsValidatedAndBecomesTheStartingWeights() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        session.trainEpochs(2);
        PlaygroundConfig before = session.config();
        assertThrows(IllegalArgumentException.class, () -> session.setWeight(1, 0, 0, 1e9));
        assertThrows(IllegalArgumentException.class, () -> session.setBias(1, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> session.setWeight(1, 9, 0, 1));
        assertSame(before, session.config(), "a refused value changes nothing");
        double loss = session.trainLoss();
        session.setWeight(1, 0, 1, 2.5);
        assertEquals(2.5, session.network().weight(1, 0, 1));
        assertEquals(2, session.epoch(), "the epoch stays");
        assertNotEquals(loss, session.trainLoss(), "the losses are recomputed");
        assertArrayEquals(session.parameters(), session.config().weights());
        session.setBias(3, 0, -4);
        assertEquals(-4, session.config().weights()[24], "the output bias is the last parameter");
        PlaygroundSession reloaded = new PlaygroundSession(session.config());
        assertArrayEquals(session.parameters(), reloaded.parameters(), "a link with the config restores them");
    }

    @Test
    void anUpdateThatOverflowsIsRefusedAndChangesNothing() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        double[] before = session.parameters();
        assertFalse(session.applyStep(n -> n.setWeight(1, 0, 0, Double.POSITIVE_INFINITY)));
        assertArrayEquals(before, session.parameters());
        assertFalse(session.config().hasWeights());
        assertTrue(session.applyStep(n -> n.setWeight(1, 0, 0, 0.75)));
        assertEquals(0.75, session.config().weights()[0]);
    }

    @Test
    void aLinkWithOtherWeightsRebuildsAndTheSameWeightsDoNot() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        session.trainEpochs(2);
        session.setWeight(1, 0, 0, 1);
        session.apply(session.config().withLearningRate(0.1));
        assertEquals(2, session.epoch(), "same weights, another rate: the run goes on");
        double[] other = session.config().weights();
        other[0] = -1;
        session.apply(session.config().withWeights(other));
        assertEquals(0, session.epoch(), "other starting weights: a new run");
        assertEquals(-1, session.network().weight(1, 0, 0));
    }

    @Test
    void everyEditNotifiesOnceAndARefusedEditDoesNot() {
        PlaygroundSession session = new PlaygroundSession(defaults);
        int[] told = new int[1];
        session.onEdited(() -> {
            told[0]++;
            assertTrue(session.config().hasWeights(), "the listener sees the edit recorded");
        });
        session.setWeight(1, 0, 0, 0.5);
        assertEquals(1, told[0], "setWeight");
        session.setBias(1, 0, -0.5);
        assertEquals(2, told[0], "setBias");
        assertTrue(session.applyStep(n -> n.setBias(2, 0, 0.25)));
        assertEquals(3, told[0], "applyStep");
        session.loadParameters(new PlaygroundSession(defaults.withSeed(7)).network());
        assertEquals(4, told[0], "loadParameters");

        assertThrows(IllegalArgumentException.class, () -> session.setWeight(1, 0, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> session.setWeight(1, 9, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> session.setBias(1, 0, 1e9));
        assertFalse(session.applyStep(n -> n.setWeight(1, 0, 0, Double.POSITIVE_INFINITY)));
        var broken = session.network().copy();
        broken.setBias(1, 0, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> session.loadParameters(broken));
        session.trainEpochs(1);
        session.apply(session.config().withLearningRate(0.1));
        session.reset();
        assertEquals(4, told[0], "refused edits, training, apply and reset tell nothing");
    }
}
