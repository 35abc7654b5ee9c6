package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.DatasetKind;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.state.CompareSettings;
import hyperplane.state.PlaygroundConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final PlaygroundConfig A = PlaygroundConfig.defaults().withDataset(DatasetKind.XOR)
            .withNoise(0.1).withBatchSize(3);

    private static Comparison of(PlaygroundConfig a, Map<String, String> b) {
        Comparison c = new Comparison(new PlaygroundSession(a));
        c.add(b);
        return c;
    }

    @Test
    void runsWithTheSameSettingsStayIdenticalBitForBitFor100Epochs() {
        Comparison c = of(A, Map.of());
        assertArrayEquals(c.run(0).parameters(), c.run(1).parameters());
        for (int epoch = 0; epoch < 100; epoch++) {
            c.run(0).trainEpochs(1);
            c.catchUp();
            // Equal parameters after every epoch of a batch smaller than the set: the same shuffled order too.
            assertArrayEquals(c.run(0).parameters(), c.run(1).parameters(), "epoch " + (epoch + 1));
        }
        assertEquals(100, c.run(1).epoch());
        assertEquals(c.run(0).trainLoss(), c.run(1).trainLoss());
        assertEquals(c.run(0).history().size(), c.run(1).history().size());
    }

    @Test
    void aRunThatDiffersOnlyInItsLossStartsFromAsWeights() {
        Comparison c = of(A, Map.of("loss", "mse"));
        assertEquals(Loss.MSE, c.run(1).config().loss());
        assertArrayEquals(c.run(0).parameters(), c.run(1).parameters());
        c.step();
        assertNotEquals(c.run(0).trainLoss(), c.run(1).trainLoss());
    }

    @Test
    void aLearningRateRunStartsTheSameAndThenGoesItsOwnWay() {
        Comparison c = of(A, Map.of("lr", "0.3"));
        assertArrayEquals(c.run(0).parameters(), c.run(1).parameters());
        c.step();
        assertFalse(java.util.Arrays.equals(c.run(0).parameters(), c.run(1).parameters()));
        assertEquals(1, c.run(1).epoch());
    }

    @Test
    void editsGoToTheSelectedRunAndSharedSettingsToAll() {
        Comparison c = of(A, Map.of("lr", "0.3"));
        c.add(Map.of("act", "relu"));
        c.select(1);
        // A model setting edited on B stays on B.
        PlaygroundConfig newA = c.apply(c.selectedRun().config().withLoss(Loss.MSE));
        c.run(0).apply(newA);
        assertEquals(Loss.CROSS_ENTROPY, c.run(0).config().loss());
        assertEquals(Loss.MSE, c.run(1).config().loss());
        assertEquals(Loss.CROSS_ENTROPY, c.run(2).config().loss());
        assertEquals(Map.of("loss", "mse", "lr", "0.3"), c.settings().runs().get(0));
        // Data edited on B go to every run, which keep their own models.
        newA = c.apply(c.selectedRun().config().withDataset(DatasetKind.SPIRAL));
        c.run(0).apply(newA);
        for (int run = 0; run < 3; run++) {
            assertSame(DatasetKind.SPIRAL, c.run(run).config().dataset());
        }
        assertEquals(Activation.RELU, c.run(2).config().activation());
        // A model setting edited on A leaves B and C theirs.
        c.select(0);
        newA = c.apply(c.selectedRun().config().withActivation(Activation.SIGMOID));
        c.run(0).apply(newA);
        assertEquals(Activation.SIGMOID, c.run(0).config().activation());
        assertEquals(Activation.TANH, c.run(1).config().activation());
        assertEquals(Activation.RELU, c.run(2).config().activation());
    }

    @Test
    void aRunKeepsWhatFitsNewDataAndSaysWhatItLost() {
        PlaygroundConfig gaussians = PlaygroundConfig.defaults().withDataset(DatasetKind.GAUSSIANS);
        Comparison c = of(gaussians, Map.of("out", "tanh", "loss", "mse"));
        c.select(0);
        PlaygroundConfig newA = c.apply(gaussians.withClasses(3));
        assertEquals(2, c.count());
        assertEquals(Map.of("loss", "mse"), c.settings().runs().get(0));
        assertEquals(Activation.SOFTMAX, c.run(1).config().output());
        assertNotNull(c.takeNotice());
        assertEquals(3, newA.classes());
        // Edited on B: A keeps its own loss.
        c.select(1);
        newA = c.apply(c.selectedRun().config().withClasses(2));
        assertEquals(Loss.CROSS_ENTROPY, newA.loss());
        assertEquals(Loss.MSE, c.run(1).config().loss());
    }

    @Test
    void lockStepGoesOnWithoutADivergedRun() {
        Comparison c = of(A.withDataset(DatasetKind.PLANE).withActivation(Activation.RELU), Map.of("lr", "100"));
        c.add(Map.of());
        for (int i = 0; i < 30; i++) {
            c.run(0).trainEpochs(1);
            c.catchUp();
        }
        assertTrue(c.run(1).diverged());
        assertEquals(30, c.run(2).epoch());
        assertFalse(c.allDiverged());
    }

    @Test
    void keepOnlyMakesARunTheSingleRunAndRestoreReadsALinkComparison() {
        Comparison c = new Comparison(new PlaygroundSession(A));
        c.restore(new CompareSettings(List.of(Map.of("lr", "0.3"), Map.of("lr", "0.003"))));
        assertEquals(3, c.count());
        c.step();
        PlaygroundConfig kept = c.keepOnly(2);
        assertEquals(0.003, kept.learningRate());
        assertFalse(c.active());
        assertEquals(0, c.run(0).epoch());
        c.restore(new CompareSettings(List.of(Map.of("lr", "0.3"), Map.of("lr", "0.003"))));
        c.remove(1);
        assertEquals(List.of(Map.of("lr", "0.003")), c.settings().runs());
    }
    /**
     * A weight edited in run B stays B's: the link's override carries B's starting weights, a comparison restored from
     * it starts B from them (and A from its own), and Reset takes them out again. A weight edited in A leaves the
     * start B took from A where it was (B no longer starts from A's weights, so it says its own).
     */
    @Test
    void aRunsOwnStartingWeightsAreItsOverrideUntilReset() {
        Comparison c = of(A, Map.of("lr", "0.3"));
        assertFalse(c.settings().runs().get(0).containsKey("w"), "B starts from A's weights");
        c.run(1).setBias(1, 0, 2.5);
        c.startsChanged();
        Map<String, String> b = c.settings().runs().get(0);
        assertEquals("0.3", b.get("lr"));
        assertTrue(b.containsKey("w"), b.toString());

        Comparison copy = new Comparison(new PlaygroundSession(c.run(0).config()));
        copy.restore(c.settings());
        assertArrayEquals(c.run(1).parameters(), copy.run(1).parameters(), "B from its own start");
        assertArrayEquals(c.run(0).parameters(), copy.run(0).parameters(), "A from A's");
        assertEquals(2.5, copy.run(1).network().bias(1, 0));

        c.reset();
        assertEquals(List.of(Map.of("lr", "0.3")), c.settings().runs(), "Reset: back to the seed's weights");
        assertArrayEquals(c.run(0).parameters(), c.run(1).parameters());

        // B made while A starts from weights of its own: B starts from them too, and keeps that start when A's
        // weights are edited again and A's settings change.
        PlaygroundSession edited = new PlaygroundSession(A);
        edited.setWeight(1, 0, 0, -1.5);
        Comparison d = of(edited.config(), Map.of("lr", "0.3"));
        double[] start = d.run(1).parameters();
        assertArrayEquals(d.run(0).parameters(), start);
        d.run(0).setWeight(1, 0, 1, 0.75);
        d.startsChanged();
        assertTrue(d.settings().runs().get(0).containsKey("w"), "B keeps the start it had");
        d.select(0);
        d.run(0).apply(d.apply(d.run(0).config().withLearningRate(0.1)));
        assertArrayEquals(start, d.run(1).parameters(), "an edit of A's settings does not move B's start");
        assertEquals(0.75, d.run(0).network().weight(1, 0, 1));
    }
    /**
     * A link with weights holds every run's weights as they are now: B, trained with another rate, gets its own as
     * its w; an exact copy of A, identical bit for bit, says nothing and starts from A's.
     */
    @Test
    void aLinkWithWeightsHoldsEveryRunsWeightsNow() {
        Comparison c = new Comparison(new PlaygroundSession(A));
        c.restore(new CompareSettings(List.of(Map.of("lr", "0.3"), Map.of())));
        for (int i = 0; i < 20; i++) {
            c.step();
        }
        CompareSettings now = c.settingsWithWeightsNow();
        assertEquals("0.3", now.runs().get(0).get("lr"));
        assertTrue(now.runs().get(0).containsKey("w"), now.runs().get(0).toString());
        assertEquals(Map.of(), now.runs().get(1), "C is A, bit for bit");
        PlaygroundConfig aNow = c.run(0).config().withWeights(c.run(0).parameters());
        assertArrayEquals(c.run(1).parameters(), now.config(1, aNow).weights(), 0);
        assertArrayEquals(c.run(0).parameters(), now.config(2, aNow).weights(), 0);
    }
}
