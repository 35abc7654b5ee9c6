package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Activation;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.SeededRandom;
import hyperplane.state.HashCodec;
import org.junit.jupiter.api.Test;

/** The census's histograms and counts; the findings built on them are TrainingDiagnosisTest's. */
class UnitCensusTest {
    private static final int POINTS = 37;
    private final double[] inputs = new double[2 * POINTS];
    private final double[] targets = new double[POINTS];

    UnitCensusTest() {
        SeededRandom random = new SeededRandom(7);
        for (int s = 0; s < POINTS; s++) {
            inputs[2 * s] = random.nextDouble(-1, 1);
            inputs[2 * s + 1] = random.nextDouble(-1, 1);
            targets[s] = inputs[2 * s] > 0 ? 1 : 0;
        }
    }

    private UnitCensus census(Network net) {
        UnitCensus census = new UnitCensus();
        census.count(net, inputs, targets, POINTS, true);
        return census;
    }

    @Test
    void everyHistogramsBinsAddUpToTheLayersUnitsTimesThePoints() {
        for (Activation activation : new Activation[] {Activation.SIGMOID, Activation.TANH, Activation.RELU,
                Activation.LEAKY_RELU, Activation.LINEAR}) {
            Network net = new Network(new int[] {2, 5, 3, 1}, new Activation[] {activation, activation,
                    Activation.SIGMOID}, Loss.CROSS_ENTROPY);
            net.initialize(Initialization.RANDOM, new SeededRandom(3));
            net.setWeight(1, 0, 0, 40); // far beyond the z range on both sides: counted in the end bins
            UnitCensus census = census(net);
            for (int l = 1; l < net.layerCount(); l++) {
                int z = 0;
                int a = 0;
                for (int b = 0; b < UnitCensus.BINS; b++) {
                    z += census.binCount(l, b, true);
                    a += census.binCount(l, b, false);
                }
                assertEquals(net.size(l) * POINTS, z, activation + " layer " + l + " z");
                assertEquals(net.size(l) * POINTS, a, activation + " layer " + l + " a");
            }
        }
    }

    @Test
    void aNetworkBuiltWithTwoDeadUnitsCountsTwo() {
        // Units 0 and 2 have z = −1 − 0.1·x1 < 0 for every x1 in [−1, 1]; units 1 and 3 are alive (z = 1 + 0.1·x1).
        Network net = new Network(new int[] {2, 4, 1}, new Activation[] {Activation.RELU, Activation.SIGMOID},
                Loss.CROSS_ENTROPY);
        for (int j = 0; j < 4; j++) {
            double sign = j % 2 == 0 ? -1 : 1;
            net.setBias(1, j, sign);
            net.setWeight(1, j, 0, 0.1 * sign);
        }
        UnitCensus census = census(net);
        assertEquals(2, census.deadUnits(1));
        assertEquals(0, census.saturatedUnits(1), "ReLU never counts as saturated");
        // The dead units' z lie in [−1.1, −0.9]: bins 14 and 15 of [−8, 8] (width 0.5), their a all in the bin of 0.
        int zeroBin = UnitCensus.bin(0, -UnitCensus.Z_RANGE, UnitCensus.Z_RANGE);
        assertEquals(16, zeroBin);
        assertEquals(2 * POINTS, census.binCount(1, 13, true) + census.binCount(1, 14, true));
        assertEquals(2 * POINTS, census.binCount(1, 17, true) + census.binCount(1, 18, true));
        assertEquals(2 * POINTS, census.binCount(1, zeroBin, false), "the dead units' a = 0");
    }

    @Test
    void saturatedUnitsAreThoseBeyondTheEdgeOnOneSideForMostPoints() {
        Network net = new Network(new int[] {2, 3, 1}, new Activation[] {Activation.SIGMOID, Activation.SIGMOID},
                Loss.CROSS_ENTROPY);
        net.setBias(1, 0, 6); // z = 6: flat on the high side everywhere
        net.setBias(1, 1, -5); // flat on the low side everywhere
        net.setWeight(1, 2, 0, 50); // a sharp step, flat on both sides: not counted
        UnitCensus census = census(net);
        assertEquals(2, census.saturatedUnits(1));
        int high = UnitCensus.bin(6, -UnitCensus.Z_RANGE, UnitCensus.Z_RANGE);
        assertTrue(census.binCount(1, high, true) >= POINTS);
        assertTrue(census.binCount(1, UnitCensus.BINS - 1, false) >= POINTS, "a = σ(6) ≈ 0.9975 is in the top bin");
        assertTrue(census.binCount(1, 0, false) >= POINTS, "a = σ(−5) ≈ 0.0067 is in the bottom bin");
    }

    @Test
    void binsCoverTheirRangeAndTakeWhatLiesBeyondAtTheEnds() {
        assertEquals(0, UnitCensus.bin(-100, -8, 8));
        assertEquals(0, UnitCensus.bin(-8, -8, 8));
        assertEquals(UnitCensus.BINS - 1, UnitCensus.bin(8, -8, 8));
        assertEquals(UnitCensus.BINS - 1, UnitCensus.bin(Double.POSITIVE_INFINITY, -8, 8));
        assertEquals(-1, UnitCensus.bin(Double.NaN, -8, 8));
        assertEquals(UnitCensus.BINS - 1, UnitCensus.bin(1, 0, 1));
        assertEquals(UnitCensus.BINS / 2, UnitCensus.bin(0.5, 0, 1));
    }

    /** The link the browser test opens: its second hidden layer (2 ReLU units) dies within the first epochs. */
    @Test
    void theDefaultReluLinkHasDeadUnitsAfterAFewEpochs() {
        PlaygroundSession session = new PlaygroundSession(HashCodec.decode("#v=1&act=relu").state().playground());
        assertEquals(1, session.config().seed());
        TrainingDiagnosis diagnosis = new TrainingDiagnosis();
        diagnosis.diagnose(session);
        assertEquals(0, diagnosis.census().deadUnits(2), "none dead at the start");
        session.trainEpochs(DEAD_BY);
        diagnosis.diagnose(session);
        assertEquals(2, diagnosis.census().deadUnits(2));
        assertEquals(2, diagnosis.census().size(2));
        assertEquals(0, diagnosis.census().deadUnits(1));
    }

    /** The epochs after which {@code #v=1&act=relu} has its dead layer (the browser test trains at least as long). */
    static final int DEAD_BY = 10;
}
